import { describe, expect, it } from 'vitest';
import { visitPage } from '../chiro/visit-page';
import { regionMismatch } from './region-mismatch';
import { runRule } from './run-rule';
import { treatedRegionUncoded } from './treated-region-uncoded';

describe('treated-region-uncoded', () => {
  it('names each treated, subluxated region without a code (the issue example), in the family of the entered code', () => {
    const note = 'Subluxations at C3, T6 and L2 with tenderness and restricted motion. CMT to C3, T6, L2.';
    const { findings } = runRule(treatedRegionUncoded, visitPage('M99.01', note, ['98941']));
    // The coder uses M99.0- (M99.01): the additions keep that family (blind QA stop 44, F2).
    expect(findings.map((f) => f.code)).toEqual(['M99.02', 'M99.03']);
    expect(findings[0]?.message).toMatch(/T6 \(thoracic region\)/);
  });

  it("takes the family from the note's lesion word when no M99.0-/M99.1- code is entered", () => {
    const note = 'Subluxations at C3, T6 and L2 with tenderness and restricted motion. CMT to C3, T6, L2.';
    const { findings } = runRule(treatedRegionUncoded, visitPage('', note, ['98941']));
    expect(findings.map((f) => f.code)).toEqual(['M99.11', 'M99.12', 'M99.13']);
    expect(findings[1]?.message).toMatch(/T6 \(thoracic region\)/);
  });

  it('keeps the M99.1- family of the entered codes, and the suggestion is the code to add', () => {
    const { findings } = runRule(
      treatedRegionUncoded,
      visitPage('M99.11', 'Listings: C2 PRS, T4 PR. Adjusted cervical and thoracic.', ['98940']),
    );
    expect(findings.map((f) => [f.code, f.suggestions])).toEqual([['M99.12', ['M99.12']]]);
    const dysfunction = runRule(
      treatedRegionUncoded,
      visitPage('M99.01', 'Listings: C2 PRS, T4 PR. Adjusted cervical and thoracic.', ['98940']),
    );
    expect(dysfunction.findings.map((f) => f.code)).toEqual(['M99.02']);
  });

  it('suggests M99.0- for Medicare, which wants M99.00-M99.05', () => {
    const note =
      'Insurance: Medicare\nL4 subluxation, tender. Right SI joint subluxation, tender, with restricted motion. Adjusted L4 and the right SI joint.';
    expect(
      runRule(treatedRegionUncoded, visitPage('M99.03', note, ['98940-AT'])).findings[0]?.suggestions,
    ).toEqual(['M99.04']);
  });

  it('suggests M99.0- for Medicare even beside an entered M99.1- code (medicare-primary-diagnosis asks for M99.0- too)', () => {
    const note =
      'Insurance: Medicare\nL4 subluxation, tender. Right SI joint subluxation, tender, with restricted motion. Adjusted L4 and the right SI joint.';
    expect(
      runRule(treatedRegionUncoded, visitPage('M99.13', note, ['98940-AT'])).findings[0]?.suggestions,
    ).toEqual(['M99.04']);
  });

  it('puts an occiput lesion in the head region for the diagnosis', () => {
    const note = 'Occiput subluxation with tenderness. C2 PLS. Adjusted the occiput and C2.';
    const { findings } = runRule(treatedRegionUncoded, visitPage('M99.11', note, ['98940']));
    expect(findings[0]?.code).toBe('M99.10');
    expect(findings[0]?.message).toMatch(/head for the diagnosis|head region for the diagnosis/);
  });

  it('needs a documented lesion: an adjustment alone is not enough', () => {
    expect(
      runRule(treatedRegionUncoded, visitPage('M99.11', 'C5 subluxation. Adjusted C5 and L4.', ['98940']))
        .findings,
    ).toEqual([]);
  });

  it('leaves a region to region-mismatch when that finding already suggests it', () => {
    const input = visitPage('M99.12', 'L4 subluxation with tenderness. Adjusted L4.', ['98940']);
    expect(runRule(treatedRegionUncoded, input, { before: [regionMismatch] }).findings).toEqual([]);
  });
});

describe('no region code is suggested that the same run then calls unshown (blind QA stop 54, M6)', () => {
  // Thoracic: a subluxation named and adjusted, but only tenderness (P) there, no X-ray.
  const note =
    'Payer: Medicare Part B.\nO: Tender at C6 and T7. C6 left lateral flexion fixation; cervical extension reduced. Dx: subluxation C6, T7. Tx: diversified CMT to C6 and T7.';

  it('names the treated region without a code, asks for its documentation, and suggests no code', () => {
    const { findings } = runRule(treatedRegionUncoded, visitPage('M99.11', note, ['98940']));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: 'M99.02', suggestions: [] });
    expect(findings[0]?.params?.unshown_msg).toBe('sentence_region_unshown');
    expect(findings[0]?.message).toMatch(/document it before adding M99\.02\.$/);
  });

  it('a region-mismatch replacement names only regions whose lesion is shown', () => {
    const [f] = runRule(regionMismatch, visitPage('M99.13', note, ['98940'])).findings;
    expect(f?.suggestions).toEqual(['M99.11']);
  });

  it('suggests it on a visit not known to be Medicare, where that test is only advice', () => {
    const { findings } = runRule(
      treatedRegionUncoded,
      visitPage('M99.11', note.replace(/^Payer.*\n/, ''), ['98940']),
    );
    expect(findings.map((f) => [f.code, f.suggestions])).toEqual([['M99.12', ['M99.12']]]);
  });

  it('suggests the code once P.A.R.T. shows the lesion there', () => {
    const shown = `${note} T7 rotated left with restricted thoracic rotation.`;
    const { findings } = runRule(treatedRegionUncoded, visitPage('M99.11', shown, ['98940']));
    expect(findings.map((f) => [f.code, f.suggestions])).toEqual([['M99.02', ['M99.02']]]);
  });

  it('offers the sacral code for an adjusted sacrum the note shows, beside the other regions (blind QA stop 54, L5)', () => {
    const sacral =
      'P: tender L4 and sacrum. A: L4 rotated right; sacral base low on the left. R: lumbar flexion limited; sacral motion restricted. Dx: segmental dysfunction L4, sacrum. Tx: CMT L4, sacrum.';
    const [f] = runRule(regionMismatch, visitPage('M99.01', sacral, ['98940'])).findings;
    expect(f?.suggestions).toEqual(['M99.03', 'M99.04']);
  });
  it("takes the pelvic region named only by its word, beside a sacral code for the SI joint, as that joint: no M99.05 (QA stop 57)", () => {
    // CPT names the SI joint's region pelvic; the Index codes its lesion sacral (M99.04). Coded
    // M99.04, the "pelvic region" the note adjusted is the same lesion.
    const note =
      'S: low back and right buttock pain. O: tenderness and hypertonicity at L4-L5 and the right SI joint, fixation at L5 and right sacroiliac joint on motion palpation.\nA: Segmental dysfunction of the lumbar spine and sacrum / pelvis.\nP: CMT to lumbar and pelvic regions (2 regions).';
    expect(runRule(treatedRegionUncoded, visitPage('M99.03, M99.04', note, ['98940'])).findings).toEqual([]);
    // A pelvic bone named with its lesion is a pelvic place of its own: M99.05 is asked for, and
    // the message names the bone once, not the region's words beside it ("at pelvis and pelvic").
    const ilium = note.replace('on motion palpation.', 'on motion palpation; right ilium PI.');
    const [finding] = runRule(treatedRegionUncoded, visitPage('M99.03, M99.04', ilium, ['98940'])).findings;
    expect(finding?.code).toBe('M99.05');
    expect(finding?.message).toContain('treated today at right ilium (pelvic region)');
  });
});
