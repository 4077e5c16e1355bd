import { describe, expect, it } from 'vitest';
import { analyze } from '../core';
import type { PageSnapshot, TabState } from '../protocol/messages';
import { storedTextAround } from '../protocol/excerpts';
import { fitState, mergeGroups, storedFrames } from './stored-state';

const NOTE = `${'Filler words about the visit. '.repeat(200)}MRI: left C5-6 foraminal stenosis due to uncovertebral osteophyte.${' More filler.'.repeat(200)}`;
const frames: Record<string, PageSnapshot> = {
  '0': { docId: 'a', url: 'http://e2e.chartlint.localhost/', isTop: true, fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.60', label: 'Dx' }] },
  '2': { docId: 'b', url: 'http://e2e.chartlint.localhost/n', isTop: false, fields: [{ id: 'note', kind: 'note', text: NOTE }] },
};
const result = analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: 'M99.60' }, { id: '2:note', kind: 'note', text: NOTE }] });

describe('storedFrames', () => {
  it('keeps labels and lengths but of the text only excerpts around the spans, enough to quote them', () => {
    const stored = storedFrames(frames, result, new Map());
    const note = stored['2']!.fields[0]!;
    expect(note.text).toBeUndefined();
    expect(note.chars).toBe(NOTE.length);
    expect(JSON.stringify(note.excerpts).length).toBeLessThan(NOTE.length / 4);
    expect(stored['0']!.fields[0]).toMatchObject({ id: 'dx', label: 'Dx', chars: 6 });
    const noteSpans = result.findings.flatMap((f) => f.evidence).filter((s) => s.fieldId === '2:note');
    expect(noteSpans.length).toBeGreaterThan(0);
    for (const span of noteSpans) {
      const piece = storedTextAround(note, span.start, span.end);
      expect(piece?.text.slice(span.start - piece.offset, span.end - piece.offset)).toBe(span.text);
    }
  });
});

describe('mergeGroups', () => {
  // QA stop 54, L4: a note analysed apart (an unpaired site's frame) suggested the code the page had entered.
  it('drops a group’s suggestion of a code another group entered, and keeps one nobody entered', () => {
    const noteOnly = analyze({ fields: [{ id: '2:note', kind: 'note', text: NOTE }] });
    const [suggested] = noteOnly.findings.filter((f) => f.rule === 'suggested-code').map((f) => f.code);
    expect(suggested).toBeDefined();
    const codes = (code: string) => analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: code }] });
    const enteredElsewhere = mergeGroups([{ frames: ['0'], result: codes(suggested!) }, { frames: ['2'], result: noteOnly }]);
    expect(enteredElsewhere.result.findings.filter((f) => f.rule === 'suggested-code')).toEqual([]);
    expect(enteredElsewhere.groups.finding).toHaveLength(enteredElsewhere.result.findings.length);
    const other = mergeGroups([{ frames: ['0'], result: codes('M99.60') }, { frames: ['2'], result: noteOnly }]);
    expect(other.result.findings.filter((f) => f.rule === 'suggested-code').map((f) => f.code)).toEqual([suggested]);
  });

  it("records each frame's and each finding's group", () => {
    const one = analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: 'M99.60' }] });
    const merged = mergeGroups([
      { frames: ['0'], result: one },
      { frames: ['2'], result },
    ]);
    expect(merged.groups.frame).toEqual({ '0': 0, '2': 1 });
    expect(merged.groups.finding).toEqual([...one.findings.map(() => 0), ...result.findings.map(() => 1)]);
    expect(merged.groups.mention).toEqual([...one.mentions.map(() => 0), ...result.mentions.map(() => 1)]);
    // Both groups judged the entered M99.60.
    expect(merged.groups.judging).toEqual([0, 1]);
  });

  it('keeps the later entries a cumulative note left unread, over every group', () => {
    const note = 'Visit 10/02/2026: Neck pain.\nVisit 10/16/2026: Neck pain, better.\nVisit 10/30/2026: Discharged.';
    const group = (id: string) => analyze({ fields: [{ id, kind: 'note', text: note }], dateOfService: '2026-10-02' });
    const merged = mergeGroups([
      { frames: ['0'], result: group('0:n') },
      { frames: ['2'], result: group('2:n') },
    ]).result;
    expect(merged.laterEntriesUnread).toEqual({ dateOfService: '2026-10-02', entries: 4, fieldIds: ['0:n', '2:n'] });
  });

  it('names the groups that judged codes, and none when no group did', () => {
    const codesOnly = analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: 'M99.61' }] });
    const noteOnly = analyze({ fields: [{ id: '2:note', kind: 'note', text: NOTE }] });
    const merged = mergeGroups([
      { frames: ['0'], result: codesOnly },
      { frames: ['2'], result: noteOnly },
    ]).groups;
    expect(merged.judging).toEqual([0]);
    expect(noteOnly.mentions.length).toBeGreaterThan(0);
    expect(merged.mention).toEqual(noteOnly.mentions.map(() => 1));
    expect('judging' in mergeGroups([{ frames: ['2'], result: noteOnly }, { frames: ['3'], result: noteOnly }]).groups).toBe(false);
  });

  it("merges the groups' checklists item by item, a met item's label and evidence kept", () => {
    // The first group names another cause than its code's: its mechanism item is unmet and says why.
    const disc = analyze({
      fields: [
        { id: '0:dx', kind: 'diagnosis', text: 'M99.61' },
        { id: '0:note', kind: 'note', text: 'MRI: right C5-6 foraminal stenosis due to disc bulge.' },
      ],
    });
    const unmet = disc.checklist.find((i) => i.id === 'mechanism');
    expect(unmet?.met).toBe(false);
    const met = result.checklist.find((i) => i.id === 'mechanism');
    expect(met?.met).toBe(true);
    const merged = mergeGroups([
      { frames: ['0'], result: disc },
      { frames: ['2'], result },
    ]).result.checklist.find((i) => i.id === 'mechanism');
    expect(merged).toMatchObject({ met: true, label: met?.label });
    expect(merged?.evidence).toEqual([...(unmet?.evidence ?? []), ...(met?.evidence ?? [])]);
  });

  it('keeps the X-ray item "not needed" (met by P/A/R/T) only when no group met it with an X-ray', () => {
    const span = { fieldId: '0:note', start: 0, end: 5, text: 'X-ray' };
    const withItem = (item: TabState['result']['checklist'][number]) => ({ ...result, checklist: [item] });
    const byPart = withItem({ id: 'xray', label: 'X-ray', met: true, evidence: [span], shownBy: 'part' });
    const byFilm = withItem({ id: 'xray', label: 'X-ray', met: true, evidence: [span] });
    const unmet = withItem({ id: 'xray', label: 'X-ray', met: false, evidence: [] });
    const merged = (...results: (typeof result)[]) =>
      mergeGroups(results.map((r, i) => ({ frames: [String(i)], result: r }))).result.checklist[0];
    expect(merged(unmet, byPart)?.shownBy).toBe('part');
    expect(merged(byPart, byPart)?.shownBy).toBe('part');
    expect(merged(byPart, byFilm)?.shownBy).toBeUndefined();
    expect(merged(byFilm, byPart)?.shownBy).toBeUndefined();
  });

  it("shows no checklist item met by a note in another group than the codes' (an unpaired frame of another site)", () => {
    const codesOnly = analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: 'M99.61' }] });
    const noteOnly = analyze({ fields: [{ id: '2:note', kind: 'note', text: NOTE }] });
    expect(codesOnly.checklist).toEqual([]);
    expect(noteOnly.checklist.some((i) => i.met)).toBe(true);
    const merged = mergeGroups([
      { frames: ['0'], result: codesOnly },
      { frames: ['2'], result: noteOnly },
    ]).result;
    expect(merged.checklist).toEqual([]);
    // With no code judged anywhere, the notes' checklists are merged as before.
    expect(mergeGroups([{ frames: ['2'], result: noteOnly }, { frames: ['3'], result: noteOnly }]).result.checklist.length).toBe(noteOnly.checklist.length);
  });

  it('keeps the chiropractic visit (the Regions table) and the comparisons of the groups', () => {
    const visit = analyze({
      fields: [
        { id: '0:dx', kind: 'diagnosis', text: 'M99.01' },
        { id: '0:fee', kind: 'procedure', text: '98940-AT' },
        { id: '0:note', kind: 'note', text: 'C3 subluxation, tender, restricted rotation. Adjusted C3 today.' },
      ],
    });
    expect(visit.chiro).toBeDefined();
    const merged = mergeGroups([{ frames: ['0'], result: visit }, { frames: ['2'], result }]);
    expect(merged.result.chiro).toEqual(visit.chiro);
    expect(merged.result.comparisons).toEqual([...(visit.comparisons ?? []), ...(result.comparisons ?? [])]);
  });

  it("keeps every group's procedure evidence (a decompressed foramen), in group order, and adds none where there is none", () => {
    const op = (frame: string, note: string) =>
      analyze({ fields: [{ id: `${frame}:dx`, kind: 'diagnosis', text: 'M99.73' }, { id: `${frame}:op`, kind: 'note', text: note }] });
    const lumbar = op('0', 'PROCEDURE: Right L5-S1 foraminotomy.');
    const cervical = op('2', 'PROCEDURE: Left C5-C6 foraminotomy.');
    expect(lumbar.procedureEvidence).toHaveLength(1);
    expect(cervical.procedureEvidence).toHaveLength(1);
    const merged = mergeGroups([{ frames: ['0'], result: lumbar }, { frames: ['1'], result }, { frames: ['2'], result: cervical }]);
    expect(merged.result.procedureEvidence).toEqual([...lumbar.procedureEvidence!, ...cervical.procedureEvidence!]);
    expect(merged.result.procedureEvidence?.map((p) => p.span.fieldId)).toEqual(['0:op', '2:op']);
    // No group read a procedure: the merged result has no such field (the core leaves it out too).
    expect('procedureEvidence' in mergeGroups([{ frames: ['0'], result }, { frames: ['2'], result }]).result).toBe(false);
  });
});

describe('fitState', () => {
  it('trims a state over its byte budget, keeps findings and groups in step, and says it was trimmed', () => {
    const state: TabState = {
      tabId: 1,
      url: 'http://e2e.chartlint.localhost/',
      updatedAt: 0,
      frames: storedFrames(frames, result, new Map()),
      result,
      groups: { frame: { '0': 0, '2': 0 }, finding: result.findings.map(() => 0) },
    };
    expect(fitState(state, frames, new Map(), 1_000_000)).toBe(state);
    const small = fitState(state, frames, new Map(), 2_000);
    expect(small.problem).toBe('stored-trimmed');
    expect(small.groups?.finding.length).toBe(small.result.findings.length);
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(state).length);
    // The kept code keeps its verdict, so the trimmed panel still says what was found about it.
    expect(result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M99.60', 'finding']]);
    expect(small.result.verdicts?.map((v) => [v.code, v.verdict])).toEqual([['M99.60', 'finding']]);
  });

  it('keeps the verdict of each code it keeps, and no other, when it trims the code list', () => {
    const codes = Array.from({ length: 60 }, (_, i) => `M99.${String(i % 10)}${i < 10 ? '' : String.fromCharCode(65 + Math.floor(i / 10))}`);
    const many = analyze({ fields: [{ id: '0:dx', kind: 'diagnosis', text: ['M99.61', ...codes].join(', ') }, { id: '2:note', kind: 'note', text: NOTE }] });
    const state: TabState = { tabId: 1, url: 'http://e2e.chartlint.localhost/', updatedAt: 0, frames: storedFrames(frames, many, new Map()), result: many };
    const small = fitState(state, frames, new Map(), 20_000);
    expect(small.problem).toBe('stored-trimmed');
    const kept = small.result.codes.map((c) => c.code);
    expect(kept.length).toBeLessThan(many.codes.length);
    expect(small.result.verdicts?.map((v) => v.code)).toEqual(many.verdicts?.map((v) => v.code).filter((c) => kept.includes(c)));
    expect(small.result.verdicts?.[0]).toMatchObject({ code: 'M99.61', verdict: 'supported' });
  });
});
