import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';
import { assessContext } from './assess-context';
import { findBoxes, readRow } from './check-boxes';

const field = (text: string) => ({ id: 'n', kind: 'note' as const, text });

/** Each condition's kind, status and the text its trigger quotes (checked against the note's offsets). */
function conditions(text: string): [string, string, string | undefined][] {
  return findConditions(field(text)).map((c) => {
    if (c.trigger) expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
    expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
    return [c.kind, c.status, c.trigger?.text];
  });
}
const statusOf = (text: string, kind: string) =>
  conditions(text)
    .find((c) => c[0] === kind)
    ?.slice(1);
const mentions = (text: string) =>
  findMentions(field(text)).map((m) => {
    if (m.trigger) expect(text.slice(m.trigger.start, m.trigger.end)).toBe(m.trigger.text);
    return [m.status, m.trigger?.text, m.severity];
  });

describe('box marks', () => {
  it.each([
    ['[x]', true],
    ['[X]', true],
    ['[ x ]', true],
    ['[✓]', true],
    ['[✔]', true],
    ['☒', true],
    ['☑', true],
    ['(x)', true],
    ['(•)', true],
    ['[ ]', false],
    ['[]', false],
    ['[  ]', false],
    ['☐', false],
    ['□', false],
    ['( )', false],
  ])('reads %s (ticked: %s) at its exact offsets', (mark, ticked) => {
    const text = `Myelopathy: ${mark} yes`;
    expect(findBoxes(text, 0, text.length)).toEqual([{ start: 12, end: 12 + mark.length, ticked }]);
  });

  it('reads no box in brackets that hold words, in "()", or in a lone bullet glyph', () => {
    for (const text of ['Stenosis [L4-5] noted (mild).', 'f(x) = 2', 'call () later'])
      expect(findBoxes(text, 0, text.length)).toEqual([]);
    expect(readRow('○ myelopathy', 0, 12)).toBeUndefined();
    expect(readRow('■ myelopathy', 0, 12)).toBeUndefined();
    // The same glyphs are boxes on a line with another box (a radio row).
    expect(readRow('Myelopathy: ○ yes ◉ no', 0, 22)?.items.map((i) => i.box.ticked)).toEqual([false, true]);
  });
});

describe('a row of options', () => {
  const words = (text: string) => {
    const row = readRow(text, 0, text.length);
    return {
      label: row?.label ? text.slice(row.label.start, row.label.end) : undefined,
      items: row?.items.map((i) => [text.slice(i.start, i.end), i.box.ticked]),
    };
  };

  it('takes the words after each box when the boxes come first', () => {
    expect(words('  with: [x] radiculopathy   [ ] myelopathy   [ ] neurogenic claudication')).toEqual({
      label: 'with',
      items: [
        ['radiculopathy', true],
        ['myelopathy', false],
        ['neurogenic claudication', false],
      ],
    });
    expect(words('Canal stenosis: [ ] none [x] mild, [ ] moderate')).toEqual({
      label: 'Canal stenosis',
      items: [
        ['none', false],
        ['mild', true],
        ['moderate', false],
      ],
    });
    expect(words('Myelopathy [ ] yes [x] no')).toEqual({
      label: 'Myelopathy',
      items: [
        ['yes', false],
        ['no', true],
      ],
    });
  });

  it('takes the words before each box when the boxes close the row', () => {
    expect(words('myelopathy [ ]')).toEqual({ label: undefined, items: [['myelopathy', false]] });
    expect(words('Myelopathy: yes [ ] no [x]')).toEqual({
      label: 'Myelopathy',
      items: [
        ['yes', false],
        ['no', true],
      ],
    });
    expect(words('- radiculopathy [x] | myelopathy [ ].')).toEqual({
      label: undefined,
      items: [
        ['radiculopathy', true],
        ['myelopathy', false],
      ],
    });
  });
});

describe('an option that is not ticked states nothing', () => {
  it.each([
    'with: [x] radiculopathy   [ ] myelopathy',
    'with: [x] radiculopathy   [] myelopathy',
    'with: ☑ radiculopathy   ☐ myelopathy',
    'with: [✔] radiculopathy □ myelopathy',
    '(x) radiculopathy ( ) myelopathy',
    'radiculopathy [x]  myelopathy [ ]',
    '☐ myelopathy',
    'myelopathy [ ]',
  ])('%s: the myelopathy is hypothetical, quoting its box', (text) => {
    const [status, trigger] = statusOf(text, 'myelopathy') ?? [];
    expect(status).toBe('hypothetical');
    expect(['[ ]', '[]', '☐', '□', '( )']).toContain(trigger);
    const radiculopathy = statusOf(text, 'radiculopathy');
    if (radiculopathy) expect(radiculopathy).toEqual(['affirmed', undefined]);
  });

  it('affirms a ticked option, whichever mark ticks it', () => {
    for (const mark of ['[x]', '[X]', '☒', '☑', '[✓]', '(•)'])
      expect(statusOf(`with: ${mark} myelopathy [ ] radiculopathy`, 'myelopathy')).toEqual([
        'affirmed',
        undefined,
      ]);
  });

  it('reads a cue within its own option only', () => {
    expect(statusOf('Findings: [x] no radiculopathy  [ ] myelopathy', 'radiculopathy')).toEqual([
      'negated',
      'no',
    ]);
    expect(statusOf('with: [x] no  [x] myelopathy', 'myelopathy')).toEqual(['affirmed', undefined]);
    expect(statusOf('with: radiculopathy [x]  no [x]  myelopathy [x]', 'radiculopathy')).toEqual([
      'affirmed',
      undefined,
    ]);
  });

  it('reads the note of QA stop 46 (note 17) as the form ticks it', () => {
    const text = [
      'Diagnosis: Lumbar spondylosis L4-L5',
      '  with: [x] radiculopathy   [ ] myelopathy   [ ] neurogenic claudication',
      'Canal stenosis: [ ] none  [x] mild  [ ] moderate  [ ] severe',
    ].join('\n');
    expect(conditions(text).map((c) => c.slice(0, 2))).toEqual([
      ['spondylosis', 'affirmed'],
      ['radiculopathy', 'affirmed'],
      ['myelopathy', 'hypothetical'],
      ['neurogenic-claudication', 'hypothetical'],
    ]);
  });

  it('lets an unticked "none" negate nothing, and a ticked one negate its label', () => {
    expect(mentions('Canal stenosis: [ ] none [x] mild [ ] moderate [ ] severe at L4-5')).toEqual([
      ['affirmed', undefined, 'mild'],
    ]);
    expect(
      mentions('Canal stenosis: [x] none [ ] mild [ ] moderate at L4-5').map((m) => m.slice(0, 2)),
    ).toEqual([['negated', 'none']]);
    expect(mentions('Canal stenosis at L4-5: [ ] no').map((m) => m.slice(0, 2))).toEqual([
      ['hypothetical', '[ ]'],
    ]);
  });

  it('leaves a stenosis in an unticked option unstated, and one in a ticked option affirmed', () => {
    expect(
      mentions('Findings: [ ] central canal stenosis at L4-5  [x] foraminal stenosis at L4-5').map((m) =>
        m.slice(0, 2),
      ),
    ).toEqual([
      ['hypothetical', '[ ]'],
      ['affirmed', undefined],
    ]);
  });
});

describe("a label's answer boxes", () => {
  it.each([
    ['Myelopathy: [ ] yes [x] no', 'no'],
    ['Myelopathy: [ ] Yes  [X] No', 'No'],
    ['Myelopathy [ ] yes [x] no', 'no'],
    ['Myelopathy: yes [ ] no [x]', 'no'],
    ['Myelopathy: ( ) yes (•) no', 'no'],
    ['Myelopathy: ○ yes ◉ no', 'no'],
    ['Myelopathy: ☐ present ☒ absent', 'absent'],
    ['Myelopathy: [ ] Y  [x] N', 'N'],
  ])('%s negates the label, quoting the ticked answer', (text, trigger) => {
    expect(statusOf(`Dx: lumbar spondylosis.\n${text}\n`, 'myelopathy')).toEqual(['negated', trigger]);
  });

  it('negates "Neurogenic claudication: [ ] Y  [x] N" (QA stop 46, G10)', () => {
    expect(
      statusOf(
        'Dx: Lumbar spinal stenosis L4-5.\nNeurogenic claudication: [ ] Y  [x] N\n',
        'neurogenic-claudication',
      ),
    ).toEqual(['negated', 'N']);
  });

  it('affirms a label whose "yes" is ticked, past a cue in the unticked "no"', () => {
    expect(statusOf('Myelopathy: [x] yes [ ] no', 'myelopathy')).toEqual(['affirmed', undefined]);
    expect(statusOf('Myelopathy: ☑ Y ☐ N', 'myelopathy')).toEqual(['affirmed', undefined]);
  });

  it('leaves a label unanswered when none of its answers is ticked', () => {
    expect(statusOf('Myelopathy: [ ] yes [ ] no', 'myelopathy')).toEqual(['hypothetical', '[ ]']);
    expect(
      mentions('Canal stenosis at L4-5: [ ] none [ ] mild [ ] moderate').map((m) => m.slice(0, 2)),
    ).toEqual([['hypothetical', '[ ]']]);
  });

  it('lets the cues decide when both answers are ticked, or the ticked option is no answer', () => {
    expect(statusOf('Myelopathy: [x] yes [x] no', 'myelopathy')).toEqual(['affirmed', undefined]);
    expect(statusOf('Radiculopathy: [x] left [ ] right', 'radiculopathy')).toEqual(['affirmed', undefined]);
  });
});

describe('text without boxes', () => {
  it('reads as it did: answers, brackets and bullets', () => {
    expect(statusOf('Myelopathy: absent.', 'myelopathy')).toEqual(['negated', 'absent']);
    expect(statusOf('Neurogenic claudication: No', 'neurogenic-claudication')).toEqual(['negated', 'No']);
    expect(statusOf('Radiculopathy (L5) [see EMG].', 'radiculopathy')).toEqual(['affirmed', undefined]);
    expect(statusOf('○ myelopathy', 'myelopathy')).toEqual(['affirmed', undefined]);
    expect(assessContext('No myelopathy.', { start: 3, end: 13 }).status).toBe('negated');
  });
});

// Any row of options, boxes before or after their words, with any marks and separators: each
// condition option reads as its box says, every quote is the note's own text, and an unticked
// negative option never negates another.
describe('rows of options (property)', () => {
  const TICKED = ['[x]', '[X]', '[✓]', '[✔]', '☒', '☑', '(x)', '(•)'];
  const UNTICKED = ['[ ]', '[]', '☐', '□', '( )'];
  const OPTIONS = [
    ['myelopathy', 'myelopathy'],
    ['radiculopathy', 'radiculopathy'],
    ['neurogenic claudication', 'neurogenic-claudication'],
    ['none', undefined],
    ['no', undefined],
    ['absent', undefined],
    ['unlimited', undefined],
  ] as const;
  const option = fc.record({
    which: fc.integer({ min: 0, max: OPTIONS.length - 1 }),
    ticked: fc.boolean(),
    mark: fc.nat(7),
  });
  const row = fc.record({
    label: fc.constantFrom('with: ', 'Dx: ', '  ', '- '),
    gap: fc.constantFrom(' ', '  ', '   ', ' | ', ', '),
    after: fc.boolean(),
    options: fc.uniqueArray(option, { minLength: 1, maxLength: 5, selector: (o) => o.which }),
  });

  it('reads each option as its box says', () => {
    fc.assert(
      fc.property(row, ({ label, gap, after, options }) => {
        const mark = (o: { ticked: boolean; mark: number }) =>
          o.ticked
            ? (TICKED[o.mark % TICKED.length] as string)
            : (UNTICKED[o.mark % UNTICKED.length] as string);
        // Boxes after their words only where the row has no label colon before the first one's words.
        const parts = options.map((o) =>
          after ? `${OPTIONS[o.which]?.[0]} ${mark(o)}` : `${mark(o)} ${OPTIONS[o.which]?.[0]}`,
        );
        const text = `Dx: lumbar spondylosis L4-5.\n${label}${parts.join(gap)}\n`;
        const read = findConditions(field(text));
        for (const c of read) {
          expect(text.slice(c.span.start, c.span.end)).toBe(c.span.text);
          if (c.trigger) expect(text.slice(c.trigger.start, c.trigger.end)).toBe(c.trigger.text);
        }
        for (const o of options) {
          const kind = OPTIONS[o.which]?.[1];
          if (!kind) continue;
          const c = read.find((x) => x.kind === kind);
          expect(c?.status).toBe(o.ticked ? 'affirmed' : 'hypothetical');
        }
      }),
      { numRuns: 300 },
    );
  });
});
