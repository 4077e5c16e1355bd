import { readFileSync } from 'node:fs';
import type { CodeInfo, CodeLookup } from '../../../src/core';

/** Official order-file rows (see README.md) as a CodeLookup, for tests and eval only. */
export function loadSpineLookup(): CodeLookup {
  const text = readFileSync(new URL('./order-2026-spine-rows.txt', import.meta.url), 'utf8');
  const byCode = new Map<string, CodeInfo>();
  for (const line of text.split('\n')) {
    if (line.length < 16) continue;
    const raw = line.slice(6, 13).trim();
    const code = raw.length > 3 ? `${raw.slice(0, 3)}.${raw.slice(3)}` : raw;
    byCode.set(code, { code, billable: line[14] === '1', title: line.slice(77).trim() });
  }
  return (code) => byCode.get(code);
}
