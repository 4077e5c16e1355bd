/**
 * What the panel shows about a code, asked of the service worker ('codes/explain'): the worker
 * already holds the tab's release catalog for its checks, so the panel never loads src/kb's 12 MB
 * catalog itself (about 2 CPU-s per opening when it did).
 */
import type { CodeDetails } from '../../protocol/messages';
import { sendToBackground } from '../../protocol/send';
import { MAX_EXPLAIN_CODES } from '../../protocol/limits';

export type { CodeDetails };

/** Explains each code (official data, and the M99 reference for billable M99 codes), in the tab's release when given. */
export async function describeCodes(codes: string[], release?: string): Promise<Record<string, CodeDetails>> {
  const batches: string[][] = [];
  for (let i = 0; i < codes.length; i += MAX_EXPLAIN_CODES) batches.push(codes.slice(i, i + MAX_EXPLAIN_CODES));
  const answers = await Promise.all(batches.map((batch) => sendToBackground('codes/explain', release ? { codes: batch, release } : { codes: batch })));
  return Object.assign({}, ...answers) as Record<string, CodeDetails>;
}
