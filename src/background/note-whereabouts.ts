import { noNoteOnPage, notCheckedForNoNote, noteTextRead } from '../core/rules/note-read';
import type { PageSnapshot } from '../protocol/messages';
import { frameOrigin } from './frame-groups';
import type { GroupResult } from './stored-state';

type Frame = Pick<PageSnapshot, 'url' | 'origin' | 'fields'>;

/**
 * Says where the note is for the codes of a group of frames that read no note text (the core's
 * "no note text was read", note-read.ts): the group is analysed alone, so only the tab knows
 * whether another group (another site, not paired with this one) has the note, as an EHR that shows
 * the note from a documents server in a frame does. Then the verdict names that frame's site and
 * the options page's "Frames checked together"; when no frame has note text, it says that no note
 * text was found on this page. Other groups, and the cached results, are left as they are.
 *
 * Read from the frames' own texts, not the part the tab's character budget let the analysis read:
 * a note cut away by the budget is still on the page, and the core's own reason stays then.
 */
export function withNoteWhereabouts(
  groups: readonly GroupResult[],
  frames: Record<string, Frame>,
): GroupResult[] {
  const order = Object.keys(frames).sort((a, b) => Number(a) - Number(b));
  const withNote = order.filter((id) => noteTextRead((frames[id] as Frame).fields));
  return groups.map((group) => {
    const verdicts = group.result.verdicts;
    if (!verdicts?.some(notCheckedForNoNote) || group.frames.some((id) => withNote.includes(id)))
      return group;
    // The site of the first frame of another group with note text, the top page first. An opaque
    // origin (a sandboxed or data: frame) cannot be paired: not named; when only such frames have
    // the note, the core's reason stays.
    const sites = withNote
      .filter((id) => !group.frames.includes(id))
      .map((id) => frameOrigin(id, frames[id] as Frame));
    const site = sites.find((s) => !s.startsWith('null#'));
    if (site === undefined && sites.length > 0) return group;
    return {
      ...group,
      result: {
        ...group.result,
        verdicts: verdicts.map((v) => (notCheckedForNoNote(v) ? noNoteOnPage(v, site) : v)),
      },
    };
  });
}
