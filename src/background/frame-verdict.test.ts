import { describe, expect, it } from 'vitest';
import type { AnalyzeResult, Finding } from '../core';
import { analyze } from '../core';
import type { TabState } from '../protocol/messages';
import type { Settings } from '../protocol/settings';
import { frameVerdict, verdictFor } from './frame-verdict';
import { mergeFrames, splitTabFieldId, tabFieldId } from './merge-frames';

const snapshot = (fields: { id: string; kind: 'diagnosis' | 'note'; text: string }[]) => ({
  docId: 'd',
  url: 'http://localhost/',
  isTop: true,
  fields,
});

describe('mergeFrames', () => {
  it('prefixes every field id with its frame so spans can be routed back', () => {
    const fields = mergeFrames({
      '0': snapshot([{ id: 'field-0', kind: 'note', text: 'note' }]),
      '7': snapshot([{ id: 'field-0', kind: 'diagnosis', text: 'M99.61' }]),
    });
    expect(fields.map((f) => f.id)).toEqual(['0:field-0', '7:field-0']);
    expect(splitTabFieldId(tabFieldId(7, 'a:b'))).toEqual({ frameId: 7, localId: 'a:b' });
  });
});

describe('frameVerdict', () => {
  const result: AnalyzeResult = analyze({
    fields: [
      { id: '0:n', kind: 'note', text: 'Dictated M99.63 earlier.' },
      { id: '3:dx', kind: 'diagnosis', text: 'M99.61' },
    ],
  });
  const finding = (code: string): Finding => ({
    rule: 'region-mismatch',
    severity: 'warning',
    code,
    suggestions: [],
    message: 'x',
    evidence: [],
    sources: [],
  });

  it("gives a frame only its own diagnosis codes, with frame-local field ids", () => {
    const verdict = frameVerdict(result, 3);
    expect(verdict.codes.map((c) => [c.code, c.span.fieldId])).toEqual([['M99.61', 'dx']]);
    expect(frameVerdict(result, 0).codes).toEqual([]);
  });

  it('keeps only the findings about codes typed in that frame', () => {
    const verdict = frameVerdict({ ...result, findings: [finding('M99.61'), finding('M99.63')] }, 3);
    expect(verdict.findings.map((f) => f.code)).toEqual(['M99.61']);
  });

  it('names the findings dismissed on this page, by rule and code, and only those the frame shows', () => {
    const verdict = frameVerdict({ ...result, findings: [finding('M99.61'), finding('M99.63')] }, 3, {
      'region-mismatch|M99.61': { reason: 'not-applicable', at: 1 },
      'region-mismatch|M99.63': { reason: 'disagree', at: 1 },
    });
    expect(verdict.dismissed).toEqual(['region-mismatch|M99.61']);
    expect(frameVerdict(result, 3).dismissed).toBeUndefined();
  });
});

describe('verdictFor: limits', () => {
  it('carries the count of fields read only as far as they show, though every character sent was checked', () => {
    const result = analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: 'M99.03' }] });
    const state: TabState = {
      tabId: 1,
      url: 'http://x.chartlint.localhost/',
      updatedAt: 0,
      result,
      frames: { 0: { docId: 'd', url: 'http://x.chartlint.localhost/', isTop: true, fields: [{ id: 'dx', kind: 'diagnosis', chars: 6, checked: 6 }, { id: 'n', kind: 'note', chars: 40, checked: 40, partial: true }] } },
    };
    expect(verdictFor(state, 0, {}, { rules: {} as Settings['rules'] }).limits).toEqual({ checkedChars: 46, totalChars: 46, partialFields: 1 });
  });
});
