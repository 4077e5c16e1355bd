import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions';

// QA45 class B: "myelopathy", "cord", "thecal sac" name the canal, so a narrowing took them as its
// site words, and a "without" before them negated the narrowing itself. A site word after the
// narrowing, behind a cue that sets a status, is another statement's (describe-window.ts othersSite).
const read = (text: string) =>
  findMentions({ id: 'n', kind: 'note', text }).map((m) => [m.site, m.status, m.span.text]);

describe('a site word behind a cue after the narrowing (QA45 class B)', () => {
  it('belongs to another statement: the narrowing stays affirmed', () => {
    expect(read('Cervical stenosis C5-6 without myelopathy.')).toEqual([
      ['unspecified', 'affirmed', 'stenosis'],
    ]);
    expect(read('Assessment: Cervical spinal stenosis, C4-5, moderate, without myelopathy.')).toEqual([
      ['unspecified', 'affirmed', 'stenosis'],
    ]);
    expect(read('Cervical stenosis C5-6 with no myelopathy.')).toEqual([
      ['unspecified', 'affirmed', 'stenosis'],
    ]);
    expect(read('Lumbar stenosis with history of myelopathy.')).toEqual([
      ['unspecified', 'affirmed', 'stenosis'],
    ]);
    expect(read('Moderate stenosis at L4-5 without foraminal extension.')).toEqual([
      ['unspecified', 'affirmed', 'stenosis'],
    ]);
  });

  it('reads as before where the narrowing names the site itself, or the site comes first', () => {
    expect(read('Cervical stenosis C5-6 without radiculopathy.')).toEqual([
      ['unspecified', 'affirmed', 'stenosis'],
    ]);
    expect(read('Moderate central canal stenosis without cord signal change.')).toEqual([
      ['canal', 'affirmed', 'central canal stenosis'],
    ]);
    expect(read('Cervical stenosis with myelopathy.')).toEqual([
      ['canal', 'affirmed', 'stenosis with myelopathy'],
    ]);
    expect(read('No stenosis or myelopathy.')).toEqual([['canal', 'negated', 'stenosis or myelopathy']]);
  });
});
