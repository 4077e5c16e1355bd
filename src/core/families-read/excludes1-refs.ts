/** A code an Excludes1 note names: a prefix ("M51.1-", "M43.1", "M80.-": every code below it) or a range ("Q76.3-Q76.4"). */
export type CodeRef = { lo: string; hi: string };

const CODE = '[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?';
const PREFIX = new RegExp(`^(${CODE})\\.?-?$`);
const RANGE = new RegExp(`^(${CODE})\\.?-?\\s*-\\s*(${CODE})\\.?-?$`);

/**
 * The refs of each Excludes1 note text read so far: the notes are the catalog's fixed text, yet the
 * pair rule and the family check read them again for every pair of entered codes at every analysis
 * (a note with seven codes asks 42 times), a regex match, a split and a trim per piece each time.
 * Kept per text (a release has a few thousand notes; the cap only bounds a caller that passes
 * other text). Read only, never modified.
 */
const known = new Map<string, readonly CodeRef[]>();

/** The codes a note names in its parentheses: "sciatica due to intervertebral disc disorder (M51.1-)" names M51.1-. */
export function refsOf(text: string): readonly CodeRef[] {
  let refs = known.get(text);
  if (refs === undefined) {
    refs = readRefs(text);
    if (known.size < 8192) known.set(text, refs);
  }
  return refs;
}

function readRefs(text: string): CodeRef[] {
  const refs: CodeRef[] = [];
  for (const group of text.matchAll(/\(([^()]*)\)/g)) {
    for (const piece of (group[1] ?? '').split(/[,;]/)) {
      const p = piece.trim().toUpperCase();
      const range = RANGE.exec(p);
      if (range) refs.push({ lo: range[1] as string, hi: range[2] as string });
      else {
        const prefix = PREFIX.exec(p);
        if (prefix) refs.push({ lo: prefix[1] as string, hi: prefix[1] as string });
      }
    }
  }
  return refs;
}

/** Whether `ref` names `code` (the code itself, a code below a prefix, or one in a range). */
export const names = (ref: CodeRef, code: string): boolean =>
  (code >= ref.lo || code.startsWith(ref.lo)) && (code <= ref.hi || code.startsWith(ref.hi));
