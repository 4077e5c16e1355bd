/**
 * The noun of a body site's adjective ("coccygeal" -> coccyx, "scapular" -> scapula, "spinal" ->
 * spine). Users name a site by its adjective ("coccygeal pain", "tibial stress fracture"), where
 * the Index names it by its noun (Pain > coccyx M53.3; Fracture, stress > tibia M84.36-;
 * Deformity > scapula M95.8; Pain > spine M54.9) and so do the titles (M84.32- Stress fracture,
 * humerus; M22.9- Unspecified disorder of patella). Such adjectives are Latin and Greek nouns'
 * regular derivatives, so a few suffix rules find the noun of any of them, also of sites no list
 * of ours names.
 *
 * A rule's output counts only when the lookup knows it as a site (the caller's `isSite`: a word of
 * chapter 19's titles, which name the injured body sites, or the Index's word for a site chapter 19
 * names by the adjective: "metatarsal bone", Fracture, stress > metatarsus M84.37-), so that
 * "medial" is not read as the "media" of otitis media, nor "partial" as "party".
 */

/** Adjective endings and the noun endings they come from, longest ending first. */
const RULES: readonly [string, readonly string[]][] = [
  // Greek -x, -gis: coccygeal (coccyx), pharyngeal (pharynx), phalangeal (phalanx).
  ['geal', ['x']],
  // calcaneal (calcaneus), perineal (perineum), esophageal (esophagus), corneal (cornea).
  ['eal', ['eus', 'eum', 'us', 'um', 'a']],
  // femoral (femur).
  ['oral', ['ur']],
  // clavicular (clavicle), mandibular (mandible), scapular (scapula), acetabular (acetabulum).
  ['ular', ['le', 'ula', 'ulus', 'ulum']],
  // ischial (ischium), radial (radius), facial (face), arterial (artery).
  ['ial', ['ium', 'ius', 'e', 'y']],
  // iliac (ilium).
  ['iac', ['ium']],
  // thoracic (thorax).
  ['cic', ['x']],
  // tibial (tibia), humeral (humerus), sternal (sternum), spinal (spine), carpal (carpus).
  ['al', ['a', 'us', 'um', 'e']],
  // maxillary (maxilla), axillary (axilla).
  ['ary', ['a']],
  // ulnar (ulna), talar (talus), malleolar (malleolus).
  ['ar', ['a', 'us', 'um']],
  // pelvic (pelvis), pubic (pubis).
  ['ic', ['is']],
];

/** Shorter words are too often something else ("oral" -> "or"); "iliac" (ilium) is the shortest site read. */
const MIN_WORD = 5;
const MIN_STEM = 2;

/** The nouns `word` is an adjective of, each a site by `isSite(noun, word)`; empty for most words. */
export function siteNounsOf(word: string, isSite: (noun: string, adjective: string) => boolean): string[] {
  const out: string[] = [];
  if (word.length < MIN_WORD) return out;
  for (const [ending, nouns] of RULES) {
    if (!word.endsWith(ending) || word.length - ending.length < MIN_STEM) continue;
    const stem = word.slice(0, -ending.length);
    for (const end of nouns) {
      const noun = stem + end;
      if (noun !== word && !out.includes(noun) && isSite(noun, word)) out.push(noun);
    }
  }
  return out;
}
