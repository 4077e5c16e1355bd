import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { regionMismatch } from './region-mismatch';
import { page, runRule } from './run-rule';
import { suggestedCode } from './suggested-code';

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

  it('does not suggest M99 for canal stenosis an entered M48.0- of its region classifies, but does for the foramen', () => {
    const canal = 'MRI: T10-11 moderate canal stenosis from ligamentum flavum hypertrophy.';
    expect(runRule(suggestedCode, page('', canal), { lookup }).findings.map((f) => f.code)).toEqual(['M99.42']);
    expect(runRule(suggestedCode, page('M48.04', canal), { lookup }).findings).toEqual([]);
    // Another region's M48.0- does not classify it.
    expect(runRule(suggestedCode, page('M48.02', canal), { lookup }).findings.map((f) => f.code)).toEqual(['M99.42']);
    const foramen = 'MRI: L4-5 foraminal stenosis due to disc bulge.';
    expect(runRule(suggestedCode, page('M48.061', foramen), { lookup }).findings.map((f) => f.code)).toEqual(['M99.73']);
  });

  it('reads a canal mention placed by words only in the dorsopathy scheme: "lumbar" by its region, "cervicothoracic" as the junction', () => {
    const lumbar = 'Assessment: Lumbar spinal canal stenosis due to ligamentum flavum hypertrophy.';
    expect(runRule(suggestedCode, page('', lumbar), { lookup }).findings.map((f) => f.code)).toEqual(['M99.43']);
    expect(runRule(suggestedCode, page('M48.061', lumbar), { lookup }).findings).toEqual([]);
    expect(runRule(suggestedCode, page('M48.02', lumbar), { lookup }).findings.map((f) => f.code)).toEqual(['M99.43']);
    // The junction word: M48.03 classifies it, M48.02 (the M99 region's own dorsopathy code) does not.
    const junction = 'Cervicothoracic spinal canal stenosis due to disc herniation.';
    expect(runRule(suggestedCode, page('M48.03', junction), { lookup }).findings).toEqual([]);
    expect(runRule(suggestedCode, page('M48.02', junction), { lookup }).findings.map((f) => f.code)).toEqual(['M99.51']);
  });

  it('never suggests from "disc-osteophyte complex" or a negated statement', () => {
    expect(runRule(suggestedCode, page('', 'C6-7 foraminal narrowing from a disc-osteophyte complex.')).findings).toEqual([]);
    expect(runRule(suggestedCode, page('', 'No L4-5 foraminal stenosis due to disc.')).findings).toEqual([]);
  });
});
