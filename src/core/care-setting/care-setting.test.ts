import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';
import type { AnalyzeResult, CareSetting } from '../types';
import {
  countsAsDocumented,
  GUIDELINE_INPATIENT_UNCERTAIN,
  isCareSetting,
  type CountedUncertain,
} from './counts-as-documented';
import { documentedConditions, documentedMentions } from './documented-view';
import { findConditions, statusOf } from '../families-read/find-conditions';
import { findMentions } from '../mentions/find-mentions';

const run = (codes: string, note: string, setting?: CareSetting): AnalyzeResult =>
  analyze({
    ...(setting ? { setting } : {}),
    fields: [
      { id: 'dx', kind: 'diagnosis', text: codes },
      { id: 'note', kind: 'note', text: note },
    ],
  });
const verdictOf = (r: AnalyzeResult, code: string) => r.verdicts?.find((v) => v.code === code);

describe('countsAsDocumented', () => {
  it('counts an affirmed statement in both settings and an uncertain one only inpatient', () => {
    expect(countsAsDocumented('affirmed', undefined)).toBe(true);
    expect(countsAsDocumented('uncertain', undefined)).toBe(false);
    expect(countsAsDocumented('uncertain', [])).toBe(true);
  });

  it.each(['negated', 'historical', 'hypothetical', 'family'] as const)(
    'never counts a %s statement',
    (status) => {
      expect(countsAsDocumented(status, undefined)).toBe(false);
      expect(countsAsDocumented(status, [])).toBe(false);
    },
  );

  it('records the uncertain statement it counts, with its trigger', () => {
    const span = { fieldId: 'n', start: 9, end: 17, text: 'stenosis' };
    const trigger = { fieldId: 'n', start: 0, end: 8, text: 'Probable' };
    const counted: { span: typeof span; trigger: typeof trigger | null }[] = [];
    countsAsDocumented('uncertain', counted, span, trigger);
    countsAsDocumented('negated', counted, span, trigger);
    expect(counted).toEqual([{ span, trigger }]);
  });

  it('knows the two settings and nothing else', () => {
    expect(isCareSetting('inpatient')).toBe(true);
    expect(isCareSetting('outpatient')).toBe(true);
    expect(isCareSetting('Inpatient')).toBe(false);
    expect(isCareSetting(undefined)).toBe(false);
  });
});

describe('documentedMentions and documentedConditions', () => {
  const note = {
    id: 'n',
    kind: 'note' as const,
    text: 'Probable L4-5 spinal stenosis. No C5-6 foraminal stenosis. Possible left L5 radiculopathy.',
  };

  it('hand back the very array outpatient, the default, and record nothing', () => {
    const mentions = findMentions(note);
    const conditions = findConditions(note);
    expect(documentedMentions(mentions, undefined)).toBe(mentions);
    expect(documentedConditions(conditions, undefined)).toBe(conditions);
  });

  it('read an uncertain statement as an affirmed copy inpatient, record it with its trigger, and leave the others and the originals as they are', () => {
    const mentions = findMentions(note);
    const conditions = findConditions(note);
    const counted: CountedUncertain[] = [];
    const view = documentedMentions(mentions, counted);
    expect(mentions.map((m) => m.status)).toEqual(['uncertain', 'negated']);
    expect(view.map((m) => m.status)).toEqual(['affirmed', 'negated']);
    expect(view[1]).toBe(mentions[1]);
    const conditionView = documentedConditions(conditions, counted);
    expect(conditionView.map((c) => [c.kind, statusOf(c)])).toEqual(
      conditions.map((c) => [c.kind, c.status === 'uncertain' ? 'affirmed' : c.status]),
    );
    expect(conditions.some((c) => c.status === 'uncertain')).toBe(true);
    expect(counted.map((c) => [c.span.text, c.trigger?.text])).toContainEqual(['stenosis', 'Probable']);
    expect(counted.every((c) => c.trigger !== null)).toBe(true);
  });
});

describe('the care setting in analyze', () => {
  it.each([
    ['probable', 'M48.062', 'Discharge diagnosis: probable L4-5 stenosis with neurogenic claudication.'],
    ['suspected', 'M54.16', 'Assessment: suspected left L5 radiculopathy.'],
    ['consistent with', 'M50.222', 'MRI consistent with C5-6 disc herniation.'],
    // With its cause: a foraminal stenosis that names none is asked, whatever the setting (stop 52).
    ['rule out', 'M99.73', 'Rule out foraminal stenosis at L5-S1 from a disc protrusion.'],
    ['a differential', 'M48.061', 'DDx: L4-5 spinal stenosis vs. facet arthropathy.'],
    ['likely', 'M48.061', 'Likely L4-5 spinal stenosis.'],
  ])('a %s diagnosis is not supported outpatient and is supported inpatient', (_word, code, note) => {
    expect(verdictOf(run(code, note), code)?.verdict).toBe('finding');
    expect(verdictOf(run(code, note, 'outpatient'), code)?.verdict).toBe('finding');
    const inpatient = run(code, note, 'inpatient');
    expect(verdictOf(inpatient, code)?.verdict).toBe('supported');
    expect(inpatient.findings.filter((f) => f.rule === 'unsupported-code')).toEqual([]);
  });

  it('keeps the status the note gave each mention', () => {
    const note = 'Rule out foraminal stenosis at L5-S1.';
    const inpatient = run('M99.73', note, 'inpatient');
    expect(inpatient.mentions.map((m) => m.status)).toEqual(['uncertain']);
    expect(inpatient.mentions).toEqual(run('M99.73', note).mentions);
  });

  it('says in the supported verdict that the inpatient rule applied, quoting the statement and its uncertain words', () => {
    const v = verdictOf(
      run(
        'M48.062',
        'Discharge diagnosis: probable L4-5 stenosis with neurogenic claudication.',
        'inpatient',
      ),
      'M48.062',
    );
    expect(v?.reason).toContain('inpatient rule applied (Official Guidelines II.H)');
    expect(v?.reason).toContain('"stenosis"');
    expect(v?.reason).toContain('"probable"');
    expect(v?.params?.['reasons_msgs']).toContain('reason_inpatient_rule');
  });

  it('says on a finding that quotes a counted statement that the inpatient rule applied, with the guideline in its sources', () => {
    const note =
      'MRI: L4-5 central canal stenosis due to facet hypertrophy. Possible neurogenic claudication.';
    const outpatient = run('M99.33', note).findings.find((f) => f.rule === 'classified-elsewhere');
    const inpatient = run('M99.33', note, 'inpatient').findings.find(
      (f) => f.rule === 'classified-elsewhere',
    );
    expect(outpatient?.suggestions).toEqual(['M48.061']);
    expect(inpatient?.suggestions).toEqual(['M48.062']);
    expect(inpatient?.message).toMatch(
      /Inpatient rule applied \(Official Guidelines II\.H\).*"neurogenic claudication"/,
    );
    expect(inpatient?.messageId).toBe('finding_with_inpatient_rule');
    expect(inpatient?.params?.['base_msg']).toBe(outpatient?.messageId);
    expect(inpatient?.sources).toContainEqual(GUIDELINE_INPATIENT_UNCERTAIN);
    expect(outpatient?.sources).not.toContainEqual(GUIDELINE_INPATIENT_UNCERTAIN);
  });

  it.each([
    ['negated', 'No L4-5 spinal stenosis. Low back pain.'],
    ['historical', 'History of L4-5 spinal stenosis, s/p decompression in 2019. Low back pain.'],
    ['hypothetical', 'If symptoms persist, consider L4-5 spinal stenosis.'],
    ['family', 'Family history of spinal stenosis. Low back pain.'],
  ])('a %s statement stays set aside inpatient', (status, note) => {
    const inpatient = run('M48.061', note, 'inpatient');
    expect(inpatient.mentions.map((m) => m.status)).toEqual([status]);
    expect(verdictOf(inpatient, 'M48.061')?.verdict).toBe('finding');
    expect(inpatient.findings.find((f) => f.rule === 'unsupported-code')?.message).toContain(
      `only as ${status}`,
    );
    expect(inpatient.findings.every((f) => !f.sources.includes(GUIDELINE_INPATIENT_UNCERTAIN))).toBe(true);
  });

  it('marks the result inpatient only when the inpatient rule was asked for', () => {
    const note = 'Probable L4-5 stenosis.';
    expect(run('M48.061', note, 'inpatient').setting).toBe('inpatient');
    expect('setting' in run('M48.061', note)).toBe(false);
    expect(run('M48.061', note, 'outpatient')).toEqual(run('M48.061', note));
  });

  it('changes nothing on a note whose statements are all affirmed, but the setting', () => {
    const note =
      'MRI: moderate left C5-C6 neural foraminal stenosis due to uncovertebral osteophytes. Left C6 radiculopathy.';
    const { setting, ...inpatient } = run('M99.60, M47.22', note, 'inpatient');
    expect(setting).toBe('inpatient');
    expect(inpatient).toEqual(run('M99.60, M47.22', note));
  });
});

describe('an uncertain diagnosis the stay later ruled out or saw resolve (inpatient)', () => {
  it.each([
    [
      'ruled out',
      'M48.062',
      'Assessment: probable L4-5 stenosis with neurogenic claudication. Hospital course: the stenosis was ruled out on MRI.',
    ],
    [
      'resolved',
      'M54.16',
      'Admission: suspected left L5 radiculopathy. At discharge: radiculopathy resolved.',
    ],
    ['denied', 'M48.061', 'Likely L4-5 spinal stenosis. Repeat MRI: no spinal stenosis at L4-5.'],
  ])('is not counted as documented when later %s', (_word, code, note) => {
    const inpatient = run(code, note, 'inpatient');
    expect(verdictOf(inpatient, code)?.verdict).toBe('finding');
    expect(verdictOf(inpatient, code)?.reason).not.toContain('inpatient rule applied');
  });

  it('is still counted when the later denial is of another site, level or side', () => {
    for (const note of [
      'Probable L4-5 stenosis. No foraminal stenosis.',
      'Probable L4-5 stenosis. No stenosis at L2-3.',
    ])
      expect(verdictOf(run('M48.061', note, 'inpatient'), 'M48.061')?.verdict).toBe('supported');
    expect(
      verdictOf(
        run('M54.16', 'Suspected left L5 radiculopathy. Right L5 radiculopathy resolved.', 'inpatient'),
        'M54.16',
      )?.verdict,
    ).toBe('supported');
  });

  it('does not say the inpatient rule applied to a code an affirmed statement documents as well (QA stop 49, C7)', () => {
    const note =
      'Discharge diagnosis: L2-3 spinal stenosis with neurogenic claudication. Possible foraminal narrowing at L2-3 as well.';
    const v = verdictOf(run('M48.062', note, 'inpatient'), 'M48.062');
    expect(v?.verdict).toBe('supported');
    expect(v?.reason).not.toMatch(/inpatient rule/);
    // Where only the uncertain statement documents the code, it still says so.
    expect(
      verdictOf(
        run(
          'M48.062',
          'Discharge diagnosis: possible L2-3 spinal stenosis with neurogenic claudication.',
          'inpatient',
        ),
        'M48.062',
      )?.reason,
    ).toMatch(/inpatient rule applied/);
  });
});
