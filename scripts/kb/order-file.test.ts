import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatDataFile } from './canonical-json';
import { dotCode, parseOrderFile } from './order-file';

const line = (order: string, code: string, flag: string, short: string, long: string) =>
  `${order} ${code.padEnd(7)} ${flag} ${short.padEnd(60)} ${long}`;

describe('order-file parser', () => {
  it('reads the fixed-width CDC layout and dots the codes', () => {
    const text = [
      line('00001', 'M99', '0', 'Biomechanical lesions, not elsewhere classified', 'Biomechanical lesions, not elsewhere classified'),
      line('00002', 'M9960', '1', 'Osseous and sublux stenosis of intvrt foramin of head region', 'Osseous and subluxation stenosis of intervertebral foramina of head region'),
      '',
    ].join('\r\n');
    expect(parseOrderFile(text)).toEqual([
      { order: 1, code: 'M99', billable: false, shortTitle: 'Biomechanical lesions, not elsewhere classified', longTitle: 'Biomechanical lesions, not elsewhere classified' },
      {
        order: 2,
        code: 'M99.60',
        billable: true,
        shortTitle: 'Osseous and sublux stenosis of intvrt foramin of head region',
        longTitle: 'Osseous and subluxation stenosis of intervertebral foramina of head region',
      },
    ]);
    expect(dotCode('S0000XA')).toBe('S00.00XA');
  });

  it('refuses a line that is not in the layout instead of guessing', () => {
    expect(() => parseOrderFile('00001 M99 X Biomechanical\r\n')).toThrow(/line 1 is not in the fixed-width layout/);
  });
});

describe('canonical JSON', () => {
  it('puts top-level keys and array elements one per line', () => {
    expect(formatDataFile({ a: 1, b: [[1, 'x'], { c: 2 }], d: [] })).toBe('{\n  "a": 1,\n  "b": [\n    [1,"x"],\n    {"c":2}\n  ],\n  "d": []\n}\n');
  });

  it('is the form of the addenda patch file too', () => {
    const text = readFileSync(new URL('../../data/icd10cm/tabular-addenda-patch.json', import.meta.url), 'utf8');
    expect(formatDataFile(JSON.parse(text) as Record<string, unknown>) === text).toBe(true);
  });
});
