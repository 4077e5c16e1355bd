import { CodeInputError, explainFrom, latestWindow, type ExplainSources } from '../../kb';
import type { CodeDetails } from '../../protocol/messages';
import { loadCuratedM99, loadIndexTerms, loadRawNotes } from '../raw-catalog';
import { loadReleaseCatalog } from '../release-catalog';

/** A release's explanation data from the packaged files (the worker may not use import()). */
async function sourcesFor(version: string): Promise<ExplainSources> {
  const [catalog, notes, terms] = await Promise.all([loadReleaseCatalog(version), loadRawNotes(version), loadIndexTerms(version)]);
  return { catalog, notes, terms, curated: loadCuratedM99 };
}

/**
 * 'codes/explain': each code explained in the tab's release, from the catalog the worker holds for
 * the tab's checks, so the side panel parses no catalog itself. A worker Chrome stopped is woken by
 * the message and reads the files again before it answers. A code the release lacks (or input that
 * is not a code) is `known: false` with the user's message and suggestions; a release that cannot be
 * loaded rejects, and the panel says the catalog could not be loaded.
 */
export async function handleExplainCodes({ codes, release }: { codes: string[]; release?: string }): Promise<Record<string, CodeDetails>> {
  const sources = await sourcesFor(release ?? latestWindow().version);
  const entries = await Promise.all(
    codes.map(async (code): Promise<[string, CodeDetails]> => {
      try {
        return [code, { code, known: true, info: await explainFrom(code, sources) }];
      } catch (error) {
        if (!(error instanceof CodeInputError)) throw error;
        const template = error.messageId ? { messageId: error.messageId, params: error.params ?? {} } : {};
        return [code, { code, known: false, message: error.message, ...template, suggestions: error.suggestions }];
      }
    }),
  );
  return Object.fromEntries(entries);
}
