import { describe, expect, it } from 'vitest';
import { CATALOGUES, sayCoreText } from '../../platform/i18n';
import { analyze } from '../analyze';
import { allClear } from '../families-read/code-verdicts';
import type { AnalyzeInput, CodeLookup, FieldText } from '../types';
import { NOTE_RULES, noNoteOnPage, notCheckedForNoNote, noteTextRead, RULES_WITHOUT_NOTE } from './note-read';
import { RULE_IDS } from './registry';

const dx = (text: string): FieldText => ({ id: 'dx', kind: 'diagnosis', text });
const note = (text: string): FieldText => ({ id: 'note', kind: 'note', text });
const noteRules = (input: AnalyzeInput, lookup?: CodeLookup) =>
  analyze(input, lookup ? { lookup } : {}).findings.filter((f) => NOTE_RULES.has(f.rule));

describe('no note text read (note-read.ts)', () => {
  it('gives no unsupported-code or missing-documentation for M48.061 and M99.61 beside an empty note, and says why each is not checked', () => {
    const result = analyze({ fields: [dx('M48.061, M99.61'), note('')] });
    expect(result.findings).toEqual([]);
    expect(result.comparisons).toEqual([]);
    expect(result.verdicts).toEqual([
      {
        code: 'M48.061',
        verdict: 'not-checked',
        reason: 'no note text was read, so nothing was compared with M48.061',
        messageId: 'verdict_words_not_checked',
        params: { code: 'M48.061', reason_msg: 'reason_not_checked_no_note' },
        checkedBy: [],
        evidence: [],
      },
      {
        code: 'M99.61',
        verdict: 'not-checked',
        reason: 'no note text was read, so nothing was compared with M99.61',
        messageId: 'verdict_words_not_checked',
        params: { code: 'M99.61', reason_msg: 'reason_not_checked_no_note' },
        checkedBy: [],
        evidence: [],
      },
    ]);
    expect(allClear(result.verdicts ?? [])).toBeUndefined();
    // Nothing was read, so no checklist item is missing from the note (it was listed MISSING before).
    expect(result.checklist).toEqual([]);
  });

  it('lists the checklist again, items met or missing, once note text is read', () => {
    const result = analyze({ fields: [dx('M99.61'), note('Patient seen.')] });
    expect(result.checklist.map((c) => [c.id, c.met])).toEqual([
      ['site', false],
      ['level', false],
      ['mechanism', false],
      ['imaging', false],
      ['neuro', false],
    ]);
  });

  it('gives a chiropractic visit with no note text no checklist either', () => {
    const fields: FieldText[] = [
      dx('M99.01, M99.03'),
      { id: 'px', kind: 'procedure', text: '98941-AT' },
      note('  '),
    ];
    const result = analyze({ fields });
    expect(result.checklist).toEqual([]);
    expect(
      analyze({ fields: [...fields.slice(0, 2), note('Adjusted C5 and L4.')] }).checklist.length,
    ).toBeGreaterThan(0);
  });

  it('reads a note of white space (and the zero-width characters editors leave) as no note', () => {
    for (const blank of [' ', '\n\t  \r\n', '\u00a0\u200b\u2060\ufeff']) {
      const result = analyze({ fields: [dx('M48.061, M99.61, M54.16'), note(blank)] });
      expect(result.findings, JSON.stringify(blank)).toEqual([]);
      expect(result.verdicts?.map((v) => v.reason)).toEqual([
        'no note text was read, so nothing was compared with M48.061',
        'no note text was read, so nothing was compared with M99.61',
        'no note text was read, so nothing was compared with M54.16',
      ]);
    }
    expect(noteTextRead([note(' \n')])).toBe(false);
    expect(noteTextRead([note(' \n'), note(' x ')])).toBe(true);
  });

  it("reads a note template's headings with nothing written after them as no note", () => {
    for (const template of [
      'Plan:',
      'Subjective:\nObjective:\nAssessment:\nPlan:\n',
      'S:\r\nO:\r\nA:\r\nP:',
      '  HPI: \n\n Assessment / Plan:  ',
      'Exam (today):\n\u200b',
    ]) {
      const result = analyze({ fields: [dx('M99.61'), note(template)] });
      expect(result.findings, JSON.stringify(template)).toEqual([]);
      expect(result.verdicts?.[0]?.params?.reason_msg, JSON.stringify(template)).toBe(
        'reason_not_checked_no_note',
      );
      expect(result.checklist).toEqual([]);
    }
    // Anything written after a heading, or a line that is not a short label, is note text.
    for (const written of [
      'Plan: PT twice weekly',
      'Subjective:\nNeck pain.\nPlan:',
      'Findings:\nModerate C5-6 foraminal stenosis.',
      'Seen today.',
      'The MRI of the cervical spine performed today shows the following:',
      'Plan:\n-',
      'Plan: 1.',
    ]) {
      expect(noteTextRead([note(written)]), JSON.stringify(written)).toBe(true);
    }
  });

  it('reads a codes-only page (diagnosis and procedure fields, no note field) as no note: the diagnosis and procedure fields are not note', () => {
    const fields: FieldText[] = [
      dx('M99.61, M99.01, M51.16'),
      { id: 'px', kind: 'procedure', text: '98941-AT' },
    ];
    expect(noteTextRead(fields)).toBe(false);
    const result = analyze({ fields });
    expect(result.findings).toEqual([]);
    expect(result.verdicts?.map((v) => [v.code, v.verdict, v.params?.reason_msg])).toEqual([
      ['M99.61', 'not-checked', 'reason_not_checked_no_note'],
      ['M99.01', 'not-checked', 'reason_not_checked_no_note'],
      ['M51.16', 'not-checked', 'reason_not_checked_no_note'],
    ]);
    // Two diagnosis fields and no note: the same.
    expect(
      analyze({ fields: [dx('M99.61'), { id: 'dx2', kind: 'diagnosis', text: 'M48.061' }] }).findings,
    ).toEqual([]);
  });

  it('keeps a code outside the families (or without a region) with its own reason: a note would not check it either', () => {
    const result = analyze({ fields: [dx('E11.9, M47.819, M99.9'), note('')] });
    expect(result.verdicts?.map((v) => v.reason)).toEqual([
      'E11.9 is outside the spine families ChartLint reads',
      'M47.819 names no region (site unspecified); ChartLint compares region-specific codes only',
      'no ChartLint rule compares M99.9 (a segmental dysfunction, subluxation complex or other biomechanical lesion code) with the note',
    ]);
  });

  it('keeps the rules that need no note: invalid, non-billable, a region without a spine, an Excludes1 pair, Medicare claim lines, an unknown procedure', () => {
    const result = analyze({ fields: [dx('M99.6, M99.6A, M99.68'), note(' ')] });
    expect(result.findings.map((f) => [f.rule, f.code])).toEqual([
      ['non-billable-code', 'M99.6'],
      ['invalid-code', 'M99.6A'],
      ['implausible-region', 'M99.68'],
    ]);
    // A finding from a rule that needs no note still makes the code's verdict a finding.
    expect(result.verdicts?.map((v) => v.verdict)).toEqual(['finding', 'finding', 'finding']);

    const lookup: CodeLookup = Object.assign((code: string) => ({ code, title: code, billable: true }), {
      excludes1: (code: string) =>
        code.startsWith('M43.0') ? [{ text: 'spondylolisthesis (M43.1)', at: 'M43.0' }] : [],
    });
    const pair = analyze({ fields: [dx('M43.07, M43.17')] }, { lookup });
    expect(pair.findings.map((f) => [f.rule, f.code])).toEqual([['excludes1-pair', 'M43.07']]);

    const claim = analyze({
      fields: [dx('M54.50, M99.03'), { id: 'px', kind: 'procedure', text: '98940, 98943, 99999' }],
      payer: 'medicare',
    });
    expect([...new Set(claim.findings.map((f) => f.rule))].sort()).toEqual([
      'manipulation-modifier',
      'medicare-primary-diagnosis',
      'unknown-procedure',
    ]);
  });

  it('brings every finding back once a note is typed', () => {
    const codes = dx('M48.061, M99.61');
    expect(analyze({ fields: [codes, note('')] }).findings).toEqual([]);
    const typed = analyze({ fields: [codes, note('Neck pain for two weeks.')] });
    expect(typed.findings.map((f) => [f.rule, f.code])).toEqual([
      ['unsupported-code', 'M48.061'],
      ['unsupported-code', 'M99.61'],
      ['missing-documentation', 'M99.61'],
    ]);
    expect(typed.verdicts?.map((v) => v.verdict)).toEqual(['finding', 'finding']);
    expect(typed.verdicts?.some(notCheckedForNoNote)).toBe(false);
    // And a supporting note supports the code again.
    const supported = analyze({
      fields: [
        dx('M99.61'),
        note(
          'MRI: C5-6 foraminal stenosis due to osteophytes. C6 radiculopathy, weakness of wrist extension.',
        ),
      ],
    });
    expect(supported.verdicts?.[0]?.verdict).toBe('supported');
  });

  it('reads codes written in the note (no diagnosis field) as a note read', () => {
    const result = analyze({ fields: [note('Assessment: M99.61.')] });
    expect(result.findings.map((f) => f.rule)).toContain('unsupported-code');
  });

  it('silences every note rule, whatever the codes, and only them', () => {
    expect(RULES_WITHOUT_NOTE.map((r) => r.id)).toEqual(RULE_IDS.filter((id) => !NOTE_RULES.has(id)));
    for (const id of NOTE_RULES) expect(RULE_IDS).toContain(id);
    // Each rule says in its own file whether it reads the note (RuleDefinition.readsNote).
    expect([...NOTE_RULES]).toEqual([
      'site-mismatch',
      'region-mismatch',
      'mechanism-mismatch',
      'mechanism-unclear',
      'qualifier-mismatch',
      'unsupported-code',
      'classified-elsewhere',
      'missing-documentation',
      'suggested-code',
      'manipulation-region-count',
      'treated-region-uncoded',
      'subluxation-documentation',
    ]);
    const sets = [
      'M99.61, M99.33, M99.63, M99.31',
      'M48.061, M48.02, M48.062',
      'M50.122, M51.16, M54.16, M47.812, M43.16',
      'M99.03, M99.01, M99.05, M99.12',
    ];
    for (const codes of sets)
      for (const payer of [undefined, 'medicare'] as const) {
        const fields = [
          dx(codes),
          { id: 'px', kind: 'procedure', text: '98941-AT, 98940, 98925' } as FieldText,
          note(''),
        ];
        expect(noteRules(payer ? { fields, payer } : { fields }), codes).toEqual([]);
        // The same codes beside a note that documents nothing: the note rules speak.
        expect(
          noteRules({ fields: [...fields.slice(0, 2), note('Follow-up visit.')] }).length,
          codes,
        ).toBeGreaterThan(0);
      }
  });
});

describe('a no-note verdict said for a page of frames (the extension)', () => {
  const [v] = analyze({ fields: [dx('M99.61')] }).verdicts ?? [];

  it('says that no note text was found on this page', () => {
    const page = noNoteOnPage(v!);
    expect(page).toMatchObject({
      code: 'M99.61',
      verdict: 'not-checked',
      reason: 'no note text was found on this page, so nothing was compared with M99.61',
      checkedBy: [],
    });
    expect(sayCoreText('es', page.messageId!, page.params!, page.reason)).toBe(
      'ChartLint no lo comprobó: no se encontró ningún texto de nota en esta página, así que no se comparó nada con M99.61.',
    );
  });

  it("names the site of the frame with the note and the options page's section, in both languages", () => {
    const other = noNoteOnPage(v!, 'https://notes.example.org');
    expect(other.reason).toBe(
      "M99.61 is in a frame with no note text; the note text on this page is in a frame from https://notes.example.org, a site checked apart from this one. To check them together, pair the two sites in ChartLint's options under “Frames checked together”",
    );
    // The English reason is the template's English, and names the section as the options page does.
    expect(sayCoreText('en', other.params!.reason_msg!, other.params!, '')).toBe(other.reason);
    expect(other.reason).toContain(CATALOGUES.en.pairedTitle!.message);
    const spanish = sayCoreText('es', other.messageId!, other.params!, other.reason);
    expect(spanish).toBe(
      'ChartLint no lo comprobó: M99.61 está en un marco sin texto de nota; el texto de nota de esta página está en un marco de https://notes.example.org, un sitio que se revisa por separado. Para revisarlos juntos, empareje los dos sitios en las opciones de ChartLint, en «Marcos revisados juntos».',
    );
    expect(spanish).toContain(CATALOGUES.es.pairedTitle!.message);
  });

  it('says the core reason in Spanish too', () => {
    expect(sayCoreText('es', v!.messageId!, v!.params!, v!.reason)).toBe(
      'ChartLint no lo comprobó: no se leyó ningún texto de nota, así que no se comparó nada con M99.61.',
    );
  });
});
