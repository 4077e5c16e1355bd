import { describe, expect, it } from 'vitest';
import { analyze, type CodeVerdict } from '../core';
import type { PageSnapshot, SnapshotField } from '../protocol/messages';
import { frameGroups } from './frame-groups';
import { frameVerdict } from './frame-verdict';
import { mergeFrames, splitTabFieldId } from './merge-frames';
import { withNoteWhereabouts } from './note-whereabouts';
import { mergeGroups, type GroupResult } from './stored-state';

const EHR = 'https://ehr.example.org';
const NOTES = 'https://notes.example.org';
const NOTE = 'MRI: moderate left C5-C6 neural foraminal stenosis due to uncovertebral osteophytes.';

const frame = (url: string, fields: SnapshotField[], origin?: string): PageSnapshot => ({
  docId: url,
  url,
  isTop: false,
  fields,
  ...(origin ? { origin } : {}),
});
const dx = (text: string): SnapshotField => ({ id: 'dx', kind: 'diagnosis', text });
const note = (text: string): SnapshotField => ({ id: 'note', kind: 'note', text });

/** What refreshTab does with a tab's frames: analyse each group of frames apart, say where the note is, merge. */
function tab(frames: Record<string, PageSnapshot>, pairs: [string, string][] = []) {
  const fields = mergeFrames(frames);
  const groups: GroupResult[] = frameGroups(frames, pairs).map((ids) => ({
    frames: ids,
    result: analyze({ fields: fields.filter((f) => ids.includes(String(splitTabFieldId(f.id).frameId))) }),
  }));
  return { groups, merged: mergeGroups(withNoteWhereabouts(groups, frames)) };
}
const verdictOf = (verdicts: readonly CodeVerdict[] | undefined, code: string) =>
  verdicts?.find((v) => v.code === code);

describe('withNoteWhereabouts: the verdict of a frame with codes and no note', () => {
  it('names the unpaired site whose frame has the note, and the options page\'s "Frames checked together"', () => {
    const { merged } = tab({
      '0': frame(`${EHR}/chart/1`, [dx('M99.60')]),
      '3': frame(`${NOTES}/doc/7`, [note(NOTE)]),
    });
    // No finding from a note the code's frame never read (before: "M99.60 is a stenosis code, but the note documents no spinal stenosis").
    expect(merged.result.findings.filter((f) => f.code === 'M99.60')).toEqual([]);
    const v = verdictOf(merged.result.verdicts, 'M99.60');
    expect(v).toMatchObject({
      verdict: 'not-checked',
      checkedBy: [],
      messageId: 'verdict_words_not_checked',
    });
    expect(v?.params).toEqual({
      code: 'M99.60',
      site: NOTES,
      frames_msg: 'pairedTitle',
      reason_msg: 'reason_not_checked_note_other_site',
    });
    expect(v?.reason).toBe(
      `M99.60 is in a frame with no note text; the note text on this page is in a frame from ${NOTES}, a site checked apart from this one. To check them together, pair the two sites in ChartLint's options under “Frames checked together”`,
    );
    // The frame's badge reads the same verdict.
    expect(frameVerdict(merged.result, 0).verdicts).toEqual([v]);
  });

  it('says that no note text was found on this page when no frame has any', () => {
    for (const frames of [
      { '0': frame(`${EHR}/claim`, [dx('M99.61, M48.061')]) },
      { '0': frame(`${EHR}/claim`, [dx('M99.61, M48.061')]), '2': frame(`${NOTES}/blank`, [note(' \n ')]) },
    ]) {
      const { merged } = tab(frames);
      expect(merged.result.findings).toEqual([]);
      expect(merged.result.verdicts?.map((v) => [v.code, v.reason, v.params?.reason_msg])).toEqual([
        [
          'M99.61',
          'no note text was found on this page, so nothing was compared with M99.61',
          'reason_not_checked_no_note_on_page',
        ],
        [
          'M48.061',
          'no note text was found on this page, so nothing was compared with M48.061',
          'reason_not_checked_no_note_on_page',
        ],
      ]);
    }
  });

  it('checks the code against the note once the two sites are paired, or once a note is typed in its own frame', () => {
    const frames = {
      '0': frame(`${EHR}/chart/1`, [dx('M99.60')]),
      '3': frame(`${NOTES}/doc/7`, [note(NOTE)]),
    };
    const paired = tab(frames, [[EHR, NOTES]]).merged.result;
    expect(paired.findings.map((f) => f.rule)).toContain('region-mismatch');
    expect(verdictOf(paired.verdicts, 'M99.60')?.verdict).toBe('finding');

    const typed = tab({ ...frames, '0': frame(`${EHR}/chart/1`, [dx('M99.60'), note(NOTE)]) }).merged.result;
    expect(typed.findings.filter((f) => f.code === 'M99.60').map((f) => f.rule)).toContain('region-mismatch');
    expect(verdictOf(typed.verdicts, 'M99.60')).toMatchObject({
      verdict: 'finding',
      checkedBy: expect.arrayContaining(['region-mismatch']),
    });
  });

  it("names the top page's site to a frame that holds the codes, and leaves the groups with a note and their cached results as they are", () => {
    const frames = {
      '0': frame(`${EHR}/chart/1`, [note(NOTE)]),
      '4': frame(`${NOTES}/superbill`, [dx('M99.61')]),
    };
    const { groups, merged } = tab(frames);
    const before = structuredClone(groups);
    expect(verdictOf(merged.result.verdicts, 'M99.61')?.params?.site).toBe(EHR);
    expect(withNoteWhereabouts(groups, frames)[0]).toBe(groups[0]);
    expect(groups).toEqual(before);
  });

  it("keeps the core's reason when only a frame that cannot be paired (an opaque origin) has the note", () => {
    const { merged } = tab({
      '0': frame(`${EHR}/chart/1`, [dx('M99.61')]),
      '5': frame('about:srcdoc', [note(NOTE)], 'null'),
    });
    expect(verdictOf(merged.result.verdicts, 'M99.61')?.params?.reason_msg).toBe(
      'reason_not_checked_no_note',
    );
  });
});
