import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';

/** Status (and trigger text) of the first occurrence of `target` in `text`. */
function statusOf(text: string, target: string) {
  const start = text.indexOf(target);
  if (start < 0) throw new Error(`"${target}" not in "${text}"`);
  const result = assessContext(text, { start, end: start + target.length });
  return { status: result.status, trigger: result.trigger?.text ?? null };
}

describe('assessContext', () => {
  it('negates only the canal in "No canal stenosis; moderate left C5-6 foraminal narrowing."', () => {
    const text = 'No canal stenosis; moderate left C5-6 foraminal narrowing.';
    expect(statusOf(text, 'canal')).toEqual({ status: 'negated', trigger: 'No' });
    expect(statusOf(text, 'foraminal')).toEqual({ status: 'affirmed', trigger: null });
  });

  it('ends the negation at "but" in "No central stenosis but severe right foraminal narrowing at L5-S1."', () => {
    expect(statusOf('No central stenosis but severe right foraminal narrowing at L5-S1.', 'foraminal').status).toBe('affirmed');
  });

  it('ends the negation at a graded new item in "Normal central canal with moderate foraminal narrowing at C6-7."', () => {
    const text = 'Normal central canal with moderate foraminal narrowing at C6-7.';
    expect(statusOf(text, 'canal').status).toBe('negated');
    expect(statusOf(text, 'foraminal').status).toBe('affirmed');
  });

  it('ends the negation at a new numbered item in "1) Normal canal 2) Severe left foraminal stenosis"', () => {
    expect(statusOf('1) Normal canal 2) Severe left foraminal stenosis', 'foraminal').status).toBe('affirmed');
  });

  it('keeps a negation inside its brackets in "(no canal stenosis) severe foraminal stenosis at C5-6"', () => {
    expect(statusOf('(no canal stenosis) severe foraminal stenosis at C5-6', 'foraminal').status).toBe('affirmed');
  });

  it('reads "Cannot exclude" as uncertain, not negated, in "Cannot exclude left C5-6 foraminal stenosis."', () => {
    expect(statusOf('Cannot exclude left C5-6 foraminal stenosis.', 'foraminal stenosis')).toEqual({ status: 'uncertain', trigger: 'Cannot exclude' });
  });

  it('reads "possible" as uncertain in "Possible mild right L4-5 foraminal narrowing."', () => {
    expect(statusOf('Possible mild right L4-5 foraminal narrowing.', 'foraminal').status).toBe('uncertain');
  });

  it('ignores the pseudo-trigger "no increase" in "There is no increase in the L4-5 foraminal stenosis."', () => {
    expect(statusOf('There is no increase in the L4-5 foraminal stenosis.', 'foraminal stenosis').status).toBe('affirmed');
  });

  it('ignores the pseudo-trigger "not only" in "Not only foraminal stenosis but also cord compression at C5-6."', () => {
    expect(statusOf('Not only foraminal stenosis but also cord compression at C5-6.', 'foraminal stenosis').status).toBe('affirmed');
  });

  it('negates backwards from "is ruled out" in "Central canal stenosis is ruled out."', () => {
    expect(statusOf('Central canal stenosis is ruled out.', 'canal')).toEqual({ status: 'negated', trigger: 'is ruled out' });
  });

  it('negates backwards from "are patent" in "L5-S1: Central canal and neural foramina are patent."', () => {
    expect(statusOf('L5-S1: Central canal and neural foramina are patent.', 'foramina').status).toBe('negated');
  });

  it('reads a study ordered to look for a condition as uncertain: "MRI to assess for foraminal stenosis."', () => {
    expect(statusOf('Plan: MRI to assess for foraminal stenosis.', 'foraminal stenosis')).toEqual({ status: 'uncertain', trigger: 'assess for' });
    expect(statusOf('CT looking for canal stenosis.', 'canal stenosis')).toEqual({ status: 'uncertain', trigger: 'looking for' });
  });

  it('negates backwards from the clinician\'s doubt: "Neurogenic claudication is not convincing."', () => {
    expect(statusOf('Neurogenic claudication is not convincing.', 'Neurogenic claudication')).toEqual({ status: 'negated', trigger: 'not convincing' });
    expect(statusOf('Foraminal stenosis at L4-5 is unconvincing.', 'Foraminal stenosis')).toEqual({ status: 'negated', trigger: 'unconvincing' });
  });

  it('marks "History of lumbar stenosis." as historical', () => {
    expect(statusOf('History of lumbar stenosis.', 'stenosis')).toEqual({ status: 'historical', trigger: 'History of' });
  });

  it('marks a stenosis treated by surgery as historical: "Lumbar stenosis status post L4-5 laminectomy."', () => {
    expect(statusOf('Lumbar stenosis status post L4-5 laminectomy.', 'stenosis')).toEqual({ status: 'historical', trigger: 'status post' });
  });

  it('marks "Mother had lumbar spinal stenosis." as family', () => {
    expect(statusOf('Mother had lumbar spinal stenosis.', 'stenosis').status).toBe('family');
  });

  it('marks consent risks as hypothetical in "Risks include nerve root injury and recurrent stenosis."', () => {
    expect(statusOf('Risks include nerve root injury and recurrent stenosis.', 'stenosis').status).toBe('hypothetical');
  });

  it('prefers negated over historical in "No history of foraminal stenosis."', () => {
    expect(statusOf('No history of foraminal stenosis.', 'foraminal').status).toBe('negated');
  });

  it('negates in all caps: "NO SIGNIFICANT CENTRAL CANAL STENOSIS."', () => {
    expect(statusOf('NO SIGNIFICANT CENTRAL CANAL STENOSIS.', 'CANAL')).toEqual({ status: 'negated', trigger: 'NO SIGNIFICANT' });
  });

  it('negates a templated review of systems: "Review of systems: denies numbness, weakness or bowel changes."', () => {
    expect(statusOf('Review of systems: denies numbness, weakness or bowel changes.', 'weakness').status).toBe('negated');
  });

  it('reads the cue in front of a target that starts with a cue word: "In no acute distress."', () => {
    expect(statusOf('In no acute distress.', 'acute distress').status).toBe('negated');
  });

  it('does not let a negation cross a sentence end: "No cord signal change. Severe foraminal stenosis at C6-7."', () => {
    expect(statusOf('No cord signal change. Severe foraminal stenosis at C6-7.', 'foraminal').status).toBe('affirmed');
  });

  it('limits "normal" to the words right after it: "Normal alignment of the vertebral bodies and severe foraminal narrowing at C5-6."', () => {
    expect(statusOf('Normal alignment of the vertebral bodies and severe foraminal narrowing at C5-6.', 'foraminal').status).toBe('affirmed');
  });

  it('reads a hedged cause ("likely due to", "probably secondary to") as uncertain for what follows it only', () => {
    expect(statusOf('The appearance is likely due to mild foraminal stenosis at C4-5.', 'foraminal')).toEqual({ status: 'uncertain', trigger: 'is likely due to' });
    expect(statusOf('Symptoms are most likely secondary to canal stenosis at L4-5.', 'canal').status).toBe('uncertain');
    expect(statusOf('Pain probably from foraminal narrowing at C6-7.', 'foraminal').status).toBe('uncertain');
    // The hedge is on the cause named after it; the stenosis before it is stated.
    expect(statusOf('Severe foraminal stenosis at L4-5, likely due to facet arthropathy.', 'foraminal').status).toBe('affirmed');
    // Without the cause phrase, "is likely" still reaches back.
    expect(statusOf('Canal stenosis is likely.', 'Canal').status).toBe('uncertain');
  });

  it('reads a modal relative clause as hypothetical, a present-tense one as stated', () => {
    expect(statusOf('Bleeding into the epidural space, which can compress the spinal cord.', 'compress').status).toBe('hypothetical');
    expect(statusOf('A fragment which compresses the S1 root.', 'compresses').status).toBe('affirmed');
    expect(statusOf('There is the possibility of foraminal stenosis at C6-7.', 'foraminal').status).toBe('uncertain');
  });

  it('uses the section status when no cue applies', () => {
    const text = 'Lumbar stenosis.';
    expect(assessContext(text, { start: 7, end: 15 }, { sectionStatus: 'historical' }).status).toBe('historical');
  });

  it('on a tie in status and distance quotes the earlier cue: "no" before "not seen" in "no stenosis not seen"', () => {
    const result = assessContext('no stenosis not seen', { start: 3, end: 11 });
    expect(result.status).toBe('negated');
    expect(result.trigger?.text).toBe('no');
  });

  it('quotes the nearest of several cues of the same status, wherever it stands in the sentence', () => {
    const text = 'no canal stenosis, no cord compression, no foraminal stenosis';
    expect(assessContext(text, { start: 25, end: 38 }).trigger).toMatchObject({ start: 19, text: 'no' });
    expect(assessContext(text, { start: 9, end: 17 }).trigger).toMatchObject({ start: 0, text: 'no' });
  });
});

// "As previously reported" says the finding agrees with an earlier report: it is there now.
describe('an aside that the finding was reported before', () => {
  it('leaves the finding current', () => {
    expect(statusOf('Foraminal stenosis at L4-5, as previously reported.', 'stenosis').status).toBe('affirmed');
    expect(statusOf('Foraminal stenosis at C5-6, not C4-5 as previously reported.', 'stenosis').status).toBe('affirmed');
    expect(statusOf('Canal stenosis at L4-5 as was noted before.', 'stenosis').status).toBe('affirmed');
  });

  it('leaves other history wording historical', () => {
    expect(statusOf('Foraminal stenosis at L4-5 was previously reported.', 'stenosis').status).toBe('historical');
    expect(statusOf('Previously reported stenosis at L4-5.', 'stenosis').status).toBe('historical');
    expect(statusOf('History of stenosis at L4-5, as previously noted.', 'stenosis').status).toBe('historical');
  });
});

