import { describe, expect, it } from 'vitest';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { classifiedElsewhere } from './classified-elsewhere';
import { page, runRule } from './run-rule';

const lookup = loadSpineLookup();

describe('classified-elsewhere', () => {
  it('names the disc code with radiculopathy for M99.73 with "L4-5 foraminal stenosis due to disc bulge. Left L5 radiculopathy."', () => {
    const { findings } = runRule(classifiedElsewhere, page('M99.73', 'L4-5 foraminal stenosis due to disc bulge. Left L5 radiculopathy.'), { lookup });
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.suggestions).toContain('M51.16');
  });

  it('uses the dorsopathy scheme: L5-S1 is lumbosacral (M51.17), C7-T1 cervicothoracic', () => {
    const { findings } = runRule(classifiedElsewhere, page('M99.73', 'L5-S1 foraminal stenosis due to disc protrusion with S1 radiculopathy.'), { lookup });
    expect(findings[0]?.suggestions).toContain('M51.17');
  });

  it('is quiet when the note affirms nothing', () => {
    expect(runRule(classifiedElsewhere, page('M99.61', 'No foraminal stenosis.'), { lookup }).findings).toEqual([]);
  });
});
