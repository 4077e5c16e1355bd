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
    const alternatives = [word, region];
    const next = words[i + 1];
    const junction = (a: string, b: string | undefined) => (b ? JUNCTION[`${a}-${b}`] : undefined);
    const prevWord = out.at(-1)?.[0];
    const j = junction(word, next) ?? (prevWord ? junction(prevWord, word) : undefined);
    if (j) alternatives.push(j);
    out.push(alternatives);
  }
  return out;
}
