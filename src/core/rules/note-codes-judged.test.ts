import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const noteOnly = (text: string) => analyze({ fields: [{ id: 'n', kind: 'note', text }] });
const judged = (text: string) => (noteOnly(text).verdicts ?? []).map((v) => v.code);

// QA stop 60: with no diagnosis field, every code the note named was judged as today's, and a
// resolved prior-visit code got "the note documents nothing at the cervical region".
describe('codes judged on a page with no diagnosis field', () => {
  it('judges the codes the note names as current, not those it names as past or denied', () => {
    expect(
      judged(
        'Tender and restricted L4.\nAssessment: M99.03 Subluxation lumbar L4. Prior visit dx M99.01 cervical, resolved.',
      ),
    ).toEqual(['M99.03']);
    expect(judged('History of M48.062, s/p laminectomy 2019. Today: M54.50 low back pain.')).toEqual([
      'M54.50',
    ]);
    expect(judged('Dx: M51.26 lumbar disc herniation at L4-5.')).toEqual(['M51.26']);
  });

  it('keeps every code of a diagnosis field, whatever the note says of it', () => {
    const result = analyze({
      fields: [
        { id: 'dx', kind: 'diagnosis', text: 'M99.01' },
        { id: 'n', kind: 'note', text: 'Prior visit dx M99.01 cervical, resolved.' },
      ],
    });
    expect(result.verdicts?.map((v) => v.code)).toEqual(['M99.01']);
  });

  it('still lists every code written on the page in codes', () => {
    expect(noteOnly('Assessment: M99.03. Prior visit dx M99.01, resolved.').codes.map((c) => c.code)).toEqual(
      ['M99.03', 'M99.01'],
    );
  });
});
