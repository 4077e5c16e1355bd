import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// QA pages stop 54: a negated statement was quoted without its negation ("foraminal stenosis at
// L4-5" for "No foraminal stenosis at L4-5"), which reads as the opposite. Sentences of our own.
const quotes = (code: string, note: string) =>
  analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: code },
      { id: 'n', kind: 'note', text: note },
    ],
  })
    .findings.flatMap((f) => f.evidence)
    .filter((s) => s.fieldId === 'n')
    .map((s) => s.text);

describe("a finding's quote of a negated or hedged statement keeps its cue", () => {
  it('takes in the negation right before the statement', () => {
    const q = quotes(
      'M99.73',
      'MRI L-spine 10/01/2026: No foraminal stenosis at L4-5. Mild facet arthropathy.',
    );
    expect(q).toContain('No foraminal stenosis');
    expect(q).not.toContain('foraminal stenosis');
  });

  it("keeps the spans of the note: each quote is the note's own words at its offsets", () => {
    const note = 'Impression: there is no evidence of central canal stenosis at L3-4.';
    const result = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M48.061' },
        { id: 'n', kind: 'note', text: note },
      ],
    });
    const spans = result.findings.flatMap((f) => f.evidence).filter((s) => s.fieldId === 'n');
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(note.slice(s.start, s.end)).toBe(s.text);
    expect(spans.map((s) => s.text)).toContain('no evidence of central canal stenosis');
    // The mention keeps its own span and cue.
    expect(result.mentions[0]?.span.text).toBe('central canal stenosis');
  });

  it('takes in a denial after the statement, never a hedge or a past that would cut its phrase', () => {
    expect(
      quotes('M48.061', 'Central canal stenosis at L4-5 ruled out on the new MRI.').some((q) =>
        q.startsWith('Central canal stenosis at L4-5 ruled out'),
      ),
    ).toBe(true);
    for (const text of quotes('M48.061', 'Canal stenosis at L3-4 is possibly present.'))
      expect(text).not.toMatch(/possibly$/);
  });

  it('leaves a quote alone when the cue is in another sentence or the statement is affirmed', () => {
    expect(quotes('M99.73', 'No radicular pain. Foraminal stenosis at L4-5 on the left.')).not.toContain(
      'No radicular pain. Foraminal stenosis',
    );
    const q = quotes('M48.062', 'Severe central canal stenosis at L4-5.');
    for (const text of q) expect(text.startsWith('No')).toBe(false);
  });
});
