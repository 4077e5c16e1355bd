import { describe, expect, it } from 'vitest';
import type { AnalyzeResult, Finding } from '../core';
import { analyze } from '../core';
import { frameVerdict } from './frame-verdict';
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
