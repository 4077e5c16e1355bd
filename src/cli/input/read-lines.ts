import { createReadStream } from 'node:fs';
import { UsageError, type ByteSource, type CliIo } from '../command';

/** One line of a JSON Lines batch: its text, or why it cannot be read (judged per line). */
export type RawLine = { line: number; text: string } | { line: number; error: string };

/** A single line longer than this is refused (and skipped), so memory stays bounded. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** The bytes of a file, or of stdin for "-" / no file, as they arrive. */
export function byteSource(file: string | undefined, io: CliIo): { name: string; bytes: ByteSource } {
  if (file === undefined || file === '-') {
    const bytes =
      io.stdinBytes?.() ??
      (async function* () {
        yield new TextEncoder().encode(await io.readStdin());
      })();
    return { name: 'stdin', bytes };
  }
  return { name: file, bytes: createReadStream(file, { highWaterMark: 1 << 20 }) };
}

function judgeUtf8Line(line: number, bytes: Uint8Array): RawLine | undefined {
  let end = bytes.length;
  if (end > 0 && bytes[end - 1] === 0x0d) end--;
  let start = 0;
  if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start, end);
  if (body.length === 0) return undefined;
  if (body.includes(0)) return { line, error: `line ${line} contains a NUL byte (binary data, not a JSON line); skipped` };
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    return { line, error: `line ${line} is binary data, not UTF-8 text; skipped` };
  }
  return text.trim() === '' ? undefined : { line, text };
}

function judgeUtf16Line(line: number, text: string): RawLine | undefined {
  const body = text.endsWith('\r') ? text.slice(0, -1) : text;
  if (body.trim() === '') return undefined;
  if (body.includes('\u0000')) return { line, error: `line ${line} contains a NUL character (binary data, not a JSON line); skipped` };
  return { line, text: body.replace(/^\uFEFF/, '') };
}

/** UTF-16 from its byte-order mark, or from zero high bytes in the first chunk (BOM-less). */
function utf16Of(first: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (first[0] === 0xff && first[1] === 0xfe) return 'utf-16le';
  if (first[0] === 0xfe && first[1] === 0xff) return 'utf-16be';
  const n = Math.min(first.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (first[i] === 0) even++;
    if (first[i + 1] === 0) odd++;
  }
  if (odd / (n / 2) > 0.6 && even / (n / 2) < 0.05) return 'utf-16le';
  if (even / (n / 2) > 0.6 && odd / (n / 2) < 0.05) return 'utf-16be';
  return undefined;
}

async function* utf16Lines(first: Uint8Array, rest: { next: () => Promise<IteratorResult<Uint8Array>> }, encoding: 'utf-16le' | 'utf-16be'): AsyncGenerator<RawLine> {
  const decoder = new TextDecoder(encoding);
  let carry = '';
  let line = 0;
  let chunk: Uint8Array | undefined = first;
  while (chunk) {
    carry += decoder.decode(chunk, { stream: true });
    let nl: number;
    while ((nl = carry.indexOf('\n')) >= 0) {
      const judged = judgeUtf16Line(++line, carry.slice(0, nl));
      carry = carry.slice(nl + 1);
      if (judged) yield judged;
    }
    const next = await rest.next();
    chunk = next.done ? undefined : next.value;
  }
  carry += decoder.decode();
  const judged = judgeUtf16Line(line + 1, carry);
  if (judged) yield judged;
}

/**
 * Splits a byte stream into JSON Lines and judges each line on its own: a NUL byte or binary junk
 * in one line is reported for that line, and the rest of the batch is read. UTF-8 (with or without
 * BOM) and UTF-16 (BOM or detected) are read as text. Holds at most one line in memory.
 */
export async function* readLines(name: string, source: ByteSource): AsyncGenerator<RawLine> {
  const it: AsyncIterator<Uint8Array> | Iterator<Uint8Array> = Symbol.asyncIterator in source ? source[Symbol.asyncIterator]() : source[Symbol.iterator]();
  const next = async () => {
    try {
      return await it.next();
    } catch (error) {
      throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
    }
  };
  const firstResult = await next();
  if (firstResult.done) return;
  const first = firstResult.value;
  const utf16 = utf16Of(first);
  if (utf16) {
    yield* utf16Lines(first, { next }, utf16);
    return;
  }
  let carry: Uint8Array = new Uint8Array(0);
  let line = 0;
  let skipping = false;
  let chunk: Uint8Array | undefined = first;
  while (chunk) {
    let from = 0;
    let nl: number;
    while ((nl = chunk.indexOf(0x0a, from)) >= 0) {
      line++;
      if (skipping) skipping = false;
      else {
        const piece = chunk.subarray(from, nl);
        const judged = judgeUtf8Line(line, carry.length ? concat(carry, piece) : piece);
        if (judged) yield judged;
      }
      carry = new Uint8Array(0);
      from = nl + 1;
    }
    if (!skipping) {
      carry = concat(carry, chunk.subarray(from));
      if (carry.length > MAX_LINE_BYTES) {
        yield { line: line + 1, error: `line ${line + 1} is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB; skipped` };
        carry = new Uint8Array(0);
        skipping = true;
      }
    }
    const n = await next();
    chunk = n.done ? undefined : n.value;
  }
  if (!skipping && carry.length) {
    const judged = judgeUtf8Line(line + 1, carry);
    if (judged) yield judged;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return Uint8Array.from(b);
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
