import { describe, expect, it } from 'vitest';
import { americanSpelling } from './american-spelling';

describe('americanSpelling', () => {
  it.each([
    ['oedema', 'edema'],
    ['anaemia', 'anemia'],
    ['oesophagus', 'esophagus'],
    ['haemorrhage', 'hemorrhage'],
    ['diarrhoea', 'diarrhea'],
    ['tumour', 'tumor'],
    ['centre', 'center'],
    ['fibre', 'fiber'],
  ])('spells "%s" as "%s"', (british, american) => {
    expect(americanSpelling(british)).toBe(american);
  });

  it.each(['edema', 'stenosis', 'toe', 'four', 'lumbar'])('leaves "%s" alone', (word) => {
    expect(americanSpelling(word)).toBeUndefined();
  });
});
