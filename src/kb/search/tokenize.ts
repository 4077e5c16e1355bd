/**
 * Splits text into the words the search index and queries share: lower case, accents folded,
 * apostrophes dropped ("Alzheimer's" -> "alzheimers"); anything else that is not a letter or a
 * digit separates words. Stop words are dropped because nearly every title has them ("of", "and")
 * and a query word that matches every title helps no ranking.
 */
const STOP_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to']);

const SPLIT = /[^a-z0-9]+/;
const APOSTROPHES = /['\u2019]/g;
const NONESSENTIAL = /\([^)]*\)|\[[^\]]*\]/g;

function lowerFolded(text: string): string {
  let lower = text.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\u0000-\u007f]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  if (lower.includes("'") || lower.includes('\u2019')) lower = lower.replace(APOSTROPHES, '');
  return lower;
}

/** Calls `onWord` for each word of the text, in order, repeats included. */
export function forEachWord(text: string, onWord: (word: string) => void): void {
  // A regex split is the fastest tokenizer measured on the 98,186 titles (V8 runs it natively).
  for (const w of lowerFolded(text).split(SPLIT)) if (w && !STOP_WORDS.has(w)) onWord(w);
}

export function tokenize(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (w) => out.push(w));
  return out;
}

/**
 * The words of a title without its nonessential modifiers, which ICD-10-CM puts in parentheses
 * or square brackets ("Essential (primary) hypertension" -> essential, hypertension).
 */
export function essentialWords(title: string): string[] {
  return title.includes('(') || title.includes('[') ? tokenize(title.replace(NONESSENTIAL, ' ')) : tokenize(title);
}
