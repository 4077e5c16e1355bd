import { describe, expect, it } from 'vitest';
import { readProcedures } from './read-procedures';

const field = (text: string, kind: 'procedure' | 'note' = 'procedure') => ({ id: 'f', kind, text });

describe('readProcedures', () => {
  it('reads the ways a fee ticket writes modifiers', () => {
    const { lines } = readProcedures(
      field('98941-AT\n98940 AT GP\n98942-AT-GA\n98943 (XS)\n98926:25\n98941-at'),
    );
    expect(lines.map((l) => [l.code, l.modifiers])).toEqual([
      ['98941', ['AT']],
      ['98940', ['AT', 'GP']],
      ['98942', ['AT', 'GA']],
      ['98943', ['XS']],
      ['98926', ['25']],
      ['98941', ['AT']],
    ]);
    expect(lines[0]?.span).toMatchObject({ start: 0, end: 8, text: '98941-AT' });
  });

  it('lists unknown codes and modifiers, never guessing what was meant', () => {
    const { lines, unknown } = readProcedures(field('98904-AT\n98940-QQ'));
    expect(lines.map((l) => l.code)).toEqual(['98940']);
    expect(unknown.map((u) => [u.kind, u.token])).toEqual([
      ['code', '98904'],
      ['modifier', 'QQ'],
    ]);
  });

  it('stops at units and prose after the code', () => {
    expect(readProcedures(field('98940 x1 $45.00')).lines[0]?.modifiers).toEqual([]);
    expect(readProcedures(field('98940 spinal manipulation')).lines[0]?.modifiers).toEqual([]);
  });

  it('reads a code that ends its sentence, but not one inside a decimal or a longer number', () => {
    // QA stop 60: "CMT to lumbar spine, 98940." read no procedure (the full stop was taken for a decimal point).
    const read = (text: string) => readProcedures(field(text, 'note')).lines.map((l) => l.code);
    expect(read('P: CMT to lumbar spine, 98940. Return in one week.')).toEqual(['98940']);
    expect(read('Performed CMT (98941).')).toEqual(['98941']);
    expect(read('Billed 98940, 97140.')).toEqual(['98940', '97140']);
    expect(read('Balance 98940.50 due; ref 989401.')).toEqual([]);
  });

  it('reads only manipulation codes (or codes next to CPT words) from a note, with upper-case modifiers', () => {
    const { lines, unknown } = readProcedures(
      field(
        'CMT 98941-AT today. Patient lives at 90210. Billed CPT 97140 as well; 98940 at the last visit.',
        'note',
      ),
    );
    expect(lines.map((l) => [l.code, l.modifiers])).toEqual([
      ['98941', ['AT']],
      ['97140', []],
      ['98940', []],
    ]);
    expect(unknown).toEqual([]);
  });

  it('answers a 40-line fee ticket line by line', () => {
    const text = Array.from({ length: 40 }, (_, i) => (i % 2 ? '97140-59' : '98941-AT GP')).join('\n');
    expect(readProcedures(field(text)).lines).toHaveLength(40);
  });
});
