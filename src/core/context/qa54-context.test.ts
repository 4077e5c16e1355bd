import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';

// Blind QA stop 54: each class tested by its shape, with sentences of our own. `word` is the
// target (its first occurrence); the answer is its status and the trigger's text.
const read = (text: string, word: string) => {
  const at = text.indexOf(word);
  const r = assessContext(text, { start: at, end: at + word.length });
  return [r.status, r.trigger?.text];
};

describe('H1: a bare denial right after the finding, where its clause ends', () => {
  it.each([
    ['Lumbar canal stenosis at L3-4. Neurogenic claudication absent.', 'claudication', 'absent'],
    ["Cervical myelopathy clinically absent on today's exam.", 'myelopathy', undefined],
    ['Degenerative changes C6-7; myelopathy currently absent.', 'myelopathy', 'currently absent'],
    ['Right L5 radiculopathy absent.', 'radiculopathy', 'absent'],
    ['Central disc protrusion L5-S1 absent.', 'protrusion', 'absent'],
    ['Foraminal narrowing absent at L4-5.', 'narrowing', 'absent'],
  ])('"%s" (%s)', (text, word, trigger) => {
    const [status, got] = read(text, word);
    if (trigger === undefined) {
      // Followed by more words, "absent" says nothing backward: the control.
      expect(status).toBe('affirmed');
    } else expect([status, got]).toEqual(['negated', trigger]);
  });

  it('leaves a finding when the word denies something named between them, or reads forward', () => {
    expect(read('Left S1 radiculopathy, ankle jerk absent.', 'radiculopathy')[0]).toBe('affirmed');
    expect(read('L4-5 disc extrusion with absent left Achilles reflex.', 'extrusion')[0]).toBe('affirmed');
    expect(read('Canal stenosis at L2-3 with reflexes absent.', 'stenosis')[0]).toBe('affirmed');
  });
});

describe('H2: hedges and denials said after the qualifier', () => {
  it.each([
    ['Lumbar radiculopathy - doubt.', 'radiculopathy', 'uncertain', 'doubt'],
    ['Myelopathy in doubt; awaiting MRI.', 'Myelopathy', 'uncertain', 'in doubt'],
    ['Radiculopathy: not clinically evident.', 'Radiculopathy', 'negated', 'not clinically evident'],
    [
      'Cord compression is not radiographically apparent at C4-5.',
      'compression',
      'negated',
      'is not radiographically apparent',
    ],
    [
      'Thoracic myelopathy remains in the differential for her gait change.',
      'myelopathy',
      'uncertain',
      'remains in the differential',
    ],
    [
      'Left L4 radiculopathy is also on the differential diagnosis.',
      'radiculopathy',
      'uncertain',
      'is also on the differential diagnosis',
    ],
  ])('"%s" → %s', (text, word, status, trigger) => {
    expect(read(text, word)).toEqual([status, trigger]);
  });

  it('reads "concerning for" and an imperative "consider" as hedges, capped to the words after it', () => {
    expect(read('MRI findings are concerning for early cervical myelopathy.', 'myelopathy')).toEqual([
      'uncertain',
      'are concerning for',
    ]);
    expect(read('Appearance suspicious for a sequestered fragment.', 'sequestered')[0]).toBe('uncertain');
    expect(read('Consider lumbar radiculopathy; EMG ordered.', 'radiculopathy')).toEqual([
      'uncertain',
      'Consider',
    ]);
    expect(read('Should consider L3-4 canal stenosis.', 'stenosis')).toEqual([
      'uncertain',
      'Should consider',
    ]);
    // What is considered further on is a treatment for an established finding.
    expect(
      read('Consider a transforaminal epidural injection for left L5 radiculopathy.', 'radiculopathy')[0],
    ).toBe('affirmed');
    expect(read('Consider physical therapy for the L4-5 stenosis.', 'stenosis')[0]).toBe('affirmed');
  });
});

describe('H2/H3: put forward, then disproved in the same sentence', () => {
  it.each([
    ['Radiculopathy was considered but EMG was normal.', 'Radiculopathy', 'but EMG was normal'],
    [
      'C7 radiculopathy was initially suspected, but nerve conduction studies came back negative.',
      'radiculopathy',
      'but nerve conduction studies came back negative',
    ],
    [
      'Canal stenosis at T11-12 was suspected on the plain films but the CT showed none.',
      'stenosis',
      'but the CT showed none',
    ],
    [
      'Possible myelopathy was queried, however the MRI did not confirm it.',
      'myelopathy',
      'however the MRI did not confirm',
    ],
  ])('"%s"', (text, word, trigger) => {
    expect(read(text, word)).toEqual(['negated', trigger]);
  });

  it('needs the finding put forward first, and a disproving result', () => {
    expect(read('L5-S1 disc herniation, but EMG was normal.', 'herniation')[0]).toBe('affirmed');
    expect(
      read('Myelopathy was suspected and MRI showed cord signal change at C5-6.', 'Myelopathy')[0],
    ).not.toBe('negated');
    expect(
      read('Stenosis was suspected clinically but MRI showed severe narrowing.', 'Stenosis')[0],
    ).not.toBe('negated');
  });
});

describe('H3: a finding of a dated earlier study, or one later resolved or operated on', () => {
  it.each([
    [
      'Right C6-7 foraminal narrowing was noted on the 2020 CT scan.',
      'narrowing',
      'historical',
      'was noted on the 2020 CT scan',
    ],
    [
      'L3-4 canal stenosis was demonstrated in a 2018 MRI, since decompressed.',
      'stenosis',
      'historical',
      'was demonstrated in a 2018 MRI',
    ],
    ['Foraminal stenosis at L5-S1, since decompressed.', 'stenosis', 'historical', 'since decompressed'],
    [
      'Left L4-5 lateral recess stenosis; since resolved after laminotomy.',
      'stenosis',
      'negated',
      'resolved',
    ],
    [
      'Canal stenosis at C4-5; surgically decompressed in March.',
      'stenosis',
      'historical',
      'surgically decompressed',
    ],
    ['Foraminal stenosis at L4-5. Resolved following foraminotomy.', 'stenosis', 'negated', 'Resolved'],
  ])('"%s" → %s', (text, word, status, trigger) => {
    expect(read(text, word)).toEqual([status, trigger]);
  });

  it('keeps a finding seen again now, and a clause with its own subject to itself', () => {
    expect(read('L4-5 canal stenosis was seen on the 2021 MRI and is unchanged today.', 'stenosis')[0]).toBe(
      'affirmed',
    );
    expect(read('L4-5 canal stenosis; radicular pain resolved after the injection.', 'stenosis')[0]).toBe(
      'affirmed',
    );
    expect(read('L4-5 canal stenosis; resolved leg pain with rest.', 'stenosis')[0]).toBe('affirmed');
    expect(read('Moderate canal stenosis at L4-5 on the current MRI.', 'stenosis')[0]).toBe('affirmed');
  });
});

describe('H6: a checkbox answer answers its own label', () => {
  it('does not reach the line after its row', () => {
    const text = 'Radicular pain: [ ] Yes [x] No\nBroad-based L3-4 disc bulge on MRI.';
    expect(read(text, 'bulge')[0]).toBe('affirmed');
    expect(read(text, 'Radicular')[0]).toBe('negated');
    const two = 'Myelopathy: [ ] yes [x] no\nCord compression: [ ] yes [x] no\nC5-6 foraminal stenosis.';
    expect(read(two, 'foraminal')[0]).toBe('affirmed');
  });

  it('reads each label of a line of several rows by its own boxes', () => {
    const text = 'Stenosis: [x] No [ ] Yes   Listhesis: [ ] No [x] Yes  (L5-S1)';
    expect(read(text, 'Listhesis')[0]).toBe('affirmed');
    expect(read(text, 'Stenosis')[0]).toBe('negated');
    const back = 'Herniation: [x] Yes [ ] No; Myelopathy: [ ] Yes [x] No';
    expect(read(back, 'Herniation')[0]).toBe('affirmed');
    expect(read(back, 'Myelopathy')[0]).toBe('negated');
    // An unticked "No" says nothing; a ticked one still denies its own label.
    const own = 'Spondylosis: [x] Yes [ ] No Radiculopathy: [ ] Yes [x] No';
    expect(read(own, 'Spondylosis')[0]).toBe('affirmed');
    expect(read(own, 'Radiculopathy')[0]).toBe('negated');
  });
});
