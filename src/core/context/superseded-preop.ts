import type { Status } from '../types';
import type { Section } from './find-sections';

/**
 * An operative note's diagnosis label: "Preoperative diagnosis:", "PRE-OPERATIVE DIAGNOSES:",
 * "POSTOPERATIVE DIAGNOSIS (ES):", "Post-op Dx:", up to the colon, opening a line or after a
 * period, comma or semicolon (a note exported with its lines joined by commas, as the MTSamples
 * transcriptions are); an item number may open it.
 */
const DX_LABEL =
  /(?:^|[\n.,;])[ \t]*(?:\d{1,2}[.)][ \t]*)?(pre|post)[- ]?op(?:erative)?\.?[ \t]+(?:diagnos[ie]s|dx)(?:[ \t]*\(e?s\))?[ \t]*$/i;
/** A postoperative diagnosis that keeps the preoperative one: "Same.", "Same as above", "Unchanged". */
const SAME = /^[\s,.:-]*(?:same|unchanged|identical|as\s+above|as\s+pre-?op(?:erative)?)\b/i;
/** How far back from its colon a label may start. */
const LABEL_REACH = 48;

/** How much of a diagnosis block is compared with the other. */
const MAX_BLOCK = 2000;

/** A diagnosis as its letters and digits, lower case: "Herniated nucleus pulposus, C5-C6." is "herniatednucleuspulposusc5c6". */
const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '');

/** `start`: where the label's words start. */
type Label = { kind: 'pre' | 'post'; start: number; colon: number };

const isBlank = (c: number) => c === 32 || c === 9;

/**
 * Whether the word right before `colon` (spaces and a "(ES)" skipped) is "diagnosis", "diagnoses"
 * or "dx", told by character codes: most colons of a note end no such word.
 */
function endsWithDxWord(text: string, colon: number): boolean {
  let i = colon - 1;
  while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  if (text.charCodeAt(i) === 41) {
    const open = text.lastIndexOf('(', i);
    if (open < 0 || i - open > 3) return false;
    i = open - 1;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
  }
  const lower = (k: number) => text.charCodeAt(k) | 32;
  // "dx"
  if (i >= 1 && lower(i) === 120 && lower(i - 1) === 100) return true;
  // "...nosis"/"...noses" of "diagnosis"/"diagnoses": the rest is checked by DX_LABEL.
  return (
    i >= 8 &&
    lower(i) === 115 &&
    (lower(i - 1) === 105 || lower(i - 1) === 101) &&
    lower(i - 2) === 115 &&
    lower(i - 3) === 111 &&
    lower(i - 4) === 110
  );
}

/** The note's pre- and postoperative diagnosis labels, in order. */
function dxLabels(text: string): Label[] {
  const out: Label[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    if (!endsWithDxWord(text, colon)) continue;
    const reach = Math.max(0, colon - LABEL_REACH);
    const m = DX_LABEL.exec(text.slice(reach, colon));
    if (!m) continue;
    // "^" stands for the note's start only: a slice started mid-note opens with a delimiter.
    const delimited = /[\n.,;]/.test(m[0].charAt(0));
    if (!delimited && reach > 0) continue;
    out.push({
      kind: (m[1] ?? '').toLowerCase() === 'pre' ? 'pre' : 'post',
      start: reach + m.index + (delimited ? 1 : 0),
      colon,
    });
  }
  return out;
}

/**
 * Makes a preoperative diagnosis that a different postoperative diagnosis follows historical, from
 * its label's colon to the postoperative label (or the next heading), keeping the sections in order.
 * Official Guidelines IV.M (ambulatory surgery): when the postoperative diagnosis differs from the
 * preoperative one, the postoperative diagnosis is coded, being the more definitive; "Postoperative
 * diagnosis: Same." keeps the preoperative one (blind QA stop 50, H1: a pre-op "disc herniation with
 * radiculopathy" kept M51.16 supported after "Postoperative diagnosis: facet synovial cyst ... No
 * disc herniation"). Returns whether it changed any section.
 */
export function supersededPreop(text: string, sections: Section[]): boolean {
  // A walk over the note's colons, a few character tests each: most colons end no diagnosis label.
  const labels = dxLabels(text);
  let changed = false;
  for (let k = 0; k + 1 < labels.length; k++) {
    const pre = labels[k] as Label;
    const post = labels[k + 1] as Label;
    if (pre.kind !== 'pre' || post.kind !== 'post') continue;
    if (SAME.test(text.slice(post.colon + 1, post.colon + 60))) continue;
    const start = pre.colon + 1;
    let end = post.start;
    for (const s of sections) if (s.start > start && s.start < end) end = s.start;
    // A postoperative diagnosis that restates the preoperative one (most do, word for word, often
    // with a detail added) confirms it.
    let postEnd = Math.min(text.length, post.colon + 1 + MAX_BLOCK);
    for (const s of sections) if (s.start > post.colon + 1 && s.start < postEnd) postEnd = s.start;
    if (
      words(text.slice(post.colon + 1, postEnd)).includes(
        words(text.slice(start, Math.min(end, start + MAX_BLOCK))),
      )
    )
      continue;
    // What follows the block: the status in effect there before (the heading at the label's colon is replaced).
    let after: Status | null = null;
    for (const s of sections) if (s.start <= end && s.start !== start) after = s.status;
    const kept = sections.filter((s) => s.start !== start);
    sections.length = 0;
    for (const s of kept) if (s.start < start) sections.push(s);
    sections.push({ start, name: 'superseded preoperative diagnosis', status: 'historical' });
    if (!kept.some((s) => s.start === end)) sections.push({ start: end, name: '', status: after });
    for (const s of kept) if (s.start > start) sections.push(s);
    changed = true;
  }
  return changed;
}
