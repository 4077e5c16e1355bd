import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

const causeOf = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.mechanisms);

// The clinical brief (§5.2) puts a facet or synovial cyst among the connective-tissue causes of a
// narrowing [our reasoning], which the Index sends to "Stenosis, neural canal, connective tissue"
// (M99.4-) and "Stenosis, intervertebral foramina, connective tissue" (M99.7-). The cyst itself has an
// Index path of its own (Cyst, synovial, see also Cyst, bursa: M71.3-); the stenosis it causes has
// none (no cyst subterm under Stenosis, spinal, neural canal or intervertebral foramina), so no
// other code is offered for it here.
describe('a synovial, facet or juxtafacet cyst as the cause of a narrowing', () => {
  it.each([
    ['Severe canal stenosis at L4-5 due to a synovial cyst.'],
    ['Moderate right lateral recess stenosis from a facet synovial cyst at L4-5.'],
    ['L4-5 canal stenosis secondary to a juxtafacet cyst.'],
    ['Large left L4-5 synovial cyst causing severe canal stenosis.'],
    ['Severe stenosis (synovial cyst) at L4-5.'],
    ['Right L5-S1 facet joint cyst with moderate foraminal narrowing.'],
    ['Canal stenosis at L3-4 due to juxta-articular cysts.'],
  ])('%s', (text) => {
    expect(causeOf(text)).toEqual([['connective-tissue']]);
  });

  it('reads no cause from a cyst merely listed, denied, or of another kind', () => {
    expect(causeOf('Moderate canal stenosis at L4-5. Small synovial cyst at L3-4.')[0]).toEqual([]);
    expect(causeOf('Severe canal stenosis at L4-5 without synovial cyst.')[0]).toEqual([]);
    expect(causeOf('Canal stenosis at S1 due to a Tarlov cyst.')[0]).toEqual([]);
    expect(causeOf('Foraminal narrowing at S2 from a perineural cyst.')[0]).toEqual([]);
  });
});
