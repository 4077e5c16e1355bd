import { beforeEach, describe, expect, it, vi } from 'vitest';

// The panel's client asks the worker: the message it sends is what the worker's validator and
// handler (background/handlers/explain-codes.ts) take. src/kb must not be loaded here at all.
const sent: { type: string; payload: { codes: string[]; release?: string } }[] = [];
let reply: (payload: { codes: string[] }) => unknown = () => ({ ok: true, value: {} });
vi.mock('../../platform/runtime', () => ({
  sendRuntimeMessage: (message: { type: string; payload: { codes: string[]; release?: string } }) => {
    sent.push(message);
    return Promise.resolve(reply(message.payload));
  },
  sendTabMessage: () => Promise.reject(new Error('not used')),
}));
vi.mock('../../kb', () => {
  throw new Error('the side panel must not load src/kb: it asks the worker');
});
const { describeCodes } = await import('./code-details');
const { isExplainRequest } = await import('../../protocol/validate');

describe('describeCodes (side panel)', () => {
  beforeEach(() => {
    sent.length = 0;
    reply = () => ({ ok: true, value: {} });
  });

  it("asks the worker for the codes in the tab's release and returns its details", async () => {
    const details = { 'M99.61': { code: 'M99.61', known: false, message: 'x', suggestions: [] } };
    reply = () => ({ ok: true, value: details });
    await expect(describeCodes(['M99.61'], 'FY2027')).resolves.toEqual(details);
    expect(sent).toEqual([{ chartlint: 1, type: 'codes/explain', payload: { codes: ['M99.61'], release: 'FY2027' } }]);
    expect(isExplainRequest(sent[0]?.payload)).toBe(true);
  });

  it('names no release when the tab has none (the worker takes the newest)', async () => {
    await describeCodes(['M48.06']);
    expect(sent[0]?.payload).toEqual({ codes: ['M48.06'] });
  });

  it("sends a huge tab's codes in batches the worker accepts, and merges the answers", async () => {
    const codes = Array.from({ length: 1200 }, (_, i) => `M99.${i}`);
    reply = ({ codes: batch }) => ({ ok: true, value: Object.fromEntries(batch.map((c) => [c, { code: c }])) });
    const details = await describeCodes(codes);
    expect(Object.keys(details)).toEqual(codes);
    expect(sent.map((m) => m.payload.codes.length)).toEqual([500, 500, 200]);
    expect(sent.every((m) => isExplainRequest(m.payload))).toBe(true);
  });

  it("rejects with the worker's error, which the panel shows as 'catalog not loaded'", async () => {
    reply = () => ({ ok: false, error: 'ChartLint could not read assets/kb/icd10cm-fy2026.catalog.json.gz' });
    await expect(describeCodes(['M99.61'], 'FY2026')).rejects.toThrow('could not read assets/kb');
  });
});
