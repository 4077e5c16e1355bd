import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CodeInputError, explainCode, loadCatalog, loadIndexTerms, loadM99Curated, loadNotes } from '../../kb';

// The worker's packaged-file loaders (fetch + DecompressionStream) stand in for Node's: the same
// data files, read the way the CLI and tests read them. `asked` records which release was read.
const asked: string[] = [];
let failing = false;
vi.mock('../release-catalog', () => ({
  loadReleaseCatalog: (version: string) => {
    asked.push(version);
    return failing ? Promise.reject(new Error(`ChartLint could not read /assets/kb/icd10cm-${version.toLowerCase()}.catalog-table.jsonl`)) : loadCatalog({ release: version });
  },
}));
vi.mock('../raw-catalog', () => ({
  loadRawNotes: (version: string) => loadNotes({ release: version }),
  loadIndexTerms: (version: string) => loadIndexTerms({ release: version }),
  loadCuratedM99: () => loadM99Curated(),
}));
const { handleExplainCodes } = await import('./explain-codes');

describe("'codes/explain'", () => {
  beforeEach(() => {
    asked.length = 0;
    failing = false;
  });

  it('explains each code as the knowledge base does, with the M99 reference for billable M99 codes', async () => {
    const details = await handleExplainCodes({ codes: ['M99.61', 'M48.06'], release: 'FY2026' });
    expect(asked).toEqual(['FY2026']);
    expect(details['M99.61']).toEqual({ code: 'M99.61', known: true, info: await explainCode('M99.61', { release: 'FY2026' }) });
    expect(details['M99.61']?.known && details['M99.61'].info.m99).toBeDefined();
    expect(details['M48.06']).toEqual({ code: 'M48.06', known: true, info: await explainCode('M48.06', { release: 'FY2026' }) });
    expect(details['M48.06']?.known && details['M48.06'].info.m99).toBeUndefined();
  });

  it("answers in the tab's release: a code FY2027 added is known there and not in FY2026", async () => {
    const fy2027 = await handleExplainCodes({ codes: ['C78.31'], release: 'FY2027' });
    expect(fy2027['C78.31']).toMatchObject({ known: true, info: { code: 'C78.31', release: { version: 'FY2027' } } });
    const fy2026 = await handleExplainCodes({ codes: ['C78.31'], release: 'FY2026' });
    expect(fy2026['C78.31']).toMatchObject({
      code: 'C78.31',
      known: false,
      messageId: 'kb_input_not_in_release_near',
      params: { code: 'C78.31', release: 'ICD-10-CM FY2026' },
      suggestions: ['C78.30', 'C78.39'],
    });
  });

  it('reads the newest carried release when the tab names none', async () => {
    const details = await handleExplainCodes({ codes: ['M99.61'] });
    expect(asked).toEqual(['FY2027']);
    expect(details['M99.61']).toMatchObject({ known: true, info: { release: { version: 'FY2027' } } });
  });

  it.each(['M99.611', 'hello'])('gives %s, which is not a code, the plain message the knowledge base gives it', async (input) => {
    const details = await handleExplainCodes({ codes: [input], release: 'FY2026' });
    const error = await explainCode(input, { release: 'FY2026' }).then(
      () => undefined,
      (e: unknown) => e as CodeInputError,
    );
    if (!(error instanceof CodeInputError)) throw new Error(`${input} was explained`);
    expect(details[input]).toEqual({ code: input, known: false, message: error.message, messageId: error.messageId, params: error.params, suggestions: error.suggestions });
  });

  it('rejects when the release cannot be loaded, so the panel says the catalog could not be loaded', async () => {
    failing = true;
    await expect(handleExplainCodes({ codes: ['M99.61'], release: 'FY2026' })).rejects.toThrow(/could not read/);
  });
});
