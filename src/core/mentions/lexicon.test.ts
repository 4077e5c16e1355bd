import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';
import { NON_SPINAL_WINDOW } from './lexicon';

/** NON_SPINAL_WINDOW as first written, its look-behind in front of "bowel". */
const LOOK_BEHIND_FIRST = new RegExp(
  NON_SPINAL_WINDOW.source.replace('b(?<!bladder\\s{1,3}(?:and|or|&)\\s{1,3}b)owel', '(?<!bladder\\s{1,3}(?:and|or|&)\\s{1,3})bowel'),
  'gi',
);

const words = fc.constantFrom('bowel', 'Bowel', 'BOWEL', 'bladder', 'Bladder', 'and', 'or', '&', '/', 'abowel', 'bowels', 'colon', 'stenosis', 'b');
const spaces = fc.constantFrom(' ', '  ', '   ', '    ', '\n', '', ',');
const texts = fc.array(fc.tuple(words, spaces), { maxLength: 10 }).map((ps) => ps.map(([w, s]) => w + s).join(''));

describe('NON_SPINAL_WINDOW', () => {
  it('is found where it was with its look-behind in front of "bowel"', () => {
    expect(NON_SPINAL_WINDOW.source).not.toBe(LOOK_BEHIND_FIRST.source);
    fc.assert(
      fc.property(texts, (text) => {
        const now = [...text.matchAll(new RegExp(NON_SPINAL_WINDOW.source, 'gi'))].map((m) => [m.index, m[0]]);
        expect(now).toEqual([...text.matchAll(LOOK_BEHIND_FIRST)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves out "bowel and bladder" but not bowel stenosis', () => {
    expect(NON_SPINAL_WINDOW.test('denies bladder and bowel changes')).toBe(false);
    expect(NON_SPINAL_WINDOW.test('bowel or bladder incontinence')).toBe(false);
    expect(NON_SPINAL_WINDOW.test('small bowel stenosis')).toBe(true);
  });
});

// Clinicians' shorthand for the same findings: read as the words it stands for, and only where the
// note is about the spine (CCS is also a cardiology grading, NF a neurofibromatosis type).
describe('dictation shorthand', () => {
  const read = (text: string) =>
    findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.site, m.levels.map((l) => l.normalized).join(','), m.severity ?? '', m.mechanisms.join('+')]);

  it('reads CCS as central canal stenosis, NF narrowing as the foramen, mod-sev as moderate to severe', () => {
    expect(read('DDD L4-5 w/ mod-sev CCS and b/l NFN.')).toEqual([
      ['CCS', 'affirmed', 'canal', 'L4-L5', 'moderate-severe', ''],
      ['NFN', 'affirmed', 'foramen', 'L4-L5', '', ''],
    ]);
    expect(read('Worst at C5-6 with severe R NF narrowing d/t UV spurring.')).toEqual([['NF narrowing', 'affirmed', 'foramen', 'C5-C6', 'severe', 'osseous']]);
    expect(read('No CCS at L3-4.')).toEqual([['CCS', 'negated', 'canal', 'L3-L4', '', '']]);
    expect(read('L4-5 mod CCS due to LFH.')).toEqual([['CCS', 'affirmed', 'canal', 'L4-L5', 'moderate', 'connective-tissue']]);
  });

  it('leaves the same letters alone away from the spine', () => {
    expect(read('CCS class III angina, no chest pain at rest.')).toEqual([]);
    expect(read('NF1 with plexiform neurofibroma.')).toEqual([]);
  });
});

// A structured report's site label answered with a grade alone ("Right foramen: severe.") names a
// narrowing of that grade, as "Canal: patent" names none; a grade anywhere else is no finding.
describe('a site label answered with a grade', () => {
  const read = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.site, m.severity ?? '', m.laterality ?? '']);

  it('reads the grade as the narrowing of the labelled site', () => {
    expect(read('C5-6: Canal: patent. Right foramen: severe. Left foramen: moderate.')).toEqual([
      ['Canal: patent', 'negated', 'canal', '', ''],
      ['foramen: severe', 'affirmed', 'foramen', 'severe', 'right'],
      ['foramen: moderate', 'affirmed', 'foramen', 'moderate', 'left'],
    ]);
    expect(read('L4-5: Spinal canal: mild.')).toEqual([['canal: mild', 'affirmed', 'canal', 'mild', '']]);
  });

  it('needs the site label and the answer to end there', () => {
    expect(read('Pain: severe.')).toEqual([]);
    expect(read('Lumbar pain: moderate.')).toEqual([]);
    expect(read('Foramina: mild disc bulge.')).toEqual([]);
    expect(read('Aortic canal: mild.')).toEqual([]);
    // The narrowing word is the anchor when it is written: one mention, not two.
    expect(read('C5-6:\nForamina: moderate narrowing.').map((m) => m[0])).toEqual(['Foramina: moderate narrowing']);
  });

  // Templates answer a site label with a list of levels, grades and sides; each grade is one item.
  it('reads each graded item of an answer list, at its own level and side, with the label\'s site', () => {
    const items = (text: string) =>
      findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.site, m.levels.map((l) => l.normalized).join(','), m.severity ?? '', m.laterality ?? '']);
    // Once "the answer had to end at the grade": the side after it read nothing.
    expect(read('L4-5 foramina: mild bilateral.')).toEqual([['foramina: mild', 'affirmed', 'foramen', 'mild', 'bilateral']]);
    expect(items('Neural foramina: L4-5 moderate bilateral, L5-S1 mild right.')).toEqual([
      ['affirmed', 'foramen', 'L4-L5', 'moderate', 'bilateral'],
      ['affirmed', 'foramen', 'L5-S1', 'mild', 'right'],
    ]);
    expect(items('Spinal canal: L3-4 mild, L4-5 severe.')).toEqual([
      ['affirmed', 'canal', 'L3-L4', 'mild', ''],
      ['affirmed', 'canal', 'L4-L5', 'severe', ''],
    ]);
    expect(items('Foramina: moderate right at L5-S1.')).toEqual([['affirmed', 'foramen', 'L5-S1', 'moderate', 'right']]);
    expect(items('Canal: mild at L4-5 due to disc bulge.')).toEqual([['affirmed', 'canal', 'L4-L5', 'mild', '']]);
    expect(items('Foramina: mild to moderate bilateral.')).toEqual([['affirmed', 'foramen', '', 'mild-moderate', 'bilateral']]);
    // Past a semicolon the answer goes on, its items sentences of their own with the label's site.
    expect(items('Neural foramina: L3-4 mild right; L4-5 moderate-to-severe bilateral.')).toEqual([
      ['affirmed', 'foramen', 'L3-L4', 'mild', 'right'],
      ['affirmed', 'foramen', 'L4-L5', 'moderate-severe', 'bilateral'],
    ]);
    // A finding named as the label ("Foraminal stenosis:", "Stenosis:") is answered the same way.
    expect(items('Foraminal narrowing: L4-5 moderate bilateral, L5-S1 mild right.')).toEqual([
      ['affirmed', 'foramen', 'L4-L5', 'moderate', 'bilateral'],
      ['affirmed', 'foramen', 'L5-S1', 'mild', 'right'],
    ]);
    expect(items('Foraminal stenosis: none at L3-4; mild right at L4-5.')).toEqual([
      ['negated', 'foramen', 'L3-L4', '', ''],
      ['affirmed', 'foramen', 'L4-L5', 'mild', 'right'],
    ]);
    expect(items('Stenosis: moderate central at L4-5; mild foraminal at L5-S1.')).toEqual([
      ['affirmed', 'canal', 'L4-L5', 'moderate', ''],
      ['affirmed', 'foramen', 'L5-S1', 'mild', ''],
    ]);
    // A site heading on its own line answers each level line under it.
    expect(items('Neural foramina:\nL3-4: mild bilateral\nL4-5: moderate right\nL5-S1: patent')).toEqual([
      ['affirmed', 'foramen', 'L3-L4', 'mild', 'bilateral'],
      ['affirmed', 'foramen', 'L4-L5', 'moderate', 'right'],
    ]);
    // Not under a heading that names no site, nor past a line that is not a level's.
    expect(items('Discs:\nL3-4: mild bilateral')).toEqual([]);
    expect(items('Neural foramina:\nThe study is limited.\nL3-4: mild bilateral')).toEqual([]);
    // A full stop ends the answer: a grade in the next sentence answers no label.
    expect(items('Canal: L3-4 mild. L4-5 moderate.')).toEqual([['affirmed', 'canal', 'L3-L4', 'mild', '']]);
  });

  it('keeps a status inside its own item of the list', () => {
    const items = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.site, m.levels.map((l) => l.normalized).join(','), m.trigger?.text ?? '']);
    expect(items('Neural foramina: L3-4 patent, L4-5 moderate right.')).toEqual([
      ['negated', 'foramen', 'L3-L4', 'patent'],
      ['affirmed', 'foramen', 'L4-L5', ''],
    ]);
    expect(items('Neural foramina: no stenosis at L3-4, L4-5 mild.')).toEqual([
      ['negated', 'foramen', 'L3-L4', 'no'],
      ['affirmed', 'foramen', 'L4-L5', ''],
    ]);
    // A colon that ends its sentence is no label's: its grades are no findings.
    expect(items('Prior MRI showed neural foramina: L3-4 mild, L4-5 moderate.')).toEqual([]);
  });

  // Dictation lists levels with their grades and writes the narrowing word once.
  it('reads a grade that goes on a list with its narrowing word left out as its own item', () => {
    const items = (text: string) =>
      findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.site, m.levels.map((l) => l.normalized).join(','), m.severity ?? '', m.mechanisms.join('+')]);
    expect(items('Foraminal narrowing is severe at C5-6, moderate at C6-7, and mild at C4-5.')).toEqual([
      ['affirmed', 'foramen', 'C5-C6', 'severe', ''],
      ['affirmed', 'foramen', 'C6-C7', 'moderate', ''],
      ['affirmed', 'foramen', 'C4-C5', 'mild', ''],
    ]);
    // A cause stated once at the end speaks for the whole list, as when it was read as one statement.
    expect(items('Central canal stenosis, mild at L2-3 and severe at L4-5, due to disc bulge.')).toEqual([
      ['affirmed', 'canal', 'L2-L3', 'mild', 'disc'],
      ['affirmed', 'canal', 'L4-L5', 'severe', 'disc'],
    ]);
    // The grade affirms its own item against a negation before it.
    expect(items('No stenosis at L3-4, mild at L4-5.')).toEqual([
      ['negated', 'unspecified', 'L3-L4', '', ''],
      ['affirmed', 'unspecified', 'L4-L5', 'mild', ''],
    ]);
    // Without a narrowing word before it, the grade is another finding's.
    expect(items('Mild disc bulge at L3-4, moderate at L4-5.')).toEqual([]);
  });

  it('reads a template line per site as its own statement, and a label that asks for the grade', () => {
    expect(read('Right neural foramen: moderate\nLeft neural foramen: mild')).toEqual([
      ['neural foramen: moderate', 'affirmed', 'foramen', 'moderate', 'right'],
      ['neural foramen: mild', 'affirmed', 'foramen', 'mild', 'left'],
    ]);
    expect(read('Degree of canal stenosis: moderate.')).toEqual([['canal stenosis: moderate', 'affirmed', 'canal', 'moderate', '']]);
    expect(read('Severity of foraminal narrowing: mild.')).toEqual([['foraminal narrowing: mild', 'affirmed', 'foramen', 'mild', '']]);
  });
});

// A structured report names the level (and side) before the site label: the colon still joins the
// label to its answer.
describe('a site label after its level', () => {
  const read = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.site, m.levels.map((l) => l.normalized).join(','), m.laterality ?? '']);

  it.each([
    ['L4-5 foramina: mild narrowing.', ['foramina: mild narrowing', 'affirmed', 'foramen', 'L4-L5', '']],
    ['L4-5 canal: patent.', ['canal: patent', 'negated', 'canal', 'L4-L5', '']],
    ['L4-5 central canal: moderate stenosis.', ['central canal: moderate stenosis', 'affirmed', 'canal', 'L4-L5', '']],
    ['Right L4-5 foramen: severe narrowing.', ['foramen: severe narrowing', 'affirmed', 'foramen', 'L4-L5', 'right']],
    ['L4-5 right foramen: severe.', ['foramen: severe', 'affirmed', 'foramen', 'L4-L5', 'right']],
    ['At L4-5, the canal: mild stenosis.', ['canal: mild stenosis', 'affirmed', 'canal', 'L4-L5', '']],
  ])('reads "%s"', (text, mention) => {
    expect(read(text)).toEqual([mention]);
  });
});

describe('one adjective over two causes', () => {
  it('reads "hypertrophied ligamentum flavum and facets" as both the ligament and the bone', () => {
    const [m] = findMentions({ id: 'n', kind: 'note', text: 'Severe L4-5 canal stenosis from hypertrophied ligamentum flavum and facets.' });
    expect(m?.mechanisms).toEqual(['osseous', 'connective-tissue']);
  });
});

// Shorthand sides and provocative tests, as spine clinics chart them.
describe('lone side letters and examination results', () => {
  const read = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.span.text, m.status, m.site, m.laterality ?? '']);

  it('reads a lone R, L, Rt or Lt before a level or a site as that side, and nowhere else', () => {
    expect(read('R C5-6 HNP with severe R NFN.')).toEqual([['NFN', 'affirmed', 'foramen', 'right']]);
    expect(read('Severe L NFN at L4-5.')).toEqual([['NFN', 'affirmed', 'foramen', 'left']]);
    expect(read('Lt foraminal stenosis at L5-S1.')).toEqual([['foraminal stenosis', 'affirmed', 'foramen', 'left']]);
    // A comparison of the sides still says both.
    expect(read('Rt<Lt foraminal narrowing L4-5.')).toEqual([['foraminal narrowing', 'affirmed', 'foramen', 'bilateral']]);
    expect(read('R/O stenosis at L4-5.').map((m) => m[3])).toEqual(['']);
    expect(read('L spine MRI: mild canal stenosis at L4-5.').map((m) => m[3])).toEqual(['']);
  });

  it('reads a compression word followed by a test result as an examination, not a narrowing', () => {
    expect(read('Ortho: Foraminal compression neg b/l.')).toEqual([]);
    expect(read('Max foraminal compression: positive on the right.')).toEqual([]);
    expect(read('Foraminal compression (+) R, Spurling test negative.')).toEqual([]);
    expect(read('Foraminal compression -, Spurling +.')).toEqual([]);
    // A dash that leads on to a grade is punctuation, not a result.
    expect(read('Cord compression - severe at C5-6.')).toEqual([['Cord compression', 'affirmed', 'canal', '']]);
    expect(read('Moderate foraminal compression of the C6 root.')).toEqual([['foraminal compression', 'affirmed', 'foramen', '']]);
  });
});
