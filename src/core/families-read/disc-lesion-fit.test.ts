import { describe, expect, it } from 'vitest';
import { discLesionsDocumented, fitsDiscLesions } from './disc-lesion-fit';
import type { Condition } from './find-conditions';

const cond = (kind: Condition['kind'], status: Condition['status'] = 'affirmed') =>
  ({
    kind,
    status,
    span: { start: 0, end: 1, text: 'x', fieldId: 'note', fieldKind: 'note' },
    trigger: null,
    levels: [],
    alsoLevels: [],
    regionWords: [],
    placeFromNote: false,
    sentence: { start: 0, end: 1 },
  }) as unknown as Condition;

describe('disc-lesion-fit', () => {
  it('keeps only the documented specific lesion for a general disc disorder', () => {
    const documented = discLesionsDocumented('disc-disorder', [cond('disc-displacement')]);
    expect(fitsDiscLesions('disc-displacement', documented)).toBe(true);
    expect(fitsDiscLesions('disc-degeneration', documented)).toBe(false);
    expect(fitsDiscLesions('disc-disorder', documented)).toBe(true);
  });

  it('lets a disc-osteophyte complex stand for either lesion', () => {
    const documented = discLesionsDocumented('disc-disorder', [cond('disc-osteophyte-complex')]);
    expect(fitsDiscLesions('disc-displacement', documented)).toBe(true);
    expect(fitsDiscLesions('disc-degeneration', documented)).toBe(true);
  });

  it('does not filter when the code names a specific lesion or the note affirms none', () => {
    expect(discLesionsDocumented('disc-displacement', [cond('disc-displacement')])).toBeUndefined();
    expect(discLesionsDocumented('disc-disorder', [cond('disc-degeneration', 'negated')])).toBeUndefined();
  });
});
