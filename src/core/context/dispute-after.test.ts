import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findConditions } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';
import { DISPUTE, disputeAfter } from './dispute-after';

const stenosis = (text: string) => findMentions({ id: 'n', kind: 'note', text }).map((m) => m.status);
const conditions = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status]);

// A reviewer disputes, in the next sentence, the diagnosis the sentence before states.
describe('a diagnosis disputed by the next sentence', () => {
  it('is negated when the reviewer disagrees with it or finds it unsupported', () => {
    expect(stenosis('The referral letter lists canal stenosis at L4-5. I do not agree with the prior diagnosis.')).toEqual(['negated']);
    expect(stenosis('Foraminal stenosis at C5-6 per the referral. This diagnosis is not supported by the films.')).toEqual(['negated']);
    expect(conditions('Records list cervical myelopathy. We disagree with this impression.')).toEqual([['myelopathy', 'negated']]);
    expect(conditions('Lumbar radiculopathy per the chiropractor. However, the examiner does not concur with that assessment.')).toEqual([['radiculopathy', 'negated']]);
  });

  it('is uncertain when it is questioned or doubted', () => {
    expect(stenosis('Lateral recess stenosis at L5-S1 was reported. That diagnosis was questioned by the neurosurgeon.')).toEqual(['uncertain']);
    expect(conditions('Disc herniation at L4-5. This is doubtful.')).toEqual([['disc-displacement', 'uncertain']]);
  });

  it('leaves agreement, a dispute that names its own diagnosis, and other disagreements', () => {
    expect(stenosis('Canal stenosis at L3-4. I agree with the prior diagnosis.')).toEqual(['affirmed']);
    // "...the diagnosis of radiculopathy" names its target: the stenosis before it stands.
    expect(stenosis('Foraminal stenosis at L4-5. I do not agree with the diagnosis of radiculopathy.')).toEqual(['affirmed']);
    expect(stenosis('Moderate canal stenosis at L4-5. The patient disagrees with the plan.')).toEqual(['affirmed']);
    // Only the sentence right before is disputed.
    expect(stenosis('Canal stenosis at L4-5. Facet arthropathy. I do not agree with the prior reading.')).toEqual(['affirmed']);
    // A status its own sentence set stays.
    expect(stenosis('No canal stenosis at L4-5. I disagree with the outside reading.')).toEqual(['negated']);
  });

  it('a dispute in its own sentence: "was questioned" after the finding is uncertain', () => {
    expect(stenosis('Dx of spinal stenosis was questioned.')).toEqual(['uncertain']);
    expect(stenosis('The diagnosis of L4-5 foraminal stenosis has been called into question.')).toEqual(['uncertain']);
  });

  it('quotes the dispute as the trigger', () => {
    const text = 'Lumbar stenosis. I do not agree with the prior diagnosis.';
    expect(disputeAfter(text, 15, 'n')).toEqual({ status: 'negated', trigger: { fieldId: 'n', start: 17, end: 56, text: 'I do not agree with the prior diagnosis' } });
    expect(disputeAfter('Lumbar stenosis. Plan: PT.', 15, 'n')).toBeUndefined();
  });
});

describe('a bare disagreement opening the next sentence', () => {
  it('disputes the diagnosis just stated', () => {
    expect(stenosis('Diagnosis per the referring note: cervical stenosis. I disagree: the films show a normal canal.')).toEqual(['negated', 'negated']);
    expect(stenosis('The claimant was told she has foraminal stenosis at L5-S1. I do not agree.')).toEqual(['negated']);
    expect(conditions('Prior diagnosis: lumbar radiculopathy. We disagree, as the EMG was normal.')).toEqual([['radiculopathy', 'negated']]);
  });

  it('does not take a disagreement about something the sentence goes on to name', () => {
    expect(stenosis('Canal stenosis at L4-5. I disagree with the plan for surgery.')).toEqual(['affirmed']);
    expect(stenosis('Canal stenosis at L4-5. I do not agree that surgery is needed.')).toEqual(['affirmed']);
  });
});

describe('disputeAfter', () => {
  it('answers as DISPUTE alone does, at any position (its first-letter check passes over no match)', () => {
    const pieces = ['I do not agree with the prior diagnosis', 'We disagree', 'however, ', 'On review ', 'this is doubtful', 'That diagnosis was questioned', 'his impression is refuted', 'such a reading is disputed', 'said dx is questionable', 'its assessment is unsupported', 'the examiner disputes the diagnosis', 'Stenosis', 'x', '.', ';', '!', ':', ' ', '  ', '\n', '\t', '\u00a0', '\u2003', 'é', '_'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }).map((ps) => ps.join('')), fc.nat(200), (text, n) => {
        const at = n % (text.length + 1);
        DISPUTE.lastIndex = at;
        const m = DISPUTE.exec(text);
        const found = disputeAfter(text, at, 'f');
        expect(found?.trigger.text).toBe(m ? (m[1] ?? m[2]) : undefined);
      }),
      { numRuns: 5000 },
    );
  });
});
