import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { invalidCode } from './invalid-code';
import { nonBillableCode } from './non-billable-code';
import { page, runRule } from './run-rule';

const lookup = loadSpineLookup();

describe('non-billable-code', () => {
  it('flags the header M99.6 and offers M99.61 from "C5-6 foraminal stenosis from osteophytes."', () => {
    const { findings } = runRule(nonBillableCode, page('M99.6', 'C5-6 foraminal stenosis from osteophytes.'), { lookup });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'error', suggestions: ['M99.61'] });
    expect(findings[0]?.message).toMatch(/header/);
  });

  it('offers the first codes under the header when the note names no region', () => {
    const { findings } = runRule(nonBillableCode, page('M99.6', 'No imaging yet.'), { lookup });
    expect(findings[0]?.suggestions).toEqual(['M99.60', 'M99.61', 'M99.62', 'M99.63', 'M99.64']);
  });

  it('knows M99 headers without a catalog, and M99.9 is complete at four characters', () => {
    expect(runRule(nonBillableCode, page('M99.6', 'Foraminal stenosis.')).findings).toHaveLength(1);
    expect(runRule(nonBillableCode, page('M99.9', 'Foraminal stenosis.')).findings).toEqual([]);
  });

  it('points only at the correctly typed places when the header was also typed with a letter', () => {
    const { findings } = runRule(nonBillableCode, page('M99.O, M99.0', 'Foraminal stenosis.'), { lookup, before: [invalidCode] });
    expect(findings[0]?.evidence.map((e) => e.text)).toEqual(['M99.0']);
  });
});

describe('what a header lacks', () => {
  const said = (code: string) => runRule(nonBillableCode, page(code, 'x'), { lookup }).findings[0];
  it('names the region only where the codes under the header name one', () => {
    expect(said('M99.6')?.messageId).toBe('finding_header_code');
    expect(said('M43.1')?.message).toMatch(/needs one more character for the region\.$/);
    // The 6th character of M51.36- says where the pain is, and of M48.06- whether claudication is
    // documented. Its reportable codes, not its first five digits: M51.363-M51.368 do not exist.
    expect(said('M51.36')).toMatchObject({ messageId: 'finding_header_code_more', suggestions: ['M51.360', 'M51.361', 'M51.362', 'M51.369'] });
    expect(said('M51.36')?.message).toMatch(/needs one more character\.$/);
    expect(said('M48.06')?.messageId).toBe('finding_header_code_more');
  });
});

describe('non-billable-code: a spine-family header read against the note (QA stop 44, F4)', () => {
  it('offers the child at the documented level', () => {
    const { findings } = runRule(nonBillableCode, page('M50.12', 'C5-6 disc herniation with left C6 radiculopathy.'), { lookup });
    expect(findings[0]).toMatchObject({ suggestions: ['M50.122'], params: { documents_msg: 'sentence_note_documents_codes', documented_list: 'M50.122' } });
    expect(findings[0]?.message).toMatch(/The note documents M50\.122\.$/);
  });

  it('says when the note denies what every child says, and points to the fitting subcategory at the documented levels', () => {
    const note = 'A/P 9/30/26: Cervical disc degeneration C5-6 and C6-7. Hx of C5-C6 herniation treated conservatively 2019. Now w/ neck pain only. Denies radicular sx. No myelopathy.';
    const { findings } = runRule(nonBillableCode, page('M50.12', note), { lookup });
    expect(findings[0]?.suggestions).toEqual(['M50.322', 'M50.323']);
    // "Denies radicular sx" is a denied radiculopathy since stop 56 (radicular signs/sx), quoted as such.
    expect(findings[0]?.message).toMatch(/No code under it fits the note: M50\.12 says with radiculopathy, but the note documents it only as negated \("radicular sx"\)\.$/);
    expect(findings[0]?.params).toMatchObject({ documents_msg: 'sentence_header_against', against_msg: 'finding_family_qualifier' });
    expect(findings[0]?.params?.parts_msgs).toContain('"code":"M50.12"');
  });

  it("offers the M51.36- pain character the note affirms, not the leg pain it denies", () => {
    const note = 'No leg symptoms. Multilevel lumbar degenerative disc disease without stenosis. Discogenic back pain.';
    expect(runRule(nonBillableCode, page('M51.36', note), { lookup }).findings[0]?.suggestions).toEqual(['M51.360']);
    const legs = 'Lumbar degenerative disc disease. Left leg pain, no back pain.';
    expect(runRule(nonBillableCode, page('M51.36', legs), { lookup }).findings[0]?.suggestions).toEqual(['M51.361']);
  });

  it('keeps the first children when the note gives nothing to choose by', () => {
    expect(runRule(nonBillableCode, page('M50.12', 'Neck pain.'), { lookup }).findings[0]?.suggestions).toEqual(['M50.120', 'M50.121', 'M50.122', 'M50.123']);
  });
});

describe('a header is completed under itself (QA stop 54, class 5)', () => {
  const header = (code: string, note: string) => runRule(nonBillableCode, page(code, note), { lookup }).findings[0];

  it('keeps a header\'s completions under it when the note also documents another region', () => {
    // Before: M51.362 and M51.372 (M51.372 sits under M51.37, another header).
    const note = 'Assessment: L4-5 and L5-S1 disc degeneration with axial low back pain and left leg pain.';
    expect(header('M51.36', note)?.suggestions).toEqual(['M51.362']);
    expect(header('M51.37', note)?.suggestions).toEqual(['M51.372']);
  });

  it('says a header at the wrong region as the region finding, not as a completion', () => {
    const f = header('M51.37', 'Assessment: L4-5 disc degeneration with discogenic low back pain, no leg pain.');
    expect(f?.suggestions).toEqual(['M51.360']);
    expect(f?.params?.documents_msg).toBe('sentence_header_against');
    expect(f?.message).toMatch(/No code under it fits the note: M51\.37 is for the lumbosacral region/);
  });

  it('completes a header whose children are headers with their own children, read against the note', () => {
    // Before: M51.34 and M51.35 (thoracic, thoracolumbar), the first billable codes one character down.
    const f = header('M51.3', 'Assessment: L4-5 disc degeneration with discogenic low back pain, no leg pain.');
    expect(f?.suggestions).toEqual(['M51.360']);
    expect(f?.message).toMatch(/needs one more character for the region/);
  });
});

describe('non-billable-code: an M99 header, with what is classified elsewhere first (blind QA stop 54, M2)', () => {
  it('names M48.061 before the M99 canal code for lumbar canal stenosis', () => {
    const f = runRule(nonBillableCode, page('M99', 'Moderate L2-3 central canal stenosis from facet osteophytes.'), { lookup }).findings[0];
    expect(f?.suggestions).toEqual(['M48.061', 'M99.33']);
    expect(f?.params?.documents_msg).toBe('sentence_note_documents_elsewhere_first');
    expect(f?.message).toMatch(/The note documents M99\.33; the M99 category note puts M48\.061 first/);
  });
});
