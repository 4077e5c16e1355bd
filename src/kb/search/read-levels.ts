/**
 * Spine level notation as clinicians type it ("C5-6", "L5-S1", "T12-L1") turned into the region
 * words ICD-10-CM titles use. Each level keeps its own spelling too, because some titles name
 * levels ("Cervical disc disorder at C5-C6 level").
 */
const REGION: Record<string, string> = { c: 'cervical', t: 'thoracic', l: 'lumbar', s: 'sacral' };
/** Junctions have their own region words in the titles. */
const JUNCTION: Record<string, string> = { 'c7-t1': 'cervicothoracic', 't12-l1': 'thoracolumbar', 'l5-s1': 'lumbosacral' };
const LEVEL = /^([ctls])(\d{1,2})$/;
const BARE_NUMBER = /^\d{1,2}$/;

/** Two levels typed as one word: "l5s1", "c5c6", "t12l1". */
const JOINED_LEVELS = /^([ctls]\d{1,2})([ctls]\d{1,2})$/;

/** The words with joined levels split ("hnp l5s1" -> hnp, l5, s1), so they read as "l5-s1" does. */
export function splitJoinedLevels(words: readonly string[]): string[] {
  return words.flatMap((w) => {
    const m = JOINED_LEVELS.exec(w);
    return m ? [m[1] ?? '', m[2] ?? ''] : [w];
  });
}

/** Region word for one level ("l4" -> "lumbar"), or undefined when the word is not a level. */
export function regionOf(word: string): string | undefined {
  const m = LEVEL.exec(word);
  return m ? REGION[m[1] ?? ''] : undefined;
}

/**
 * Reads levels in a word list: "c5", "6" -> c5, c6 (the second level borrows the first's letter),
 * and returns, per word, the alternatives a title may use for it.
 */
export function readLevels(words: readonly string[]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i] ?? '';
    const prev = words[i - 1];
    const prevLevel = prev ? LEVEL.exec(prev) : null;
    if (prevLevel && BARE_NUMBER.test(word)) word = `${prevLevel[1] ?? ''}${word}`;
    const region = regionOf(word);
    if (!region) {
      out.push([word]);
      continue;
    }
    const next = words[i + 1];
    const junction = (a: string, b: string | undefined) => (b ? JUNCTION[`${a}-${b}`] : undefined);
    const prevWord = out.at(-1)?.[0];
    const below = prevWord ? junction(prevWord, word) : undefined;
    // The lower level of a junction is the junction, not its own region: the Index sends L5-S1
    // ("lumbosacral") to the lumbar codes where a family has no lumbosacral one (Stenosis,
    // intervertebral foramina > osseous > lumbosacral M99.63, > sacral region M99.64; likewise
    // cervicothoracic M99.x1, thoracolumbar M99.x2), so "foraminal narrowing L5-S1" must not also
    // read S1 as the sacral region. The upper level keeps its region.
    if (below) {
      out.push([word, below]);
      continue;
    }
    const alternatives = [word, region];
    const j = junction(word, next);
    if (j) alternatives.push(j);
    out.push(alternatives);
  }
  return out;
}

/**
 * The vertebrae chapter 19 names by their place in the region: S12.1 Fracture of second cervical
 * vertebra, S22.01 Fracture of first thoracic vertebra, S32.05 Fracture of fifth lumbar vertebra
 * (T5-T12 are named as levels, "Fracture of T5-T6 vertebra", and the sacrum and coccyx by name).
 */
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh'];
const NAMED_BY_ORDINAL: Record<string, number> = { c: 7, t: 4, l: 5 };

/** The ordinal a chapter 19 title names a level's vertebra by ("c2" -> "second"), if it does. */
export function vertebraOrdinalOf(level: string): string | undefined {
  const m = LEVEL.exec(level);
  const n = Number(m?.[2] ?? 0);
  return m && n >= 1 && n <= (NAMED_BY_ORDINAL[m[1] ?? ''] ?? 0) ? ORDINALS[n - 1] : undefined;
}
