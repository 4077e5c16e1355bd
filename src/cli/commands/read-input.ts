import { readFile } from 'node:fs/promises';
import { UsageError, type CliIo } from '../command';
import { decodeText } from '../input/decode-text';
import { byteSource, readLines, type RawLine } from '../input/read-lines';

async function readBytes(name: string, io: CliIo): Promise<Uint8Array> {
  if (name !== 'stdin') return readFile(name);
  if (!io.stdinBytes) return new TextEncoder().encode(await io.readStdin());
  const chunks: Uint8Array[] = [];
  for await (const chunk of io.stdinBytes()) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * Reads a note from a file, or stdin for "-" / no file, as text: UTF-8 or UTF-16 (with or without
 * byte-order mark). Unreadable files and binary data are usage errors (exit 2) with a clear message.
 */
export async function readText(file: string | undefined, io: CliIo): Promise<string> {
  const name = file === undefined || file === '-' ? 'stdin' : file;
  let bytes: Uint8Array;
  try {
    bytes = await readBytes(name, io);
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new UsageError(`${name} is not a text file: it ${decoded.reason}`);
  return decoded.text;
}

export type JsonlLine<T> = { line: number; value: T } | { line: number; error: string };

/**
 * Reads JSON Lines from a file or stdin and checks each object with `read`. Each line is judged on
 * its own: a line that is binary, not JSON or not the expected object becomes an error entry in
 * its place (so output stays aligned with input) instead of stopping the whole batch.
 */
export async function* readJsonl<T>(file: string | undefined, io: CliIo, read: (value: unknown) => T | string): AsyncGenerator<JsonlLine<T>> {
  const name = file === undefined || file === '-' ? 'stdin' : file;
  for await (const raw of readLines(name, byteSource(file, io).bytes)) yield judge(raw, read);
}

function judge<T>(raw: RawLine, read: (value: unknown) => T | string): JsonlLine<T> {
  if ('error' in raw) return raw;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw.text);
  } catch (error) {
    return { line: raw.line, error: `line ${raw.line} is not JSON: ${(error as Error).message}` };
  }
  const value = read(parsed);
  return typeof value === 'string' ? { line: raw.line, error: `line ${raw.line}: ${value}` } : { line: raw.line, value };
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
