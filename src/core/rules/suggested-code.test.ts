import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { regionMismatch } from './region-mismatch';
import { page, runRule } from './run-rule';
import { classifiedElsewhere } from './classified-elsewhere';
import { suggestedCode } from './suggested-code';
import { sayCoreText } from '../../platform/i18n';

const lookup = loadSpineLookup();

describe('suggested-code', () => {
  it('suggests M99.73 for "MRI: L4-5 foraminal stenosis due to disc bulge." when nothing is entered', () => {
    const { findings } = runRule(suggestedCode, page('', 'MRI: L4-5 foraminal stenosis due to disc bulge.'), { lookup });
    expect(findings.map((f) => f.code)).toEqual(['M99.73']);
    expect(findings[0]?.message).toMatch(/Use it only if no code outside M99/);
  });

  it('does not repeat a code an earlier finding already offers', () => {
    const { findings } = runRule(suggestedCode, page('M99.60', 'C5-6 foraminal stenosis due to osteophytes.'), { lookup, before: [regionMismatch] });
    expect(findings).toEqual([]);
  });

  it('suggests M48.0- of its region, not M99, for canal stenosis; nothing once it is entered; M99 for the foramen', () => {
    const canal = 'MRI: T10-11 moderate canal stenosis from ligamentum flavum hypertrophy.';
    const none = runRule(suggestedCode, page('', canal), { lookup }).findings;
    expect(none.map((f) => [f.code, f.suggestions])).toEqual([['M48.04', ['M48.04']]]);
    expect(none[0]?.message).toBe(
      // M99.42 was not entered: the message says so, not "more specifically than M99.42" (QA stop 43, #9).
      'M48.04 (Spinal stenosis, thoracic region) may describe "canal stenosis", which no entered code covers: the note documents spinal stenosis (M48.0-). The M99 code it would also fit, M99.42, is not used when the condition can be classified elsewhere (the M99 category note).',
    );
    const f = none[0];
    // Both locales say it from the template the same way.
    expect(sayCoreText('en', f!.messageId!, f!.params ?? {}, f!.message)).toBe(f?.message);
    expect(sayCoreText('es', f!.messageId!, f!.params ?? {}, f!.message)).toMatch(/«canal stenosis», que ningún código introducido cubre: .* El código M99 que también le correspondería, M99\.42, no se usa/);
    expect(runRule(suggestedCode, page('M48.04', canal), { lookup }).findings).toEqual([]);
    // Another region's M48.0- does not classify it.
    expect(runRule(suggestedCode, page('M48.02', canal), { lookup }).findings.map((f) => f.code)).toEqual(['M48.04']);
    const foramen = 'MRI: L4-5 foraminal stenosis due to disc bulge.';
    expect(runRule(suggestedCode, page('M48.061', foramen), { lookup }).findings.map((f) => f.code)).toEqual(['M99.73']);
  });

  it('reads a canal mention placed by words only in the dorsopathy scheme: "lumbar" by its region, "cervicothoracic" as the junction', () => {
    const lumbar = 'Assessment: Lumbar spinal canal stenosis due to ligamentum flavum hypertrophy.';
    expect(runRule(suggestedCode, page('', lumbar), { lookup }).findings.map((f) => f.code)).toEqual(['M48.061']);
    expect(runRule(suggestedCode, page('M48.061', lumbar), { lookup }).findings).toEqual([]);
    expect(runRule(suggestedCode, page('M48.02', lumbar), { lookup }).findings.map((f) => f.code)).toEqual(['M48.061']);
    // The junction word: M48.03 classifies it, M48.02 (the M99 region's own dorsopathy code) does not.
    const junction = 'Cervicothoracic spinal canal stenosis due to disc herniation.';
    expect(runRule(suggestedCode, page('M48.03', junction), { lookup }).findings).toEqual([]);
    expect(runRule(suggestedCode, page('M48.02', junction), { lookup }).findings.map((f) => f.code)).toEqual(['M48.03']);
  });

  // What the page suggests for a code nobody entered is what classified-elsewhere would say once
  // that M99 code were entered: the page never offers M99.61 and then, when it is typed, sends it elsewhere.
  it('offers the code outside M99 that classified-elsewhere would name, with the words it rests on', () => {
    const demo = 'Left C6 radiculopathy. C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing.';
    const [finding] = runRule(suggestedCode, page('', demo), { lookup }).findings;
    expect(finding).toMatchObject({ code: 'M47.22', suggestions: ['M47.22'], messageId: 'finding_note_fits_code_elsewhere' });
    expect(finding?.params).toMatchObject({ code: 'M99.61', reasons_terms: 'alt_m47_2', suggestions_or: 'M47.22' });
    expect(finding?.evidence.map((s) => s.text)).toEqual(['neural foraminal narrowing', 'uncovertebral joint osteophytes', 'radiculopathy']);
    const entered = runRule(classifiedElsewhere, page('M99.61', demo), { lookup }).findings;
    expect(entered[0]?.suggestions).toEqual(['M47.22']);
    // Without a radiculopathy nothing outside M99 codes the foraminal narrowing: M99.61 it is.
    const plain = runRule(suggestedCode, page('', 'C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing.'), { lookup }).findings;
    expect(plain.map((f) => f.code)).toEqual(['M99.61']);
  });

  it('beside an entered spondylolisthesis, names the spinal stenosis code (with claudication when documented), not M99.23', () => {
    const note = 'Grade 1 degenerative spondylolisthesis of L4 on L5 with moderate central canal stenosis at L4-L5. Neurogenic claudication with walking.';
    const none = runRule(suggestedCode, page('', note), { lookup }).findings;
    expect(none.map((f) => f.suggestions)).toEqual([['M48.062', 'M43.16']]);
    expect(none[0]?.message).toMatch(/^M48\.062 or M43\.16 may describe "central canal stenosis", which no entered code covers: the note documents spinal stenosis \(M48\.0-\) and spondylolisthesis \(M43\.1-\)\. The M99 code it would also fit, M99\.23,/);
    const listhesis = runRule(suggestedCode, page('M43.16', note), { lookup }).findings;
    expect(listhesis.map((f) => f.suggestions)).toEqual([['M48.062']]);
    expect(listhesis[0]?.evidence.map((s) => s.text)).toEqual(['central canal stenosis', 'Neurogenic claudication']);
    expect(runRule(suggestedCode, page('M43.16 M48.062', note), { lookup }).findings).toEqual([]);
  });

  it('reads a listhesis carried over to the foramen: the entered spondylolisthesis classifies it', () => {
    const note = 'L4-L5: Grade 1 anterolisthesis of L4 on L5 with facet arthropathy resulting in severe spinal canal stenosis and moderate bilateral foraminal stenosis.';
    expect(runRule(suggestedCode, page('M43.16 M48.061', note), { lookup }).findings).toEqual([]);
    const entered = runRule(classifiedElsewhere, page('M99.63', note), { lookup }).findings;
    expect(entered[0]?.suggestions).toContain('M43.16');
  });

  it('never suggests from "disc-osteophyte complex" or a negated statement', () => {
    expect(runRule(suggestedCode, page('', 'C6-7 foraminal narrowing from a disc-osteophyte complex.')).findings).toEqual([]);
    expect(runRule(suggestedCode, page('', 'No L4-5 foraminal stenosis due to disc.')).findings).toEqual([]);
  });
});
