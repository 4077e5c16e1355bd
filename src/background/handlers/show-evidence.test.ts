import { beforeEach, describe, expect, it, vi } from 'vitest';

const sent: unknown[] = [];
vi.mock('../../platform/runtime', () => ({ extensionUrl: (p: string) => `chrome-extension://abc/${p}` }));
vi.mock('../../protocol/send', () => ({
  sendToContent: (target: unknown, type: string, payload: unknown) => {
    sent.push({ target, type, payload });
    return (target as { frameId: number }).frameId === 9 ? Promise.reject(new Error('gone')) : Promise.resolve(true);
  },
}));
const { handleShowEvidence } = await import('./show-evidence');

const span = (fieldId: string) => ({ fieldId, start: 3, end: 9, text: 'stenos' });
const panel = { id: 'abc', url: 'chrome-extension://abc/src/ui/side-panel/index.html' };

describe('tab-evidence/show', () => {
  beforeEach(() => (sent.length = 0));

  it('sends the span to the frame named in the tab-wide field id, with the frame-local id', async () => {
    await expect(handleShowEvidence({ tabId: 4, span: span('7:note:2') }, panel)).resolves.toBe(true);
    expect(sent).toEqual([{ target: { tabId: 4, frameId: 7 }, type: 'evidence/show', payload: span('note:2') }]);
  });

  it('answers false when the frame is gone or the id names no frame', async () => {
    await expect(handleShowEvidence({ tabId: 4, span: span('9:dx') }, panel)).resolves.toBe(false);
    await expect(handleShowEvidence({ tabId: 4, span: span('dx') }, panel)).resolves.toBe(false);
  });

  it('refuses content scripts', async () => {
    const content = { id: 'abc', url: 'http://localhost/', tab: { id: 4 } } as never;
    await expect(handleShowEvidence({ tabId: 4, span: span('0:dx') }, content)).rejects.toThrow(/ChartLint pages only/);
    expect(sent).toEqual([]);
  });
});
