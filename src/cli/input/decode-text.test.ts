import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const utf16le = (text: string, bom: boolean) => Buffer.concat([bom ? Buffer.from([0xff, 0xfe]) : Buffer.alloc(0), Buffer.from(text, 'utf16le')]);
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const NOTE = 'Moderate left C5-6 foraminal narrowing (café) due to uncovertebral osteophytes.\r\n';

describe('decodeText', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    expect(decodeText(Buffer.from(NOTE))).toEqual({ ok: true, text: NOTE, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(NOTE)]))).toMatchObject({ ok: true, text: NOTE });
  });

  it('reads UTF-16 notes: little-endian with BOM, without BOM, and big-endian with BOM', () => {
    expect(decodeText(utf16le(NOTE, true))).toEqual({ ok: true, text: NOTE, encoding: 'utf-16le' });
    expect(decodeText(utf16le(NOTE, false))).toEqual({ ok: true, text: NOTE, encoding: 'utf-16le' });
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(NOTE)]))).toMatchObject({ ok: true, text: NOTE, encoding: 'utf-16be' });
  });

  it('reads an old Windows-1252 export (a few high bytes, no control bytes) as text', () => {
    expect(decodeText(Buffer.from('Caf\xe9 C5-6 stenosis \x96 mild', 'latin1'))).toMatchObject({ ok: true, text: 'Café C5-6 stenosis – mild' });
  });

  it('refuses NUL bytes and random bytes without NUL as binary', () => {
    expect(decodeText(Buffer.from('%PDF-1.7\u0000\u0001binary'))).toMatchObject({ ok: false, reason: expect.stringMatching(/NUL/) as string });
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 512, maxLength: 4096 }), (raw) => {
        const bytes = raw.map((b) => (b === 0 ? 1 : b));
        expect(decodeText(bytes).ok).toBe(false);
      }),
      { seed: 11, numRuns: 200 },
    );
  });
});
