import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { verdictOn } from '../../../test/support/code-and-note';

const lookup = loadSpineLookup();
const verdict = (code: string, note: string) => verdictOn(code, note, code, { lookup });

// QA stop 48, class J: "cervical" also names the uterine cervix (N88.2, not M48.02).
describe('cervical stenosis of the uterine cervix is not spinal', () => {
  it.each([
    'Colposcopy performed. Cervical stenosis at the external os, dilated to 5 mm.',
    'Pelvic exam: severe cervical stenosis on speculum exam.',
    'Hysteroscopy aborted because of cervical stenosis of the internal os.',
    'Cervical stenosis after loop electrosurgical excision, uterine sound would not pass.',
  ])('%s', (note) => {
    expect(verdict('M48.02', note)).not.toBe('supported');
  });

  it.each([
    'MRI cervical spine: severe cervical canal stenosis at C5-6 with cord compression.',
    'Impression: cervical spinal stenosis C4-5 and C5-6, worse since the prior study.',
  ])('still reads the spine: %s', (note) => {
    expect(verdict('M48.02', note)).toBe('supported');
  });
});
