import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { verdictOn } from '../../../test/support/code-and-note';
import { findMentions } from './find-mentions';

const lookup = loadSpineLookup();
const verdict = (code: string, note: string) => verdictOn(code, note, code, { lookup });
const mentionsOf = (note: string) => findMentions({ id: 'n', kind: 'note', text: note });

// QA stop 49, class C1: the gynaecological word stands outside the stenosis word's clause.
describe('a narrowing of the uterine cervix, named beyond its own clause', () => {
  it.each([
    // Same sentence, another clause.
    'Cervical stenosis noted, so the endometrial biopsy catheter could not be passed through the endocervical canal.',
    // In a parenthesis.
    'Dx: cervical stenosis (status post cone biopsy).',
    // The os after a comma.
    'Speculum placed. Internal os tight, stenotic.',
    // The section's heading.
    'Pelvic exam: vulva normal. Stenotic cervical opening, could not admit the sound.',
    // The note as a whole: gynaecological, nothing of the spine.
    'Annual well-woman visit. Pap collected last year.\nProblem list: cervical stenosis.',
  ])('%s', (note) => {
    expect(mentionsOf(note)).toEqual([]);
    expect(verdict('M48.02', note)).not.toBe('supported');
  });

  it.each([
    // A level places it in the spine, whatever else the note holds.
    'Pap smear up to date. MRI: cervical stenosis at C5-6 with cord flattening.',
    // Another spinal word in the note: the one-line diagnosis is the spine's.
    'Well-woman exam and Pap done today. Chronic neck pain with radiculopathy into the left arm.\nAssessment: cervical stenosis.',
    // The section is not gynaecological.
    'Pelvic exam: deferred.\nNeuro: hyperreflexia in both arms.\nImpression: cervical spinal stenosis with myelopathy.',
    // Gynaecological words only in the patient's history lines; "cervical canal" is the spine's canal.
    'Assessment: cervical stenosis, symptomatic.\nPMH: uterine fibroids, s/p LEEP 2015.',
    'Cervical canal stenosis.\nPast surgical history: hysteroscopy.',
  ])('still reads the spine: %s', (note) => {
    expect(verdict('M48.02', note)).toBe('supported');
  });
});
