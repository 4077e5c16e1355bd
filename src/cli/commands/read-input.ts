import { readFile } from 'node:fs/promises';
import { UsageError, type CliIo } from '../command';

/** Reads a file, or stdin for "-" / no file; an unreadable file is a usage error (exit 2). */
export async function readText(file: string | undefined, io: CliIo): Promise<string> {
  const name = file === undefined || file === '-' ? 'stdin' : file;
  let text: string;
  try {
    text = name === 'stdin' ? await io.readStdin() : await readFile(name, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${name}: ${(error as Error).message}`);
  }
  // A NUL byte means a binary file (a PDF or a word-processor export), not an exported note.
  if (text.includes('\u0000')) throw new UsageError(`${name} is not a text file (export the note as plain text)`);
  return text;
}

export type JsonlLine<T> = { line: number; value: T } | { line: number; error: string };

/**
 * Parses JSON Lines, checking each object with `read`. A bad line becomes an error entry in its
 * place (so output stays aligned with input) instead of stopping the whole batch.
 */
export function parseJsonl<T>(text: string, read: (value: unknown) => T | string): JsonlLine<T>[] {
  const out: JsonlLine<T>[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trim();
    if (raw === '') continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      out.push({ line: i + 1, error: `line ${i + 1} is not JSON: ${(error as Error).message}` });
      continue;
    }
    const value = read(parsed);
    out.push(typeof value === 'string' ? { line: i + 1, error: `line ${i + 1}: ${value}` } : { line: i + 1, value });
  }
  return out;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
