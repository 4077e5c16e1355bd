import { describe, expect, it } from 'vitest';
import { siteNounsOf } from './site-nouns';

/** Sites as a caller would know them: words of chapter 19's titles. */
const SITES = new Set([
  'coccyx',
  'scapula',
  'sternum',
  'humerus',
  'tibia',
  'ulna',
  'radius',
  'spine',
  'face',
  'mandible',
  'clavicle',
  'femur',
  'pelvis',
  'ilium',
  'patella',
  'maxilla',
  'phalanx',
]);
const isSite = (noun: string) => SITES.has(noun);

describe('siteNounsOf', () => {
  it("reads a site's adjective as its noun, whichever Latin or Greek ending it has", () => {
    const cases: [string, string][] = [
      ['coccygeal', 'coccyx'],
      ['phalangeal', 'phalanx'],
      ['scapular', 'scapula'],
      ['sternal', 'sternum'],
      ['humeral', 'humerus'],
      ['tibial', 'tibia'],
      ['ulnar', 'ulna'],
      ['radial', 'radius'],
      ['spinal', 'spine'],
      ['facial', 'face'],
      ['mandibular', 'mandible'],
      ['clavicular', 'clavicle'],
      ['femoral', 'femur'],
      ['pelvic', 'pelvis'],
      ['iliac', 'ilium'],
      ['patellar', 'patella'],
      ['maxillary', 'maxilla'],
    ];
    for (const [adjective, noun] of cases) expect(siteNounsOf(adjective, isSite), adjective).toEqual([noun]);
  });

  it('reads nothing into a word that is no site adjective, or whose noun is no site', () => {
    // "media" (otitis media) and "party" are words, not sites: the caller says so.
    const words = new Set([...SITES, 'media', 'party', 'medium']);
    const known = (noun: string) => words.has(noun) && SITES.has(noun);
    for (const w of ['medial', 'partial', 'pain', 'stenosis', 'coccyx', 'spine', 'oral', 'neurogenic'])
      expect(siteNounsOf(w, known), w).toEqual([]);
  });

  it('asks the caller with the adjective typed, so that it may judge the pair', () => {
    const asked: [string, string][] = [];
    siteNounsOf('metatarsal', (noun, adjective) => (asked.push([noun, adjective]), false));
    expect(asked).toContainEqual(['metatarsus', 'metatarsal']);
  });
});
