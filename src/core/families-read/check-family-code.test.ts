import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import { sayCoreText } from '../../platform/i18n';

const run = (code: string, note: string) =>
  analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }, { id: 'note', kind: 'note', text: note }] });
const rules = (code: string, note: string) => run(code, note).findings.filter((f) => f.code === code && f.rule !== 'suggested-code');

describe('spine-family checks', () => {
  it('names the dorsopathy scheme when the same C1-C2 finding is occipito-atlanto-axial, not cervical', () => {
    const [f] = rules('M48.02', 'CT: C1-C2 canal stenosis from pannus.');
    expect(f).toMatchObject({ rule: 'region-mismatch', severity: 'error', suggestions: ['M48.01'] });
    expect(f?.message).toMatch(/cervical region of the M40-M54 dorsopathy codes/);
    expect(f?.message).not.toMatch(/scheme/);
    expect(f?.message).toMatch(/occipito-atlanto-axial/);
  });

  it('reads junction segments as regions of their own (L5-S1 is lumbosacral)', () => {
    const [f] = rules('M51.26', 'L5-S1 disc protrusion, no radiculopathy.');
    expect(f).toMatchObject({ rule: 'region-mismatch', suggestions: ['M51.27'] });
  });

  it('lowers a region finding to info when the note documents several other regions (mixed)', () => {
    const [f] = rules('M51.24', 'Disc protrusions at C5-6 and L4-5. No radiculopathy.');
    expect(f).toMatchObject({ rule: 'region-mismatch', severity: 'info' });
  });

  it("checks M50's level character: M50.122 is C5-C6", () => {
    const [f] = rules('M50.122', 'C6-7 disc herniation with right C7 radiculopathy.');
    expect(f).toMatchObject({ rule: 'region-mismatch', severity: 'error', suggestions: ['M50.123'] });
    expect(rules('M50.123', 'C6-7 disc herniation with right C7 radiculopathy.')).toEqual([]);
  });

  it('never suggests a code that says "with" what the note does not document, and says how the note states a qualifier', () => {
    // Myelopathy denied, no radiculopathy: M47.812 (without either), not M47.22 (with radiculopathy).
    const [f] = rules('M47.12', 'C5-6 spondylosis with canal stenosis. No cord signal abnormality. No myelopathic signs on exam.');
    expect(f).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M47.812'] });
    expect(f?.message).toMatch(/documents it only as negated \("cord signal abnormality", "myelopathic"\)/);
    // A herniation with back pain only: the displacement code; not "with leg pain", and not
    // degeneration (M51.360), which the note does not document (QA stop 44, F3).
    expect(rules('M51.16', 'L4-5 disc herniation. Low back pain, no leg pain.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.26'] });
    // Degeneration documented: its code with the pain the note affirms, and not the displacement code.
    expect(rules('M51.16', 'L4-5 degenerative disc disease. Low back pain, no leg pain.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.360'] });
  });

  it('softly flags "with radiculopathy" when the note\'s radiculopathy is at a root the coded lesion cannot reach', () => {
    // The demo: a C4-C5 bulge, a C6 radiculopathy (C6 leaves at C5-C6).
    const [f] = rules('M50.121', 'C4-C5: mild disc bulge without stenosis. Left C6 radiculopathy.');
    // A bulge is a displacement: M50.221, not the degeneration code M50.321 (QA stop 44, F3).
    expect(f).toMatchObject({ rule: 'qualifier-mismatch', severity: 'info', suggestions: ['M50.221'] });
    expect(f?.message).toBe('M50.121 says with radiculopathy, but the note\'s radiculopathy ("radiculopathy") is at a nerve root the lesion at C4-C5 does not reach; check the level.');
    // Reached (a C5 root leaves at C4-C5), or linked by the provider in one sentence with a side unlevelled: supported.
    expect(rules('M50.121', 'C4-5 disc herniation. Left C5 radiculopathy.')).toEqual([]);
    expect(rules('M50.121', 'C4-5 disc herniation with left radiculopathy.')).toEqual([]);
    // Paired in a sentence at levels that disagree, still worth a look (QA stop 54, class 1).
    expect(rules('M50.121', 'C4-5 disc herniation with left C6 radiculopathy.')[0]).toMatchObject({ rule: 'qualifier-mismatch', severity: 'info' });
    // A lumbar root is reached from the segment above its vertebra and the one below.
    expect(rules('M51.16', 'L4-5 disc protrusion. Left L5 radiculopathy.')).toEqual([]);
    expect(rules('M51.16', 'L2-3 disc protrusion. Left L5 radiculopathy.')[0]).toMatchObject({ rule: 'qualifier-mismatch', severity: 'info' });
  });

  it('says plainly when the note does not document the lesion a code names', () => {
    const [f] = rules('M50.122', 'C5-6 uncovertebral spurring with foraminal narrowing.');
    expect(f).toMatchObject({ rule: 'unsupported-code' });
    expect(f?.message).toBe('M50.122 is a disc disorder, but the note does not document a disc disorder.');
  });

  it('suggests M48.062 when the note documents neurogenic claudication, and M48.061 when it denies it', () => {
    expect(rules('M48.061', 'L4-5 canal stenosis with neurogenic claudication.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M48.062'] });
    expect(rules('M48.062', 'L4-5 canal stenosis. No neurogenic claudication.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M48.061'] });
  });

  it('softens a qualifier finding to info when the note only suspects the qualifier', () => {
    const [f] = rules('M48.062', 'L3-4 canal stenosis. Possible neurogenic claudication.');
    expect(f).toMatchObject({ rule: 'qualifier-mismatch', severity: 'info' });
  });

  it('reads the FY2025 discogenic pain characters of M51.36-', () => {
    expect(rules('M51.369', 'L4-5 degenerative disc disease with low back pain.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.360'] });
    expect(rules('M51.362', 'L4-5 disc degeneration with axial low back pain and pain radiating into the left thigh. No radiculopathy.')).toEqual([]);
  });

  it('suggests, for the other disc lesion, the level and pain the note documents, and no code the note contradicts', () => {
    // QA stop 43, #6: the level character was the entered code's (M50.221, C4-C5, for a C5-C6 protrusion).
    expect(rules('M50.321', 'MRI: C5-6 small disc protrusion.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M50.222'] });
    // Protrusions at two mid-cervical levels: the code of each.
    expect(rules('M50.321', 'C5-6 and C6-7 disc protrusions.')[0]).toMatchObject({ suggestions: ['M50.222', 'M50.223'] });
    // The pain character: it was always M51.369, "without mention of ... lower extremity pain".
    expect(rules('M51.26', 'L4-5 disc degeneration, no herniation. Left leg pain.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.361'] });
    expect(rules('M51.26', 'L4-5 disc degeneration, no herniation.')[0]).toMatchObject({ suggestions: ['M51.369'] });
    // #6b (n26): leg pain under a history heading is neither affirmed nor denied: no M51.36- code says either.
    const n26 = 'HISTORY: Prior surgery L4-5, recurrent L leg pain.\nFINDINGS: Small recurrent left paracentral disc extrusion at L4-5 abutting the left L5 nerve root.';
    expect(rules('M51.16', n26)[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.26'] });
  });

  it('takes a disc-osteophyte complex for either disc code, and still checks its level', () => {
    // The Index has no entry for it: it names a degenerated disc with a spur, not which disc code.
    const note = 'MRI cervical spine: C5-6 disc osteophyte complex with moderate left foraminal narrowing.';
    for (const code of ['M50.322', 'M50.222']) {
      expect(rules(code, note)).toEqual([]);
      expect(run(code, note).verdicts?.find((v) => v.code === code)?.verdict).toBe('supported');
    }
    // Before, M50.321 got "is disc degeneration, but the note documents disc displacement".
    expect(rules('M50.321', note).map((f) => [f.rule, f.suggestions])).toEqual([['region-mismatch', ['M50.322']]]);
    // A herniation is still displacement only.
    expect(rules('M50.322', 'C5-6 disc herniation.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M50.222'] });
  });

  it('moves a spondylosis code with radiculopathy to M47.2-', () => {
    expect(rules('M47.812', 'C5-6 osteophytes with right C6 radiculopathy.')[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M47.22'] });
  });

  it('gives site-mismatch for M48.0- against foraminal-only stenosis and points to M99.6-', () => {
    const [f] = rules('M48.02', 'C5-6 left foraminal stenosis due to uncovertebral osteophytes. No central canal stenosis.');
    expect(f).toMatchObject({ rule: 'site-mismatch', severity: 'error', suggestions: ['M99.61'] });
  });

  it('agrees with a code for either segment a root alone names below the neck, and still flags a region neither is in', () => {
    // An L5 root crosses L4-L5 and leaves through L5-S1: M54.16 and M54.17 both fit "L5 radiculopathy".
    expect(rules('M54.16', 'Left L5 radiculopathy.')).toEqual([]);
    expect(rules('M54.17', 'Left L5 radiculopathy.')).toEqual([]);
    expect(rules('M54.14', 'Left L5 radiculopathy.')[0]).toMatchObject({ rule: 'region-mismatch', severity: 'error', suggestions: ['M54.16'] });
    // L1: thoracolumbar (T12-L1) or lumbar (L1-L2); T1: cervicothoracic (C7-T1) or thoracic (T1-T2).
    expect(rules('M54.16', 'Left L1 radiculopathy.')).toEqual([]);
    expect(rules('M54.15', 'Left L1 radiculopathy.')).toEqual([]);
    expect(rules('M54.14', 'Right T1 radiculopathy.')).toEqual([]);
    expect(rules('M54.13', 'Right T1 radiculopathy.')).toEqual([]);
    // A cervical root leaves above its vertebra: C6 is C5-C6 only.
    expect(rules('M54.13', 'Left C6 radiculopathy.')[0]).toMatchObject({ rule: 'region-mismatch', severity: 'error' });
  });

  it('leaves out an Excludes1 cause at a level that cannot reach the radiculopathy root, unless the note links the two', () => {
    // A C6 root leaves at C5-C6: the C4-C5 bulge is not its cause, the C5-C6 osteophytes may be.
    const [f] = rules('M54.12', 'C4-C5: mild disc bulge. C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing. Left C6 radiculopathy.');
    expect(f).toMatchObject({ rule: 'classified-elsewhere', suggestions: ['M47.22'] });
    expect(f?.message).not.toMatch(/disc bulge/);
    expect(rules('M54.12', 'C4-C5: mild disc bulge. Left C6 radiculopathy.')).toEqual([]);
    // An L5 root is reached from L4-L5 and L5-S1, not L3-L4.
    expect(rules('M54.16', 'L5-S1 foraminal disc protrusion. Left L5 radiculopathy.')[0]).toMatchObject({ rule: 'classified-elsewhere', suggestions: ['M51.17'] });
    expect(rules('M54.16', 'L3-4 disc bulge. Left L5 radiculopathy.')).toEqual([]);
    // With no root named, any level in the same part of the spine still counts.
    expect(rules('M54.12', 'C4-5 disc bulge. Cervical radiculopathy.')[0]).toMatchObject({ rule: 'classified-elsewhere', suggestions: ['M50.121'] });
    // Linked in one sentence, the provider states the relation: kept at a level that reaches the
    // root, or when a side names no level; not when the stated levels disagree (QA stop 54, class 1).
    expect(rules('M54.12', 'C5-6 disc herniation with C6 radiculopathy.')[0]).toMatchObject({ rule: 'classified-elsewhere', severity: 'warning', suggestions: ['M50.122'] });
    expect(rules('M54.12', 'C5-6 disc herniation with radiculopathy.')[0]).toMatchObject({ rule: 'classified-elsewhere', severity: 'warning', suggestions: ['M50.122'] });
    expect(rules('M54.12', 'C5-6 disc herniation with C7 radiculopathy.')).toEqual([]);
  });

  it('links a cervical radiculopathy and its cause by level when no sentence links them: the root exits at that segment', () => {
    const note = 'CERVICAL SPINE X-RAY: C5-6 disc space narrowing with anterior osteophytes.\nASSESSMENT: Neck pain with right C6 radiculopathy.';
    const [f] = rules('M54.12', note);
    expect(f).toMatchObject({ rule: 'classified-elsewhere', severity: 'warning', suggestions: ['M50.122', 'M47.22'] });
    expect(f?.message).toBe(
      'The note documents "disc space narrowing", "osteophytes" in the same part of the spine. An Excludes1 note at M54.1- (radiculopathy) sends the condition with that cause to the combination code (M50.122, M47.22); M54.12 is not coded beside it. The note links the two by level: a C6 nerve root exits at C5-C6, the level of the cause.',
    );
    // Sourced: the index's root-to-level pairs and the roots' anatomy, beside the Excludes1 note.
    expect(f?.sources.map((s) => s.title).join('\n')).toMatch(/Alphabetic Index[^\n]*Radiculopathy[\s\S]*Britannica, "intervertebral foramen"/);
    expect(sayCoreText('en', f!.messageId!, f!.params ?? {}, f!.message)).toMatch(/not coded beside it\. The note links the two by level: a C6 nerve root exits at C5-C6, the level of the cause\.$/);
    expect(sayCoreText('es', f!.messageId!, f!.params ?? {}, f!.message)).toMatch(/la raíz nerviosa C6 sale en C5-C6, el nivel de la causa\.$/);
    expect(run('M54.12', note).verdicts?.[0]?.verdict).toBe('finding');
    // Not at the root's segment, or no root named: still only beside each other (info), as before.
    expect(rules('M54.12', 'C5-6 disc bulge. Cervical radiculopathy.')[0]?.message).toMatch(/does not link the two in one sentence/);
    expect(rules('M54.12', 'C5-6 disc bulge. Cervical radiculopathy.')[0]?.severity).toBe('info');
    // A lumbar root is reached from two segments, C7-T1 may be the C8 or the T1 root: no link by level there.
    expect(rules('M54.16', 'L4-5 disc protrusion. Left L5 radiculopathy.')[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/does not link the two in one sentence/) });
    expect(rules('M54.13', 'C7-T1 disc protrusion. Left C8 radiculopathy.')[0]).toMatchObject({ severity: 'info', message: expect.stringMatching(/does not link the two in one sentence/) });
  });

  it('flags M54.1- beside a documented disc cause (Excludes1) and names the combination code', () => {
    const [f] = rules('M54.16', 'L4-5 disc herniation causing right L5 radiculopathy.');
    expect(f).toMatchObject({ rule: 'classified-elsewhere', severity: 'warning', suggestions: ['M51.16'] });
  });

  it("says a supported code's qualifiers as the code's own words, not \"says about without myelopathy\"", () => {
    const [v] = run('M50.121', 'Cervical disc herniation at C4-C5 with radiculopathy. No myelopathy.').verdicts ?? [];
    expect(v?.verdict).toBe('supported');
    expect(v?.reason).toMatch(/the note documents what M50\.121 says: without myelopathy, with radiculopathy/);
    expect(v?.reason).not.toMatch(/says about/);
  });

  it("quotes, for a supported code, the statements at the level or in the region it names, not every one of the study's", () => {
    const study = 'C3-4: Mild disc bulge. C4-5: Disc osteophyte complex. C5-6: Disc herniation with right foraminal narrowing. C6-7: Mild disc bulge. IMPRESSION: Right C6 radiculopathy.';
    const [v] = run('M50.122', study).verdicts ?? [];
    expect(v?.verdict).toBe('supported');
    expect(v?.reason).toBe(
      '"herniation" is in the mid-cervical region at C5-C6 (M50 cervical disc codes); the note documents what M50.122 says: with radiculopathy; the note documents a disc disorder ("herniation")',
    );
    expect(v?.evidence.map((e) => e.text)).toEqual(['herniation', 'radiculopathy']);
    // A code that names no level (M50.120): every statement of its region.
    expect(run('M50.120', study).verdicts?.[0]?.reason).toMatch(/a disc disorder \("Disc osteophyte complex", "herniation", "disc bulge"\)$/);
    // A region code: its region's statements only, not the neck's.
    const [low] = run('M51.16', 'C5-6 disc bulge. L4-5 disc herniation with left L5 radiculopathy.').verdicts ?? [];
    expect(low?.verdict).toBe('supported');
    expect(low?.reason).toMatch(/a disc disorder \("herniation"\)$/);
    expect(low?.evidence.map((e) => e.text)).not.toContain('disc bulge');
    // The lesion outside the code's region: all of them, as the region finding quotes.
    expect(run('M51.16', 'C5-6 disc bulge.').findings.find((f) => f.rule === 'region-mismatch')?.message).toMatch(/"disc bulge"/);
  });

  it('says unsupported when the note negates the condition', () => {
    expect(rules('M43.16', 'No spondylolisthesis on flexion views.')[0]).toMatchObject({ rule: 'unsupported-code' });
    expect(rules('M51.16', 'Follow-up visit.')[0]).toMatchObject({ rule: 'unsupported-code' });
    // An empty note is no note read: nothing to say the code lacks (rules/note-read.ts).
    expect(rules('M51.16', '')).toEqual([]);
  });

  it('moves a general disc disorder code only to the disc lesion the note documents (QA stop 44, F3)', () => {
    const note = 'mri thoracic at t7-t8 there is a small right paracentral disc protrusion without cord compression';
    expect(rules('M51.04', note)[0]).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.24'] });
    // Both lesions documented: both codes stay candidates.
    const both = rules('M51.16', 'L4-5 disc protrusion and degenerative disc disease. Low back pain, no leg pain.')[0];
    expect(both).toMatchObject({ rule: 'qualifier-mismatch', suggestions: ['M51.26', 'M51.360'] });
  });
});
