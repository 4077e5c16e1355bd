/**
 * Turns the bytes of an exported note into text, or says plainly why they are not a note.
 *
 * EHRs export notes as UTF-8, as UTF-16 (Windows "Unicode" text, with or without a byte-order
 * mark), and now and then as Windows-1252. Everything else that reaches the CLI by mistake (a PDF,
 * a word-processor file, an image, random bytes) must be refused with a clear message, never
 * analysed as text: junk bytes decoded leniently look like text with stray "codes" in it.
 */

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Share of control bytes (other than tab, line breaks, form feed and escape) in a sample. */
function controlShare(bytes: Uint8Array): number {
  if (bytes.length === 0) return 0;
  let control = 0;
  for (const b of bytes) if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) || b === 0x7f) control++;
  return control / bytes.length;
}

/**
 * BOM-less UTF-16: text in a Latin script has a zero byte in every other position (the high byte
 * of each character). Looks at the first 4 KB; needs most even (BE) or odd (LE) bytes to be zero
 * and almost none of the others.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return undefined;
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: `is not valid ${encoding.toUpperCase()} text` };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'contains NUL characters (binary data, not a note)' };
  return { ok: true, text, encoding };
}

/** Windows-1252's 0x80-0x9F (curly quotes, dashes, euro…); Node's TextDecoder may treat the label as Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const part = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...part);
  }
  return out.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c);
}

/**
 * Decodes a whole file (or one line of a batch). UTF-8 (BOM or not) and UTF-16 (BOM or detected)
 * are read as text; bytes that are neither valid UTF-8 nor plausible Windows-1252 text, or that
 * hold NUL bytes, are refused.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16);
  if (bytes.includes(0)) return { ok: false, reason: 'contains NUL bytes (binary data such as a PDF or a word-processor file, not a plain-text note)' };
  try {
    const text = utf8.decode(bytes);
    // Valid UTF-8 by chance (short random runs can be) but full of control bytes: not a note.
    if (controlShare(bytes) > 0.05) return { ok: false, reason: 'is binary data, not text (export the note as plain text)' };
    return { ok: true, text, encoding: 'utf-8' };
  } catch {
    // Not UTF-8. Old exports in Windows-1252 are text with a few high bytes and no control bytes;
    // random or compressed bytes have control bytes everywhere (about one byte in eight).
    if (controlShare(bytes) > 0.01) return { ok: false, reason: 'is binary data, not text (export the note as plain text)' };
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
