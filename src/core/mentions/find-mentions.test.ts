import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions, MAX_ANCHORS_PER_SENTENCE, mentionLimits, readAnchors, scanMentions } from './find-mentions';

const read = (text: string) => findMentions({ id: 'note', kind: 'note', text });
const only = (text: string) => {
  const mentions = read(text);
  expect(mentions).toHaveLength(1);
  return mentions[0]!;
};

describe('findMentions', () => {
  it('reads site, level, region, mechanism, severity and side from "Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes."', () => {
    expect(only('Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes.')).toMatchObject({
      site: 'foramen',
      levels: [{ raw: 'C5-6', normalized: 'C5-C6' }],
      regions: ['cervical'],
      mechanisms: ['osseous'],
      severity: 'moderate',
      laterality: 'left',
      status: 'affirmed',
      kind: 'stenosis',
    });
  });

  it('gives a level in a phrase after a comma to the statement that phrase joins ("..., post-surgical changes at L4-5 with no recurrent stenosis")', () => {
    const levels = (text: string) => read(text).map((m) => [m.status, m.levels.map((l) => l.normalized).join(',')]);
    expect(levels('Severe L3-4 stenosis, post-surgical changes at L4-5 with no recurrent stenosis there.')).toEqual([
      ['affirmed', 'L3-L4'],
      ['negated', 'L4-L5'],
    ]);
    // A level that goes on the list before the comma, or a second statement with its own level, keeps the cut at the joint.
    expect(levels('Severe stenosis at L3-4, L4-5 with mild foraminal narrowing at L5-S1.')).toEqual([
      ['affirmed', 'L3-L4,L4-L5'],
      ['affirmed', 'L5-S1'],
    ]);
    expect(levels('Severe stenosis at L3-4, post-op changes at L4-5 and mild stenosis at L5-S1.').map(([, l]) => l)[1]).toBe('L5-S1');
  });

  it('keeps exact spans: span.text equals the note text at its offsets', () => {
    const text = 'IMPRESSION: Severe bilateral L4-5 neural foraminal stenosis.';
    const m = only(text);
    expect(text.slice(m.span.start, m.span.end)).toBe(m.span.text);
    expect(m.span).toMatchObject({ fieldId: 'note', text: 'neural foraminal stenosis' });
  });

  it('gives one mention per site in "No significant central canal or foraminal stenosis at L1-2."', () => {
    const mentions = read('No significant central canal or foraminal stenosis at L1-2.');
    expect(mentions.map((m) => [m.site, m.status])).toEqual([
      ['canal', 'negated'],
      ['foramen', 'negated'],
    ]);
  });

  it('reads "Mild lateral recess stenosis on the right at L5-S1." as lateral recess, lumbar', () => {
    expect(only('Mild lateral recess stenosis on the right at L5-S1.')).toMatchObject({ site: 'lateral-recess', regions: ['lumbar'], severity: 'mild', laterality: 'right' });
  });

  it('reads a comparison of the sides ("R>L", "L > R", "Rt<Lt") as bilateral, and "L5-S1" or "left" as before', () => {
    for (const side of ['R>L', 'L > R', 'Rt<Lt', 'r>l'])
      expect(only(`At L4-5 there is moderate foraminal stenosis, ${side}.`), side).toMatchObject({ site: 'foramen', laterality: 'bilateral', levels: [{ normalized: 'L4-L5' }] });
    expect(only('Moderate left foraminal stenosis at L5-S1.')).toMatchObject({ laterality: 'left', levels: [{ normalized: 'L5-S1' }] });
  });

  it('grades a list of graded sides by its worst grade ("Severe left and mild right neural foraminal narrowing")', () => {
    expect(only('L4-L5: Severe left and mild right neural foraminal narrowing.')).toMatchObject({ site: 'foramen', laterality: 'bilateral', severity: 'severe' });
    expect(only('C5-6: mild right, and moderate to severe left foraminal stenosis.')).toMatchObject({ laterality: 'bilateral', severity: 'moderate-severe' });
    // A grade of another site is not the foramen's.
    const [canal, foramen] = findMentions({ id: 'n', kind: 'note', text: 'There is severe canal stenosis and mild right foraminal narrowing.' });
    expect([canal?.severity, foramen?.severity]).toEqual(['severe', 'mild']);
  });

  it('takes every level of a heading that lists several ("L3-L4 and L4-L5: Mild bilateral foraminal narrowing.")', () => {
    expect(only('L3-L4 and L4-L5: Mild bilateral foraminal narrowing.').levels.map((l) => l.normalized)).toEqual(['L3-L4', 'L4-L5']);
    expect(only('Disc bulges at L3-4 and L4-5. Mild foraminal narrowing.').levels.map((l) => l.normalized)).toEqual(['L3-L4', 'L4-L5']);
    expect(only('C5-6: disc bulge.\nC6-7: Mild foraminal narrowing.').levels.map((l) => l.normalized)).toEqual(['C6-C7']);
  });

  it('keeps a site word past "without"/"no" out of the statement before it ("canal stenosis without cord signal change" is affirmed)', () => {
    expect(only('Moderate central canal stenosis without cord signal change.')).toMatchObject({ status: 'affirmed', site: 'canal', span: { text: 'central canal stenosis' } });
    const [stenosis, compression] = read('Severe canal stenosis with cord compression but without cord signal abnormality.');
    expect([stenosis?.status, compression?.status, compression?.span.text]).toEqual(['affirmed', 'affirmed', 'cord compression']);
    // A cue before both still reaches both.
    expect(read('No central canal stenosis or cord compression.').map((m) => m.status)).toEqual(['negated', 'negated']);
  });

  it('reads a finding label\'s answer as its grade, level and side ("Spinal canal stenosis: severe at L4-5.")', () => {
    expect(only('Spinal canal stenosis: severe at L4-5.')).toMatchObject({ status: 'affirmed', site: 'canal', severity: 'severe', levels: [{ normalized: 'L4-L5' }] });
    expect(only('Central canal stenosis: mild.')).toMatchObject({ site: 'canal', severity: 'mild' });
    expect(only('Foraminal narrowing: mild bilateral.')).toMatchObject({ site: 'foramen', severity: 'mild', laterality: 'bilateral' });
    // A heading that only names a section still ends its sentence.
    expect(read('IMPRESSION: Mild canal stenosis.').map((m) => m.span.text)).toEqual(['canal stenosis']);
  });

  it('leaves plain "Lumbar spinal stenosis." without a site, as the annotation guide does', () => {
    expect(only('Lumbar spinal stenosis.')).toMatchObject({ site: 'unspecified', regions: ['lumbar'], levels: [] });
  });

  it('reads cord compression as the canal: "Disc protrusion at C5-6 causing cord compression."', () => {
    expect(only('Disc protrusion at C5-6 causing cord compression.')).toMatchObject({ site: 'canal', kind: 'compression', mechanisms: ['disc'] });
  });

  it('marks "C6-7 foraminal narrowing from a disc-osteophyte complex." as disc + osseous, ambiguous', () => {
    expect(only('C6-7 foraminal narrowing from a disc-osteophyte complex.')).toMatchObject({ mechanisms: ['osseous', 'disc'], mechanismAmbiguous: true });
  });

  it('reads subluxation from "Grade 1 anterolisthesis of L4 on L5 resulting in severe foraminal narrowing."', () => {
    expect(only('Grade 1 anterolisthesis of L4 on L5 resulting in severe foraminal narrowing.')).toMatchObject({ mechanisms: ['subluxation'], severity: 'severe' });
  });

  it('reads connective tissue from "Central canal stenosis at L3-4 secondary to ligamentum flavum hypertrophy."', () => {
    expect(only('Central canal stenosis at L3-4 secondary to ligamentum flavum hypertrophy.')).toMatchObject({ site: 'canal', mechanisms: ['connective-tissue'] });
  });

  it('reads facet degeneration as osseous in "Degenerative changes within the facets causing L4-5 foraminal narrowing."', () => {
    expect(only('Degenerative changes within the facets causing L4-5 foraminal narrowing.').mechanisms).toEqual(['osseous']);
  });

  it('gives no mechanism to co-listed findings: "L4-5 spondylolisthesis and foraminal stenosis."', () => {
    expect(only('L4-5 spondylolisthesis and foraminal stenosis.').mechanisms).toEqual([]);
  });

  it('normalises "mild to moderate" as mild-moderate in "Mild to moderate right C6-7 foraminal stenosis."', () => {
    expect(only('Mild to moderate right C6-7 foraminal stenosis.').severity).toBe('mild-moderate');
  });

  it('splits "Mild foraminal narrowing at C5-6, moderate canal stenosis at C6-7." into two statements', () => {
    expect(read('Mild foraminal narrowing at C5-6, moderate canal stenosis at C6-7.').map((m) => [m.site, m.levels[0]?.normalized, m.severity])).toEqual([
      ['foramen', 'C5-C6', 'mild'],
      ['canal', 'C6-C7', 'moderate'],
    ]);
  });

  it('takes the level from the heading in "L5-S1: Central canal and neural foramina are patent."', () => {
    expect(read('L5-S1: Central canal and neural foramina are patent.').map((m) => [m.site, m.levels[0]?.normalized, m.status])).toEqual([
      ['canal', 'L5-S1', 'negated'],
      ['foramen', 'L5-S1', 'negated'],
    ]);
  });

  it('reads "PAST MEDICAL HISTORY: Lumbar spinal stenosis." as historical from its section', () => {
    expect(only('PAST MEDICAL HISTORY: Lumbar spinal stenosis.').status).toBe('historical');
  });

  it('reads the head region from "Stenosis of the O-C1 foramen due to subluxation."', () => {
    expect(only('Stenosis of the O-C1 foramen due to subluxation.')).toMatchObject({ site: 'foramen', regions: ['head'], mechanisms: ['subluxation'] });
  });
});

describe('per-sentence anchor cap', () => {
  it('reads at most MAX_ANCHORS_PER_SENTENCE anchors of one sentence and reports the rest as unread', () => {
    const text = 'stenosis,'.repeat(60); // 540 characters: one run-on sentence
    const scan = scanMentions({ id: 'n', kind: 'note', text });
    expect(scan.mentions.length).toBe(MAX_ANCHORS_PER_SENTENCE);
    expect(scan.sentencesCapped).toBe(1);
    expect(scan.charactersUnread).toBeGreaterThan(0);
    expect(mentionLimits([scan])).toEqual({ anchorsPerSentence: MAX_ANCHORS_PER_SENTENCE, sentencesCapped: 1, charactersUnread: scan.charactersUnread });
  });

  it('reports nothing for an ordinary report', () => {
    const scan = scanMentions({ id: 'n', kind: 'note', text: 'Mild canal stenosis at L3-4 and moderate left foraminal narrowing at L4-5. No stenosis at L5-S1.' });
    expect(scan.sentencesCapped).toBe(0);
    expect(mentionLimits([scan])).toBeUndefined();
  });
});

describe('signs and phrasing that name a stenosis', () => {
  it('reads crowding of the cauda equina as canal compression and preserved foraminal fat as a negative', () => {
    expect(only('Crowding of the cauda equina nerve roots at L3-4.')).toMatchObject({ site: 'canal', status: 'affirmed' });
    expect(only('Perineural fat in the L4-5 foramina is preserved.')).toMatchObject({ site: 'foramen', status: 'negated' });
  });

  it('links a cause to a bare verb whose subject it is, but not a co-listed noun', () => {
    expect(only('Osteophytes compromise the left C5-6 neural foramen.').mechanisms).toEqual(['osseous']);
    expect(only('Facet arthropathy and foraminal compromise at L4-5.').mechanisms).toEqual([]);
  });

  it('takes the one operated level for a finding that names none', () => {
    const filler = ' The patient was positioned prone and the level was confirmed by fluoroscopy before the incision.'.repeat(5);
    const text = `PROCEDURE: L3-4 laminectomy.${filler}\n\nFINDINGS: Severe central canal stenosis was found.`;
    expect(read(text).at(-1)?.levels.map((l) => l.normalized)).toEqual(['L3-L4']);
    const two = `PROCEDURE: L3-4 and L4-5 laminectomy.${filler}\n\nFINDINGS: Severe central canal stenosis was found.`;
    expect(read(two).at(-1)?.levels).toEqual([]);
  });

  it('ends a negation at an unpunctuated new clause', () => {
    const mentions = read('no canal stenosis there is moderate bilateral foraminal stenosis at L4-5');
    expect(mentions.map((m) => [m.site, m.status])).toEqual([
      ['canal', 'negated'],
      ['foramen', 'affirmed'],
    ]);
  });

  it('lets "the remainder ... unremarkable" negate the rest of the study, not the finding dictated before it', () => {
    expect(read('severe left foraminal stenosis at L5-S1 the remainder of the levels are unremarkable').map((m) => m.status)).toEqual(['affirmed']);
    expect(read('moderate canal stenosis at L4-5 remainder of the exam is unremarkable').map((m) => m.status)).toEqual(['affirmed']);
    expect(read('mild bilateral foraminal narrowing at L3-4 all other levels are normal').map((m) => m.status)).toEqual(['affirmed']);
    // What follows the remainder phrase is still read, and still negated.
    expect(read('mild canal stenosis at L3-4 the remainder of the foramina are not narrowed').map((m) => [m.site, m.status])).toEqual([
      ['canal', 'affirmed'],
      ['foramen', 'negated'],
    ]);
    // After a preposition it is no new subject: "at the other levels" stays in the negation.
    expect(read('No canal stenosis at L4-5 or at the other levels.').map((m) => m.status)).toEqual(['negated']);
  });
});

describe('readAnchors', () => {
  it('describes each sentence as it ends exactly as grouping every sentence first does', () => {
    const pieces = ['stenosis', ' ', '. ', '.', '\n', '\n\n', '\n- ', ';', 'small\ncanal', 'mass effect', 'wide\nopen', 'x'.repeat(250), 'C5-6', 'foraminal', 'no ', 'compression of the cord', ', ', 'and ', '2) ', 'narrowing', 'L4-5:'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((p) => p.join('')), (text) => {
        const field = { id: 'n', kind: 'note' as const, text };
        const inOrder = readAnchors(field, true);
        expect(inOrder ?? readAnchors(field, false)).toEqual(readAnchors(field, false));
      }),
      { numRuns: 300 },
    );
  });
});
