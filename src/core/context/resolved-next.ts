/**
 * A clause with no subject of its own right after the finding's, saying it has gone (QA stop 54,
 * H3): "L4-5 foraminal stenosis; resolved after foraminotomy.", "Foraminal narrowing at C5-6.
 * Since decompressed.", "L5 radiculopathy; now resolved". Its subject is the finding before it,
 * which a cue cannot reach across the semicolon or full stop that ends its sentence. A clause that
 * names a subject ("; radiculopathy resolved", "; the pain resolved") speaks of that, and is read
 * where it stands.
 *
 * Resolved, remitted or cleared: the finding is gone (negated, as neg-now-resolved reads it).
 * Decompressed or operated on: what the operation treated is history (as hist-since-operated-b).
 */

const OPENING = String.raw`[;.]?[ \t]*(?:(?:and|but|which|that)[ \t]+)?(?:(?:has|have|had)[ \t]+)?(?:(?:since|now|subsequently|later|then|completely|fully|since[ \t]+then)[ \t]+)?`;
const RESOLVED = String.raw`(resolved|remitted|cleared)`;
const OPERATED = String.raw`(decompressed|surgically[ \t]+decompressed|operated[ \t]+on|treated[ \t]+surgically|surgically[ \t]+treated)`;
/** Sticky, read where the finding's sentence ends; the verb must end a word and be no adjective of a next noun ("resolved pain"). */
const NEXT = new RegExp(
  `${OPENING}(?:${RESOLVED}|${OPERATED})(?=[ \\t]*(?:[.;,!\\r\\n]|$|after\\b|following\\b|with\\b|post\\b|s/p\\b|by\\b|in\\b|on\\b|since\\b|at\\b))`,
  'iy',
);

/** What the clause after the finding's sentence says of it, with its verb as trigger, or undefined. */
export function resolvedNext(
  text: string,
  sentenceEnd: number,
): { status: 'negated' | 'historical'; start: number; end: number } | undefined {
  const c = text.charCodeAt(sentenceEnd);
  // Only a clause or sentence end: a line break or a list item starts another statement.
  if (c !== 59 && c !== 46) return undefined;
  NEXT.lastIndex = sentenceEnd;
  const m = NEXT.exec(text);
  if (!m) return undefined;
  const verb = (m[1] ?? m[2]) as string;
  const end = sentenceEnd + m[0].length;
  return { status: m[1] !== undefined ? 'negated' : 'historical', start: end - verb.length, end };
}
