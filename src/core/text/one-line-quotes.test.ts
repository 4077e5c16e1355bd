import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

// QA stop 60: a note wrapped over lines put its line break inside the quotes of a message
// ('the note documents "neurogenic\n  claudication"'), in the badge, the panel and the CLI alike.
describe('quotes from a note wrapped over lines', () => {
  const note =
    '- Lumbar spinal stenosis, L3-L4 and L4-L5, with neurogenic\n  claudication -- failed conservative care.';
  const result = analyze({
    fields: [
      { id: 'dx', kind: 'diagnosis', text: 'M48.061' },
      { id: 'n', kind: 'note', text: note },
    ],
  });
  const finding = result.findings.find((f) => f.rule === 'qualifier-mismatch');

  it('reads on one line in the message, its template values and the verdict', () => {
    expect(finding?.message).toContain('"neurogenic claudication"');
    expect(Object.values(finding?.params ?? {}).some((v) => v.includes('neurogenic claudication'))).toBe(
      true,
    );
    for (const text of [
      finding?.message,
      ...Object.values(finding?.params ?? {}),
      ...(result.verdicts ?? []).map((v) => v.reason),
    ])
      expect(text).not.toMatch(/[\r\n]|\\n/);
  });

  it('keeps the evidence span as the note wrote it', () => {
    expect(finding?.evidence.some((s) => s.text === 'neurogenic\n  claudication')).toBe(true);
  });
});
