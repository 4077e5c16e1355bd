import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const read = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => ({ text: m.span.text, status: m.status, levels: m.levels.map((l) => l.normalized), severity: m.severity }));

describe('an exception to a statement over every level', () => {
  it('affirms the finding at the excepted level, graded there', () => {
    expect(read('No significant canal stenosis at any level except L4-5 where it is moderate.')).toEqual([{ text: 'canal stenosis', status: 'affirmed', levels: ['L4-L5'], severity: 'moderate' }]);
  });

  it.each(['other than at L4-5', 'apart from L4-5', 'aside from L4-5', 'besides L4-5', 'save for L4-5', 'with the exception of L4-5', 'anywhere but L4-5'])('reads "no canal stenosis %s" as affirmed at L4-5', (rest) => {
    const [m] = read(`No canal stenosis ${rest}.`);
    expect(m).toMatchObject({ status: 'affirmed', levels: ['L4-L5'] });
  });

  it('keeps the negated part at the levels it names itself, then affirms the excepted one', () => {
    expect(read('No stenosis at L2-3 or L3-4, except moderate at L4-5.')).toEqual([
      { text: 'stenosis', status: 'negated', levels: ['L2-L3', 'L3-L4'], severity: null },
      { text: 'stenosis', status: 'affirmed', levels: ['L4-L5'], severity: 'moderate' },
    ]);
    expect(read('No canal stenosis at C3-4 or C4-5 except at C5-6 where it is severe.').map((m) => [m.status, m.levels.join()])).toEqual([
      ['negated', 'C3-C4,C4-C5'],
      ['affirmed', 'C5-C6'],
    ]);
  });

  it('leaves the negated part without the level a later finding owns', () => {
    expect(read('No foraminal narrowing, except mild left L4-5 narrowing.').map((m) => [m.status, m.levels])).toEqual([
      ['negated', []],
      ['affirmed', ['L4-L5']],
    ]);
  });

  it('drops the excepted level from an affirmed statement', () => {
    expect(read('Stenosis at all levels except L2-3.')).toMatchObject([{ status: 'affirmed', levels: [] }]);
  });

  it('changes nothing when the exception names no level', () => {
    expect(read('No stenosis except as noted above.')).toMatchObject([{ status: 'negated', levels: [] }]);
  });
});

describe('a patent canal with an exception', () => {
  const site = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.status, m.site, m.levels.map((l) => l.normalized).join(','), m.severity ?? '']);

  it('affirms the narrowing said after the exception at the excepted level, graded there', () => {
    // Once read at no level: the levels before the exception (none) were the narrowing's.
    expect(site('Central canal: patent at all levels except L4-5 where there is moderate narrowing.')).toEqual([['affirmed', 'canal', 'L4-L5', 'moderate']]);
  });

  it('gives a site-less window after the exception the same site', () => {
    expect(site('The canal is patent except at L4-5, where there is moderate stenosis.')).toEqual([
      ['negated', 'canal', '', ''],
      ['affirmed', 'canal', 'L4-L5', 'moderate'],
    ]);
    expect(site('No foraminal stenosis except at L5-S1, where there is mild narrowing on the left.')).toEqual([
      ['negated', 'foramen', '', ''],
      ['affirmed', 'foramen', 'L5-S1', 'mild'],
    ]);
  });
});

describe('a statement over every level', () => {
  const levels = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.levels.map((l) => l.normalized).join(','));

  it('takes no level from the sentence before it', () => {
    // Once "T12-L1", from "The conus ends at T12-L1."
    expect(levels('The conus ends at T12-L1. Central canal and neural foramina are widely patent at all levels.')).toEqual(['', '']);
    expect(levels('The conus ends at T12-L1. No canal stenosis at any level.')).toEqual(['']);
    expect(levels('T3-4: normal canal. Multilevel degenerative disc disease with foraminal compromise as described above.')).toEqual(['T3-T4', '']);
    // Without such words the look-back stands.
    expect(levels('L4-5: Disc bulge. Mild canal stenosis.')).toEqual(['L4-L5']);
  });
});

describe('a statement whose only region is a nerve root', () => {
  const levels = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.levels.map((l) => l.normalized).join(','));

  it('takes the level before it where the root passes through that segment', () => {
    // Once at no level: the root's region kept the look-back out.
    expect(levels('L5-S1: Disc bulge. Bilateral severe foraminal stenosis with compression of exiting L5 nerve roots.')).toEqual(['L5-S1', 'L5-S1']);
    expect(levels('C6-7: Annular bulging. Impingement upon the exiting C7 nerve root.')).toEqual(['C6-C7']);
  });

  it('reads the root by the anatomy the radiculopathy checks use', () => {
    // C8 leaves at C7-T1; a cervical root only through the segment above its vertebra.
    expect(levels('C7-T1: discectomy. No further compression on the left C8 nerve root.')).toEqual(['C7-T1']);
    expect(levels('C6-7: Annular bulging. Impingement upon the C6 nerve root.')).toEqual(['']);
  });

  it('takes none where the root is another segment\'s', () => {
    expect(levels('L3-4: Disc bulge. Severe foraminal stenosis with compression of the exiting L5 nerve root.')).toEqual(['', '']);
  });
});
