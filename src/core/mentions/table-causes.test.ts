import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const mentionsOf = (text: string) => findMentions({ id: 'n', kind: 'note', text });

// QA stop 49, class C5: a grading table's cell or a report's impression gives the cause in brackets.
describe('a cause in brackets after a grade or a narrowing', () => {
  const table = [
    '| Level | Canal | Right foramen | Left foramen |',
    '|---|---|---|---|',
    '| C5-6 | mild | moderate (uncovertebral spur) | mild (disc, osteophyte) |',
  ].join('\n');

  it("reads a foramen cell's bracketed cause as the mechanism", () => {
    const foramina = mentionsOf(table).filter((m) => m.site === 'foramen');
    expect(foramina.map((m) => [m.laterality, m.severity, m.mechanisms])).toEqual([
      ['right', 'moderate', ['osseous']],
      ['left', 'mild', ['disc', 'osseous']],
    ]);
  });

  it.each([
    ['Moderate right C6-7 foraminal narrowing (uncovertebral osteophytes).', ['osseous']],
    ['Mild L3-4 canal stenosis (ligamentum flavum thickening).', ['connective-tissue']],
  ])('%s', (text, mechanisms) => {
    expect(mentionsOf(text)[0]?.mechanisms).toEqual(mechanisms);
  });

  it('leaves a bracket that does not follow the narrowing alone', () => {
    expect(
      mentionsOf('Moderate right C6-7 foraminal narrowing. Incidental note (osteophytes at C3).')[0]
        ?.mechanisms,
    ).toEqual([]);
  });
});
