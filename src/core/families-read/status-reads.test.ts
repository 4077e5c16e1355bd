import { describe, expect, it } from 'vitest';
import { parseSpineCode } from '../spine-families';
import type { Span, Status } from '../types';
import { checkFamilyCode } from './check-family-code';
import type { Condition, ConditionKind } from './find-conditions';

/** A statement whose status reads are counted: a real one (find-conditions.ts) reads it lazily, at a cost. */
function statement(
  kind: ConditionKind,
  start: number,
  status: Status,
  levels: string[],
  reads: Map<ConditionKind, number>,
): Condition {
  const span: Span = { fieldId: 'note', start, end: start + 5, text: kind };
  return {
    kind,
    span,
    get status() {
      reads.set(kind, (reads.get(kind) ?? 0) + 1);
      return status;
    },
    trigger: null,
    statusReason: undefined,
    levels,
    alsoLevels: [],
    regionWords: [],
    placeFromNote: false,
    sentence: { start, end: start + 20 },
    dorsopathyPlace: undefined,
    cervicalDiscPlace: undefined,
    areas: undefined,
    note: undefined,
    hit: undefined,
    reading: undefined,
  };
}

describe('spine-family checks read the status of the kinds they compare only', () => {
  it('M54.16 with a disc cause: no status of a myelopathy or neck-pain statement is read', () => {
    const reads = new Map<ConditionKind, number>();
    const conditions = [
      statement('radiculopathy', 0, 'affirmed', ['L4-L5'], reads),
      statement('disc-displacement', 30, 'affirmed', ['L4-L5'], reads),
      statement('myelopathy', 60, 'negated', [], reads),
      statement('neck-pain', 90, 'affirmed', [], reads),
    ];
    const parsed = parseSpineCode('M54.16');
    if (!parsed) throw new Error('M54.16 is a spine-family code');
    const out = checkFamilyCode(parsed, [], { conditions, mentions: [] });
    expect(out.findings.map((f) => f.rule)).toEqual(['classified-elsewhere']);
    expect(reads.get('myelopathy')).toBeUndefined();
    expect(reads.get('neck-pain')).toBeUndefined();
  });

  it('a disc code whose lesion is absent reads no statement beyond the other disc lesion and the qualifiers its suggestion states', () => {
    const reads = new Map<ConditionKind, number>();
    const conditions = [
      statement('disc-degeneration', 0, 'affirmed', ['L4-L5'], reads),
      statement('radiculopathy', 30, 'affirmed', ['L4-L5'], reads),
      statement('neck-pain', 60, 'affirmed', [], reads),
    ];
    const parsed = parseSpineCode('M51.26');
    if (!parsed) throw new Error('M51.26 is a spine-family code');
    const out = checkFamilyCode(parsed, [], { conditions, mentions: [] });
    // The other lesion's code carries the radiculopathy the note affirms there (stop 59, class 4).
    expect(out.findings.map((f) => [f.rule, f.suggestions])).toEqual([['qualifier-mismatch', ['M51.16']]]);
    expect(reads.get('neck-pain')).toBeUndefined();
  });
});
