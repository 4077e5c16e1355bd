import { describe, expect, it } from 'vitest';
import { RULE_IDS } from '../../core';
import { runCliCaptured } from '../run-cli-captured';

describe('chartlint rules', () => {
  it('lists every registered rule as JSON with title, help, default severity, families and sources', async () => {
    const { code, out } = await runCliCaptured(['rules', '--json'], '');
    expect(code).toBe(0);
    const list = JSON.parse(out) as { id: string; title: string; help: string; defaultSeverity: string; families: string[]; sources: unknown[] }[];
    expect(list.map((r) => r.id)).toEqual([...RULE_IDS]);
    for (const r of list) {
      expect(r.title, r.id).not.toBe('');
      expect(r.help, r.id).not.toBe('');
      expect(['error', 'warning', 'info']).toContain(r.defaultSeverity);
      expect(r.families.length, r.id).toBeGreaterThan(0);
      expect(r.sources.length, r.id).toBeGreaterThan(0);
    }
  });

  it('prints one readable line per rule without --json', async () => {
    const { code, out } = await runCliCaptured(['rules'], '');
    expect(code).toBe(0);
    expect(out).toMatch(/^region-mismatch\s+error\s+Wrong region$/m);
  });

  it('exits 2 for an argument it does not take', async () => {
    expect((await runCliCaptured(['rules', 'extra'], '')).code).toBe(2);
  });
});
