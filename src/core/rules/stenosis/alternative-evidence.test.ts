import { describe, expect, it } from 'vitest';
import { M99_FAMILY } from '../../families/m99';
import { findMentions } from '../../mentions/find-mentions';
import type { FieldText, Mention } from '../../types';
import { findConditions } from '../../families-read/find-conditions';
import { alternativeSpans, evidenceReader, inNoteOrder } from './alternative-evidence';

/** A reader of the notes' radiculopathy statements, as the rule makes it: the note's first affirmed one, else the notes' first. */
const readerOf = (notes: FieldText[]) => {
  const affirmed = notes.flatMap((n) => findConditions(n)).filter((c) => c.kind === 'radiculopathy' && c.status === 'affirmed');
  return evidenceReader(
    notes,
    (m) => (affirmed.find((c) => c.span.fieldId === m.span.fieldId) ?? affirmed[0])?.span,
  );
};
const alt = (target: string) => M99_FAMILY.alternatives.find((a) => a.target === target)!;
const note = (text: string, id = 'n'): FieldText => ({ id, kind: 'note', text });
const quotes = (target: string, field: FieldText, notes: FieldText[] = [field]) => {
  const reader = readerOf(notes);
  return findMentions(field)
    .filter((m) => m.status === 'affirmed')
    .map((m) => {
      const { named, radiculopathy } = alternativeSpans(alt(target), m, reader);
      return [...named, ...(radiculopathy ? [radiculopathy] : [])].map((s) => s.text);
    });
};

describe('alternativeSpans', () => {
  it("joins mechanism words side by side into the field's own words, and leaves out the other mechanism's words", () => {
    const field = note(
      'C5-6 foraminal stenosis due to a disc bulge and uncovertebral joint osteophytes. C6 radiculopathy.',
    );
    expect(quotes('M47.2', field)).toEqual([['uncovertebral joint osteophytes', 'radiculopathy']]);
    expect(quotes('M50.1', field)).toEqual([['disc bulge', 'radiculopathy']]);
  });

  it('quotes the listhesis word of a mention for spondylolisthesis, and the narrowing itself for spinal stenosis', () => {
    expect(quotes('M43.1', note('L4-5 canal stenosis due to grade 1 anterolisthesis.'))).toEqual([
      ['anterolisthesis'],
    ]);
    expect(quotes('M48.0', note('Moderate central canal stenosis at L4-5 from facet hypertrophy.'))).toEqual([
      ['central canal stenosis'],
    ]);
  });

  it("takes the listhesis word inside the mention's own span, at its offsets", () => {
    const field = note('Spondylolisthesis narrowing the canal.');
    const m: Mention = {
      ...findMentions(note('Canal stenosis.'))[0]!,
      mechanisms: ['subluxation'],
      mechanismEvidence: [],
      span: { fieldId: 'n', start: 0, end: 28, text: field.text.slice(0, 28) },
    };
    const spans = alternativeSpans(alt('M43.1'), m, readerOf([field])).named;
    expect(spans).toEqual([{ fieldId: 'n', start: 0, end: 17, text: 'Spondylolisthesis' }]);
  });

  it('quotes nothing for a mention whose mechanism has no word of its own (carried over from the clause before)', () => {
    const field = note(
      'Left C5-6 foraminal stenosis due to osteophytes, and moderate left C6-7 foraminal stenosis. C6 radiculopathy.',
    );
    expect(quotes('M47.2', field)).toEqual([['osteophytes', 'radiculopathy'], []]);
  });

  it('takes the first radiculopathy of the mention’s own field, else the first in the notes', () => {
    // Sciatica is no radiculopathy (condition-lexicon.ts, QA stop 53 H1): the history names the radiculopathy.
    const history = note('Lumbar radiculopathy in 2019.', 'h');
    const report = note('Left L5 radiculopathy. Later: L4-5 foraminal stenosis due to osteophytes.', 'r');
    expect(quotes('M47.2', report, [history, report])).toEqual([['osteophytes', 'radiculopathy']]);
    const other = note('L4-5 foraminal stenosis due to osteophytes.', 'o');
    expect(quotes('M47.2', other, [history, other])).toEqual([['osteophytes', 'radiculopathy']]);
  });
});

describe('the radiculopathy quoted', () => {
  it('is the first affirmed statement: a denied one before it is passed over', () => {
    const field = note('No sciatica. L4-5 foraminal stenosis due to osteophytes. Left L5 radiculopathy.');
    expect(quotes('M47.2', field)).toEqual([['osteophytes', 'radiculopathy']]);
    expect(quotes('M47.2', note('L4-5 foraminal stenosis due to osteophytes. No sciatica.'))).toEqual([
      ['osteophytes'],
    ]);
  });
});

describe('inNoteOrder', () => {
  it("sorts by the fields' page order, then offset, each span once", () => {
    const a = { fieldId: 'b', start: 5, end: 8, text: 'xxx' };
    const b = { fieldId: 'a', start: 9, end: 10, text: 'y' };
    const c = { fieldId: 'b', start: 1, end: 2, text: 'z' };
    expect(inNoteOrder([a, b, c, { ...a }], [{ id: 'a' }, { id: 'b' }])).toEqual([b, c, a]);
  });
});
