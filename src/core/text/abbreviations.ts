import data from './abbreviations.json' with { type: 'json' };

// A period after an abbreviation ("Dr.", "e.g.", "vs.") is no sentence end: the splitter asks here,
// the abbreviations are data (abbreviations.json), checked at load.

/** What must follow the period (and its spaces, on its line) for it to stay inside the sentence. */
type Follows = 'always' | 'word' | 'number' | 'lower-or-digit';
type Abbreviation = { written: string; anyCase: boolean; follows: Follows };

const FILE = 'abbreviations.json';
const FOLLOWS: readonly Follows[] = ['always', 'word', 'number', 'lower-or-digit'];

/** Validates the data file; exported for its test. */
export function validateAbbreviations(raw: unknown): Abbreviation[] {
  const file = raw as { origins?: Record<string, unknown>; abbreviations?: unknown } | null;
  const origins = file?.origins ?? {};
  const list = file?.abbreviations;
  if (!Array.isArray(list)) throw new Error(`${FILE}: "abbreviations" must be a list`);
  const seen = new Set<string>();
  return list.map((entry: Record<string, unknown> | null, index) => {
    const written = entry?.['written'];
    if (typeof written !== 'string' || !/^[A-Za-z](?:\.?[A-Za-z])*$/.test(written))
      throw new Error(`${FILE}: #${index} "written" must be letters, with inner periods only`);
    const key = written.toLowerCase();
    if (seen.has(key)) throw new Error(`${FILE}: "${written}" appears twice`);
    seen.add(key);
    const follows = entry?.['follows'];
    if (!FOLLOWS.includes(follows as Follows))
      throw new Error(`${FILE}: "${written}" follows must be one of ${FOLLOWS.join(', ')}`);
    const anyCase = entry?.['anyCase'] ?? false;
    if (typeof anyCase !== 'boolean') throw new Error(`${FILE}: "${written}" anyCase must be true or false`);
    const origin = entry?.['origin'];
    if (typeof origin !== 'string' || typeof origins[origin] !== 'string')
      throw new Error(`${FILE}: "${written}" origin is not among the file's origins`);
    const known = new Set(['written', 'anyCase', 'follows', 'origin', 'note']);
    for (const k of Object.keys(entry ?? {}))
      if (!known.has(k)) throw new Error(`${FILE}: "${written}" has an unknown key "${k}"`);
    return { written, anyCase, follows: follows as Follows };
  });
}

/** The abbreviations by the lower-case code of their last letter: a period is compared only with those that end as its word does. */
const BY_LAST: (Abbreviation[] | undefined)[] = [];
for (const a of validateAbbreviations(data))
  (BY_LAST[a.written.charCodeAt(a.written.length - 1) | 32] ??= []).push(a);

const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** Whether `a` is written right before `end`, with no letter before it. */
function writtenBefore(text: string, end: number, a: Abbreviation): boolean {
  const w = a.written;
  const start = end - w.length;
  if (start < 0) return false;
  for (let k = 0; k < w.length; k++) {
    const c = text.charCodeAt(start + k);
    const want = w.charCodeAt(k);
    if (c !== want && !(a.anyCase && isAsciiLetter(want) && (c | 32) === (want | 32))) return false;
  }
  return start === 0 || !isAsciiLetter(text.charCodeAt(start - 1));
}

/** Whether what comes after the period at `i` (past spaces and tabs) is what `follows` asks. */
function followedAsAsked(text: string, i: number, follows: Follows): boolean {
  if (follows === 'always') return true;
  let j = i + 1;
  while (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9) j++;
  const c = text.charCodeAt(j);
  const digit = c >= 48 && c <= 57;
  if (follows === 'number') return digit || c === 35;
  if (follows === 'lower-or-digit') return digit || (c >= 97 && c <= 122);
  return isAsciiLetter(c) || (c >= 128 && /\p{L}/u.test(text.charAt(j)));
}

/**
 * Whether the period at `i` ends an abbreviation that does not end its sentence ("Seen by Dr. Patel
 * for L4-5 stenosis", "myelopathy vs. neuropathy", "approx. 5 mm"); "at L5. Dr. Lee agrees" still
 * ends at "L5.".
 *
 * @example isAbbreviationPeriod('Seen by Dr. Patel', 10) === true
 */
export function isAbbreviationPeriod(text: string, i: number): boolean {
  if (i < 1) return false;
  const last = text.charCodeAt(i - 1);
  if (!isAsciiLetter(last)) return false;
  const list = BY_LAST[last | 32];
  if (list === undefined) return false;
  for (let k = 0; k < list.length; k++) {
    const a = list[k] as Abbreviation;
    if (writtenBefore(text, i, a) && followedAsAsked(text, i, a.follows)) return true;
  }
  return false;
}
