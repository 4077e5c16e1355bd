/**
 * Deterministic synthetic spine notes of any size, written by us for benchmarking: report
 * sentences with levels, sites, mechanisms, negation and history, mixed with clinical filler and
 * codes, in the run-on, all-caps and list styles real notes use. A seeded generator keeps every
 * run identical.
 */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LEVELS = ['C2-3', 'C3-4', 'C4-5', 'C5-6', 'C6-7', 'C7-T1', 'T11-12', 'L1-2', 'L2-3', 'L3-4', 'L4-5', 'L5-S1', 'C5/C6', 'L4-L5'];
const SEVERITY = ['mild', 'moderate', 'severe', 'minimal', 'mild to moderate'];
const SIDE = ['left', 'right', 'bilateral'];
const CAUSE = ['uncovertebral osteophytes', 'facet hypertrophy', 'a broad-based disc bulge', 'ligamentum flavum thickening', 'grade 1 anterolisthesis', 'a disc-osteophyte complex'];

const SPINE: ((p: (xs: string[]) => string) => string)[] = [
  (p) => `At ${p(LEVELS)}, there is ${p(SEVERITY)} ${p(SIDE)} neural foraminal narrowing due to ${p(CAUSE)}.`,
  (p) => `No significant central canal stenosis at ${p(LEVELS)}; ${p(SEVERITY)} ${p(SIDE)} foraminal stenosis.`,
  (p) => `${p(LEVELS)}: Central canal and neural foramina are patent.`,
  (p) => `IMPRESSION: ${p(SEVERITY).toUpperCase()} CENTRAL CANAL STENOSIS AT ${p(LEVELS)} SECONDARY TO ${p(CAUSE).toUpperCase()}.`,
  (p) => `History of lumbar spinal stenosis status post decompression at ${p(LEVELS)}.`,
  (p) => `Cannot exclude ${p(SIDE)} lateral recess stenosis at ${p(LEVELS)}, correlate clinically.`,
  (p) => `There is ${p(CAUSE)} at ${p(LEVELS)} which mildly effaces the ventral thecal sac without cord compression.`,
  (p) => `- ${p(LEVELS)} NFN ${p(SEVERITY)} b/l, DDD, no HNP`,
];
const FILLER = [
  'The patient is a pleasant 58-year-old who presents for follow-up of neck and arm pain.',
  'Vital signs are stable and she is in no acute distress.',
  'Reflexes are 2+ and symmetric, strength is 5/5 throughout, sensation is intact to light touch.',
  'Medications reviewed, no known drug allergies, continue home exercise program.',
  'PLAN: physical therapy twice weekly, NSAIDs as needed, return in six weeks or sooner if worse.',
  'Assessment: M54.12 cervical radiculopathy; M99.61 reviewed with patient.',
  'she reports pain worse with extension and better with rest and she denies bowel or bladder changes',
  'Review of systems: denies fever, chills, weight loss, chest pain or shortness of breath.',
];

/**
 * A text as the product receives it: the extension gets a note from the DOM and the CLI from a
 * file or a JSON line, each a flat string of its own. A bench input made with `.slice()` or
 * `.repeat()` is instead a view into (or a rope of) a larger string, which V8 reads a little more
 * slowly: a few percent on analyze() over the same characters, and a different amount on the
 * floor's one sweep. JSON's round trip gives a fresh flat string.
 */
export const asReceived = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

/**
 * Share of sentences that are spine findings. "typical" gives about 0.5 stenosis mentions per KB,
 * the average of the MTSamples spine notes in test/corpus (246 mentions in 525 KB); "dense" gives
 * about 6 per KB, like the findings section of a spine MRI report (the densest corpus notes have 7-10).
 */
export const DENSITY = { typical: 0.035, dense: 0.45 } as const;

/** A synthetic note of exactly `bytes` characters (ASCII, so characters = bytes). */
export function syntheticNote(bytes: number, spineShare: number = DENSITY.typical, seed = 42): string {
  const random = mulberry32(seed);
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)] ?? '';
  const parts: string[] = [];
  let length = 0;
  // The first sentence is a spine finding, so even a 1 KB note has one statement to read.
  let credit = 1 - spineShare;
  while (length < bytes) {
    // Spine sentences come at a fixed rate (not by chance), so every size has the same density
    // and the scaling comparison is like for like; templates and words are still drawn at random.
    credit += spineShare;
    const isSpine = credit >= 1;
    if (isSpine) credit -= 1;
    const sentence = isSpine ? (SPINE[Math.floor(random() * SPINE.length)] ?? SPINE[0]!)(pick) : pick(FILLER);
    parts.push(sentence);
    length += sentence.length + 1;
    if (random() < 0.15) {
      parts.push('\n');
      length++;
    }
  }
  return asReceived(parts.join(' ').slice(0, bytes));
}

const DICTATED_OPENING = ['no significant', 'mild', 'moderate', 'severe', 'minimal', 'there is mild', 'there is no', 'possible', 'history of'];
const DICTATED_SITE = ['canal', 'central canal', 'foraminal', 'neural foraminal', 'lateral recess', 'canal or foraminal', 'left foraminal', 'right neural foraminal'];
const DICTATED_WORD = ['stenosis', 'narrowing', 'stenosis', 'encroachment'];
const DICTATED_LINK = ['and', 'and', 'with', 'and then', 'also'];

/**
 * `bytes` characters of run-on dictation with no punctuation, every phrase drawn at random
 * (opening, site, level, cause, a size now and then): the hostile run-on case without the one
 * phrase repeated, so a reading that remembered text it had seen gains nothing here that a real
 * dictation would not give it.
 */
export function variedRunOn(bytes: number, seed = 11): string {
  const random = mulberry32(seed);
  const pick = (xs: string[]) => xs[Math.floor(random() * xs.length)] ?? '';
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const size = random() < 0.3 ? ` measuring ${1 + Math.floor(random() * 14)} mm` : '';
    const phrase = `${pick(DICTATED_OPENING)} ${pick(DICTATED_SITE)} ${pick(DICTATED_WORD)} at ${pick(LEVELS)} due to ${pick(CAUSE)}${size} ${pick(DICTATED_LINK)}`;
    parts.push(phrase);
    length += phrase.length + 1;
  }
  return asReceived(parts.join(' ').slice(0, bytes));
}
