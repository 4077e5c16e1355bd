import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FAMILIES } from '../families';
import { RULE_IDS, RULE_INFO, RULES } from './registry';

describe('the rule registry', () => {
  it('keeps each registered rule in a file named after its id, with its colocated test', () => {
    const files = new Set(readdirSync(new URL('.', import.meta.url)));
    for (const id of RULE_IDS) {
      expect(files.has(`${id}.ts`), `${id}.ts`).toBe(true);
      expect(files.has(`${id}.test.ts`), `${id}.test.ts`).toBe(true);
    }
  });

  it('gives every rule a plain title, help, a default severity, known families and sources', () => {
    const families = new Set(['*', ...FAMILIES.map((f) => f.id)]);
    for (const r of RULES) {
      expect(r.title, r.id).toMatch(/^[A-Z]/);
      expect(r.title, r.id).not.toMatch(/mismatch/i);
      expect(r.help.length, r.id).toBeGreaterThan(20);
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
      for (const f of r.families) expect(families.has(f), `${r.id}: family ${f}`).toBe(true);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
    expect(RULE_INFO.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULE_INFO.every((r) => !('check' in r))).toBe(true);
  });
});
