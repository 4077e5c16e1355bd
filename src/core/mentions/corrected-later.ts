import type { Mention } from '../types';

/**
 * A correction in the note: an addendum, a corrected or amended report, a retraction, "should
 * read", "disregard". What the note affirmed before it and denies after it, at the same site and
 * levels, is what the correction took back ("IMPRESSION: Severe central canal stenosis at L4-5.
 * ADDENDUM: ... Corrected impression: ... no central canal stenosis"; QA stop 47, class 1).
 */
const CORRECTION =
  /\b(?:addend(?:um|a)|correct(?:ion|ed)\b|amend(?:ed|ment)\b|retract(?:ed|ion|s)?\b|should (?:have )?read\b|disregard\b|erratum\b)/gi;

/**
 * Sets to negated each affirmed mention that a negated one after a correction denies (same site,
 * the same levels, neither without levels), with that negation's trigger. In place: the mention
 * keeps its shape (docs/architecture.md, "Stable object shapes"). Linear in the mentions: the
 * note is searched for a correction only when a denial follows an affirmation with levels, and
 * the denials are looked up by site and levels.
 */
export function supersedeCorrected(text: string, mentions: Mention[]): void {
  let firstAffirmed = -1;
  let denialAfter = false;
  for (let i = 0; i < mentions.length && !denialAfter; i++) {
    const m = mentions[i] as Mention;
    if (m.status === 'affirmed' && m.levels.length > 0 && firstAffirmed < 0) firstAffirmed = i;
    else if (m.status === 'negated' && firstAffirmed >= 0) denialAfter = true;
  }
  if (!denialAfter) return;
  const corrections = correctionsIn(text);
  if (corrections.length === 0) return;
  const firstCorrection = corrections[0] as number;
  const lastCorrection = corrections[corrections.length - 1] as number;
  // The last denial after the first correction, by site and levels.
  const denials = new Map<string, Mention>();
  for (const m of mentions)
    if (m.status === 'negated' && m.levels.length > 0 && m.span.start > firstCorrection)
      denials.set(keyOf(m), m);
  if (denials.size === 0) return;
  for (const m of mentions) {
    if (m.status !== 'affirmed' || m.levels.length === 0 || m.span.end > lastCorrection) continue;
    const later = denials.get(keyOf(m));
    if (!later || later.span.start < m.span.end) continue;
    const end = m.span.end;
    const start = later.span.start;
    if (!corrections.some((at) => at >= end && at < start)) continue;
    m.status = 'negated';
    m.trigger = later.trigger;
  }
}

/** Site and levels, the levels in a fixed order. */
function keyOf(m: Mention): string {
  return `${m.site} ${m.levels
    .map((l) => l.normalized)
    .sort()
    .join(' ')}`;
}

function correctionsIn(text: string): number[] {
  const out: number[] = [];
  CORRECTION.lastIndex = 0;
  for (let m = CORRECTION.exec(text); m; m = CORRECTION.exec(text)) out.push(m.index);
  return out;
}
