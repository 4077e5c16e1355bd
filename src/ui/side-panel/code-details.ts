/**
 * What the panel shows about a code, from the knowledge base. src/kb is imported dynamically: the
 * 12 MB catalog and the curated M99 reference are their own chunks, read from the extension package
 * the first time a panel needs a title (never by the content script, never over the network).
 */
import type { CodeExplanation } from '../../kb';

export type CodeDetails =
  | { code: string; known: true; info: CodeExplanation }
  /** Not in the loaded release: `message` says so in plain words (`messageId` / `params`: its catalogue template). */
  | { code: string; known: false; message: string; messageId?: string; params?: Record<string, string>; suggestions: string[] };

/** Explains each code (official data, and the M99 reference for billable M99 codes), in the tab's release when given. */
export async function describeCodes(codes: string[], release?: string): Promise<Record<string, CodeDetails>> {
  const kb = await import('../../kb');
  const entries = await Promise.all(
    codes.map(async (code): Promise<[string, CodeDetails]> => {
      try {
        return [code, { code, known: true, info: await kb.explainCode(code, release ? { release } : {}) }];
      } catch (error) {
        if (!(error instanceof kb.CodeInputError)) throw error;
        const template = error.messageId ? { messageId: error.messageId, params: error.params ?? {} } : {};
        return [code, { code, known: false, message: error.message, ...template, suggestions: error.suggestions }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
