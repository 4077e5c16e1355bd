import { describe, expect, it } from 'vitest';
import { Utf8Lines } from './utf8-lines';

describe('Utf8Lines', () => {
  it('encodes each line with its newline, past its first capacity, non-ASCII and astral characters too', () => {
    const lines = ['{"a":1}', 'névralgie', '', '😀 C5-6 — “stenosis”', 'x'.repeat(100)];
    const out = new Utf8Lines(8);
    for (const line of lines) out.add(line);
    expect(new TextDecoder().decode(out.bytes())).toBe(lines.map((l) => `${l}\n`).join(''));
  });

  it('gives a buffer of its own that a worker may transfer', () => {
    const out = new Utf8Lines();
    out.add('{}');
    const bytes = out.bytes();
    expect(bytes.byteOffset).toBe(0);
    expect(structuredClone(bytes, { transfer: [bytes.buffer as ArrayBuffer] })).toEqual(new Uint8Array([0x7b, 0x7d, 0x0a]));
  });
});
