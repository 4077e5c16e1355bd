import { describe, expect, it } from 'vitest';
import data from './abbreviations.json' with { type: 'json' };
import { isAbbreviationPeriod, validateAbbreviations } from './abbreviations';

const at = (text: string, before: string) => isAbbreviationPeriod(text, text.indexOf(before) + before.length);

describe('abbreviations.json', () => {
  it('is valid, each abbreviation once, with a known origin', () => {
    expect(validateAbbreviations(data).map((a) => a.written)).toEqual(
      expect.arrayContaining(['Dr', 'Mr', 'Mrs', 'Ms', 'St', 'vs', 'e.g', 'i.e', 'approx', 'no']),
    );
  });

  it('refuses an entry that is not letters, a repeated one, an unknown follow rule, origin or key', () => {
    const file = (entry: Record<string, unknown>) => ({ origins: { ours: 'x' }, abbreviations: [entry] });
    const ok = { written: 'Dr', follows: 'word', origin: 'ours' };
    expect(() => validateAbbreviations(file({ ...ok, written: 'Dr.' }))).toThrow(/letters/);
    expect(() => validateAbbreviations(file({ ...ok, follows: 'capital' }))).toThrow(/follows/);
    expect(() => validateAbbreviations(file({ ...ok, origin: 'theirs' }))).toThrow(/origin/);
    expect(() => validateAbbreviations(file({ ...ok, regex: 'x' }))).toThrow(/unknown key/);
    expect(() =>
      validateAbbreviations({ origins: { ours: 'x' }, abbreviations: [ok, { ...ok, written: 'dr' }] }),
    ).toThrow(/twice/);
  });
});

describe('isAbbreviationPeriod', () => {
  it('keeps a title before a name, a Latin list marker, "vs." and "approx." inside the sentence', () => {
    expect(at('Seen by Dr. Patel for L4-5 stenosis', 'Dr')).toBe(true);
    expect(at('Mrs. Diaz and Mr. Lee', 'Mrs')).toBe(true);
    expect(at('Admitted to St. Mary', 'St')).toBe(true);
    expect(at('stenosis, e.g. at L4-5', 'e.g')).toBe(true);
    expect(at('the level above, i.e. L3-4', 'i.e')).toBe(true);
    expect(at('myelopathy vs. neuropathy', 'vs')).toBe(true);
    expect(at('a cyst approx. 5 mm', 'approx')).toBe(true);
    expect(at('Specimen No. 3', 'No')).toBe(true);
  });

  it('ends the sentence after any other word, or when what follows is not what the abbreviation takes', () => {
    expect(at('mild stenosis at L5. Dr. Lee agrees', 'L5')).toBe(false);
    // Written in capitals, the letters name something else: diabetic retinopathy, an MR study, multiple sclerosis.
    expect(at('History of DR. Stenosis at L4-5', 'DR')).toBe(false);
    expect(at('Lumbar MR. Moderate stenosis', 'MR')).toBe(false);
    expect(at('History of MS. Patient reports', 'MS')).toBe(false);
    // "No." as an answer, and "approx." closing its sentence.
    expect(at('Radiculopathy? No. Mild stenosis.', 'No')).toBe(false);
    expect(at('It measures 5 mm approx. Mild stenosis.', 'approx')).toBe(false);
    // A title at a line's end, and a word that only ends like one ("Hydr.").
    expect(at('Referred to Dr.\nPatel', 'Dr')).toBe(false);
    expect(at('Hydr. Stenosis', 'Hydr')).toBe(false);
  });
});
