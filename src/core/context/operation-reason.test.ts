import { describe, expect, it } from 'vitest';
import { assessContext } from './assess-context';

// QA stop 47, class 2: what a past operation was for is history, unless the note says it is there now.
const read = (text: string, target: string) => {
  const start = text.lastIndexOf(target);
  return assessContext(text, { start, end: start + target.length }).status;
};

describe("a past operation's reason", () => {
  it('is historical when dates, levels or a second procedure stand between the operation and "for"', () => {
    expect(read('Had C5-6 and C6-7 ACDF on 3/14/2019 for cervical myelopathy.', 'myelopathy')).toBe(
      'historical',
    );
    expect(
      read(
        'S/p left L4-5 hemilaminectomy and discectomy in May 2020 for a sequestered disc herniation.',
        'disc herniation',
      ),
    ).toBe('historical');
    expect(
      read(
        'Underwent T11-12 laminectomy by Dr Osei 2018 for thoracic stenosis with myelopathy.',
        'myelopathy',
      ),
    ).toBe('historical');
  });

  it('reaches the cause named after the reason ("for radiculopathy from a disc extrusion")', () => {
    expect(
      read(
        'Underwent C6-7 foraminotomy 2017 for C7 radiculopathy due to a C6-7 disc protrusion.',
        'disc protrusion',
      ),
    ).toBe('historical');
  });

  it('stays current when the note says it is there now, or the operation is to come', () => {
    expect(
      read(
        'Underwent L3-4 laminectomy in 2016 for stenosis, now with recurrent stenosis at L3-4.',
        'stenosis',
      ),
    ).toBe('affirmed');
    expect(read('Had L4-5 fusion 2015 for spondylolisthesis; radiculopathy persists.', 'radiculopathy')).toBe(
      'affirmed',
    );
    expect(
      read(
        'Underwent L4-5 discectomy on 1/5/2021 for disc herniation which has recurred.',
        'disc herniation',
      ),
    ).toBe('affirmed');
    // Stop 55: the cue "laminectomy for" no longer reads a discussed (planned) operation as done.
    expect(read('We discussed L4-5 laminectomy for lumbar stenosis.', 'stenosis')).toBe('affirmed');
    expect(read('Will schedule L4-5 decompression next month for severe stenosis.', 'stenosis')).toBe(
      'affirmed',
    );
    expect(read('MRI on 2/2/2026 for leg pain shows L4-5 stenosis.', 'stenosis')).toBe('affirmed');
    expect(
      read('Prior L5-S1 fusion (2015) presenting for follow-up of radiculopathy.', 'radiculopathy'),
    ).toBe('affirmed');
  });
});
