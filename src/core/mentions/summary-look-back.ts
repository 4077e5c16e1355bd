import type { LevelHit } from '../levels/find-levels';
import type { Mention } from '../types';

/**
 * A summary heading ("Assessment:", "Impression:", "A/P:", "Dx:", "Final diagnoses:", "A -")
 * opening a line, or after the sentence before, in the stretch a look-back read past.
 */
const SUMMARY_HEADING =
  /(?:^|[\n.;])[ \t]*(?:\d{1,2}[.)][ \t]*)?(?:assessment(?:[ \t]*(?:and|&|\/)[ \t]*plan)?|impressions?|a[ \t]*[/&][ \t]*p|(?:final[ \t]+|working[ \t]+|clinical[ \t]+|discharge[ \t]+)?diagnos[ie]s|dx|conclusions?|summary|a)[ \t]*(?::|-(?!\w))/i;

/**
 * The look-back levels of a statement that names none, when a summary heading stands between them
 * and it ("No stenosis at L4-5 or L5-S1.⏎Impression: Spinal stenosis."): a summary speaks of the
 * whole note, not of the sentence that happens to stand before its heading, so it keeps only the
 * levels an affirmed statement read so far holds. A level the note names only to deny a finding
 * there, or only as history, is not the assessment's (it credited M48.07 from "no stenosis at
 * L5-S1" above a level-less "Spinal stenosis"). Without a heading in between, the look-back is
 * the sentence's own context ("At L4-5 there is no herniation. Moderate canal stenosis.") and
 * is kept as read.
 */
export function summaryLookBack(
  text: string,
  hits: LevelHit[],
  sentenceStart: number,
  mentions: readonly Mention[],
): LevelHit[] {
  const last = hits[hits.length - 1];
  if (last === undefined || !SUMMARY_HEADING.test(text.slice(last.end, sentenceStart))) return hits;
  const kept: LevelHit[] = [];
  for (const h of hits) if (affirmedAt(mentions, h.level.normalized)) kept.push(h);
  return kept.length === hits.length ? hits : kept;
}

function affirmedAt(mentions: readonly Mention[], level: string): boolean {
  for (const m of mentions) {
    if (m.status !== 'affirmed') continue;
    for (const l of m.levels) if (l.normalized === level) return true;
  }
  return false;
}
