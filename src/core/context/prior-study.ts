import type { Status } from '../types';
import type { Section } from './find-sections';

/**
 * A labelled earlier study (QA stop 54, H3): "Prior MRI (2019): L4-5 foraminal stenosis due to
 * facet hypertrophy. Current MRI: foramina patent.", "Previous CT lumbar spine 03/2021: ...",
 * "Outside MRI: ...". What the earlier study showed is that study's finding, history as a
 * comparison line's is (sec-comparison); the current study, or the visit's own words, say what
 * is there now. Such labels hold brackets, digits and capitals ("MRI"), which the heading reader
 * (find-sections.ts, HEADING) does not read.
 */
const STUDY = String.raw`(?:mri|mr|ct|x-?rays?|xr|radiographs?|films?|imaging|studies|study|scan|myelogram|ct[ \t]+myelogram|emg(?:/ncs)?|emg[ \t]+and[ \t]+ncs|nerve[ \t]+conduction[ \t]+studies)`;
const PART = String.raw`(?:[ \t]+(?:of[ \t]+the[ \t]+)?(?:(?:cervical|thoracic|lumbar|lumbosacral|c|t|l)(?:-|[ \t]+)?spine|cervical|thoracic|lumbar|lumbosacral))?`;
const DATE = String.raw`(?:[ \t]*\([^)\n]{0,30}\)|,?[ \t]+(?:dated[ \t]+|from[ \t]+|of[ \t]+|on[ \t]+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-](?:19|20)\d\d|(?:19|20)\d\d))?`;
/** The label, at a line's or a sentence's start, up to its colon. */
const LABEL = new RegExp(
  String.raw`(?:^|\n|[.;][ \t]+)[ \t]*(?:[-*\u2022][ \t]*)?(?:prior|previous|earlier|old|older|outside|remote)[ \t]+${STUDY}${PART}${DATE}[ \t]*:`,
  'gi',
);
/**
 * Where the earlier study's block ends: a blank line, another label at a line's or sentence's
 * start ("Current MRI:", "Impression:"), or a sentence that speaks of the present ("Today ...").
 */
const BLOCK_END =
  /\n[ \t]*\r?\n|(?:[.;!?][ \t]+|\n[ \t]*)(?=[A-Z][A-Za-z0-9 ()/&'-]{0,40}:|(?:now|today|currently|presently|at[ \t]+present|at[ \t]+this[ \t]+time|this[ \t]+visit)\b)/gi;

/**
 * Adds each labelled earlier study's block to the note's sections, in order, as history from its
 * colon to where it ends (see BLOCK_END) or the next heading. Returns whether it added any.
 */
export function priorStudies(text: string, sections: Section[]): boolean {
  let added = false;
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(text); m !== null; m = LABEL.exec(text)) {
    const start = m.index + m[0].length;
    BLOCK_END.lastIndex = start;
    const stop = BLOCK_END.exec(text);
    let end = stop === null ? text.length : stop.index + 1;
    for (const s of sections) if (s.start > start && s.start < end) end = s.start;
    // What follows the block: the status in effect there before.
    let after: Status | null = null;
    for (const s of sections) if (s.start <= end) after = s.status;
    const i = sections.findIndex((s) => s.start > start);
    const rest = i < 0 ? [] : sections.splice(i);
    sections.push({ start, name: 'prior study', status: 'historical' });
    if (end < text.length && !rest.some((s) => s.start === end))
      sections.push({ start: end, name: '', status: after });
    sections.push(...rest);
    added = true;
    LABEL.lastIndex = Math.max(LABEL.lastIndex, start);
  }
  return added;
}
