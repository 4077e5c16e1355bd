import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldText, Mention, Span } from '../types';
import { MAX_IMAGING, scanMentions } from '../mentions/find-mentions';
import { buildChecklist, IMAGING_WORDS, imagingAndNeuro, NEURO_WORDS } from './build-checklist';
import { analyze } from '../analyze';

/** Both lists as written, in one sweep (group 1 imaging, group 2 neuro). */
const COMBINED = new RegExp(String.raw`\b(?:(${IMAGING_WORDS})|(${NEURO_WORDS}))\b`, 'gi');

/** The first three imaging and neuro spans as one combined sweep of every field reads them. */
function byCombinedSweep(fields: FieldText[]): { imaging: Span[]; neuro: Span[] } {
  const imaging: Span[] = [];
  const neuro: Span[] = [];
  for (const field of fields) {
    for (const m of field.text.matchAll(COMBINED)) {
      const list = m[1] !== undefined ? imaging : neuro;
      if (list.length < 3) list.push({ fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  return { imaging, neuro };
}

const note = (text: string, id = 'note'): FieldText => ({ id, kind: 'note', text });

describe('imagingAndNeuro', () => {
  it('quotes the first three of each list, going on with imaging after neuro is full', () => {
    const text = 'Weakness, numbness and reflexes down; radicular pain. MRI and CT; X-rays; films.';
    const { imaging, neuro } = imagingAndNeuro([note(text)]);
    expect(neuro.map((s) => s.text)).toEqual(['Weakness', 'numbness', 'reflexes']);
    expect(imaging.map((s) => [s.text, s.start])).toEqual([
      ['MRI', text.indexOf('MRI')],
      ['CT', text.indexOf('CT')],
      ['X-rays', text.indexOf('X-rays')],
    ]);
  });

  it('takes no negated or hypothetical neurological word as a finding', () => {
    const neuroOf = (text: string) => buildChecklist([note(text)], []).find((item) => item.id === 'neuro');
    // QA stop 43, #15: each of these met the item.
    for (const text of [
      'DC visit. Pt denies numbness, tingling or weakness. Reports neck pain 3/10.',
      'Lumbar spondylosis without myelopathy or radiculopathy - L4-S1 facet arthropathy, confirmed on CT.',
      'If weakness develops, return to clinic.',
      'Family history: mother with myelopathy.',
    ])
      expect(neuroOf(text)?.met, text).toBe(false);
    const text = 'No numbness. Positive Spurling sign on the right with C6 dermatomal paresthesia.';
    const affirmed = ['Spurling', 'dermatomal', 'paresthesia'];
    expect(neuroOf(text)?.evidence.map((s) => s.text)).toEqual(affirmed);
    // The same spans when the note reader's imaging words are given (only neuro swept).
    expect(imagingAndNeuro([note(text)], [[]]).neuro.map((s) => s.text)).toEqual(affirmed);
    // A hedged or past one is still the clinician's finding; absent reflexes are an abnormal finding.
    for (const text of ['Exam consistent with C7 radiculopathy.', 'History of sciatica.', 'Reflexes are absent in the lower extremities.'])
      expect(neuroOf(text)?.met, text).toBe(true);
  });

  it('reads at most 64 neurological words for their context, so a note negating hundreds stays cheap', () => {
    const negated = 'No radiculopathy. '.repeat(64);
    expect(imagingAndNeuro([note(`${negated.slice(18)}Positive Spurling.`)]).neuro.map((s) => s.text)).toEqual(['Spurling']);
    expect(imagingAndNeuro([note(`${negated}Positive Spurling.`)]).neuro).toEqual([]);
    expect(imagingAndNeuro([note(`${negated}Positive Spurling.`)], [[]]).neuro).toEqual([]);
  });

  it('quotes as many imaging words as a scan keeps', () => {
    const text = 'MRI, CT, x-ray, films, myelogram and MR imaging.';
    expect(buildChecklist([note(text)], []).find((item) => item.id === 'imaging')?.evidence.length).toBe(MAX_IMAGING);
  });

  it('reads a multi-word term whole, and the next field with the list still open', () => {
    const fields = [note('MRI, MR imaging, x-ray', 'a'), note('sensory loss; EMG; nerve conduction; sciatica', 'b')];
    expect(imagingAndNeuro(fields)).toEqual(byCombinedSweep(fields));
    expect(imagingAndNeuro(fields).imaging.map((s) => s.text)).toEqual(['MRI', 'MR imaging', 'x-ray']);
  });

  it('finds what the combined sweep finds, in any mix of both lists and fields', () => {
    const words = [
      'MRI', 'mr  imaging', 'Mr', 'magnetic resonance', 'CT', 'cts', 'cat scan', 'computed tomography', 'x-rays', 'xray', 'Radiographic', 'radiographs', 'myelogram', 'films', 'imaging',
      'radiculopathy', 'radicular', 'radiculitis', 'myelopathic', 'numbness', 'paresthesias', 'weakness', 'Reflexes', 'reflex', 'dermatomal', 'sensory deficit', 'sensory loss', 'spurling', 'straight leg raise', 'EMG', 'electromyography', 'nerve conduction', 'claudication', 'sciatica',
      'foraminal', 'pain', 'the', 'nerve', 'sensory', 'stenosis', 'narrowing',
    ];
    const seps = [' ', ', ', '-', '.', '\n', '', 'é'];
    const text = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...seps)), { maxLength: 14 }).map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (texts) => {
        const fields = texts.map((t, i) => note(t, `n${i}`));
        expect(imagingAndNeuro(fields)).toEqual(byCombinedSweep(fields));
        // The imaging words as the note reader read them (scanMentions), only neuro swept here.
        expect(imagingAndNeuro(fields, fields.map((f) => scanMentions(f).imaging ?? []))).toEqual(byCombinedSweep(fields));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('buildChecklist', () => {
  it('meets nothing without notes', () => {
    expect(buildChecklist([], []).every((item) => !item.met)).toBe(true);
  });
});

describe('buildChecklist mention evidence', () => {
  /** The first three spans of the affirmed mentions that `pick` gives, as the checklist first read them (a list per mention). */
  const firstSpans = (mentions: Mention[], pick: (m: Mention) => Span[]) => {
    const out: Span[] = [];
    for (const m of mentions) {
      if (m.status !== 'affirmed') continue;
      for (const s of pick(m)) {
        out.push(s);
        if (out.length === 3) return out;
      }
    }
    return out;
  };
  const span = (start: number): Span => ({ fieldId: 'n', start, end: start + 1, text: 's' });
  const mentionArb = fc.record({
    status: fc.constantFrom('affirmed', 'negated', 'historical'),
    site: fc.constantFrom('foramen', 'canal', 'unspecified'),
    levels: fc.constantFrom([], [{ raw: 'C5-6', normalized: 'C5-C6' }]),
    regions: fc.constantFrom([], ['cervical']),
    mechanisms: fc.constantFrom([], ['disc'], ['osseous', 'disc']),
    at: fc.nat(1000),
    evidence: fc.option(fc.array(fc.nat(1000), { maxLength: 4 }), { nil: undefined }),
  });

  it('quotes, for site, level and mechanism, the spans one list per mention read first gave', () => {
    fc.assert(
      fc.property(fc.array(mentionArb, { maxLength: 12 }), (drawn) => {
        const mentions = drawn.map(
          ({ at, evidence, ...m }) => ({ ...m, span: span(at), ...(evidence ? { mechanismEvidence: evidence.map(span) } : {}) }) as unknown as Mention,
        );
        const items = buildChecklist([], mentions);
        const of = (id: string) => items.find((item) => item.id === id)?.evidence;
        expect(of('site')).toEqual(firstSpans(mentions, (m) => (m.site === 'unspecified' ? [] : [m.span])));
        expect(of('level')).toEqual(firstSpans(mentions, (m) => (m.levels.length > 0 || m.regions.length > 0 ? [m.span] : [])));
        expect(of('mechanism')).toEqual(firstSpans(mentions, (m) => (m.mechanisms.length > 0 ? (m.mechanismEvidence ?? [m.span]) : [])));
      }),
      { numRuns: 1000 },
    );
  });
});

describe('mechanism item against the entered M99 stenosis code', () => {
  const checklistOf = (code: string, text: string) => analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }, note(text)] });
  const mechanismOf = (code: string, text: string) => checklistOf(code, text).checklist.find((i) => i.id === 'mechanism');
  const discCause = 'MRI C-spine: C5-6 right foraminal stenosis due to a disc bulge. Right C6 radiculopathy.';

  it("is met only by the code's own cause, and says which cause the note names when it is another", () => {
    // M99.61 is bone or subluxation at the foramen: the disc the note names does not meet it, and the
    // checklist no longer says "met" beside the mechanism warning.
    const wrong = checklistOf('M99.61', discCause);
    expect(wrong.findings.find((f) => f.rule === 'mechanism-mismatch')).toMatchObject({ severity: 'warning', suggestions: ['M99.71'] });
    expect(wrong.checklist.find((i) => i.id === 'mechanism')).toEqual({
      id: 'mechanism',
      label: 'Mechanism the code names: bone or subluxation for M99.61 (the note names disc)',
      met: false,
      evidence: [],
    });
    // The mechanism warning says it: missing-documentation does not say it again.
    expect(wrong.findings.filter((f) => f.rule === 'missing-documentation')).toEqual([]);
    // M99.71 (ligament or disc) is met by the same words.
    expect(mechanismOf('M99.71', discCause)).toMatchObject({ label: 'Mechanism the code names: bone/subluxation or ligament/disc', met: true, evidence: [{ text: 'disc bulge' }] });
  });

  it('is not met by a cause named at another finding, and missing-documentation then says which the note names', () => {
    const text = 'MRI: C5-6 foraminal narrowing. L4-5 canal stenosis due to a disc bulge. Left C6 radiculopathy.';
    const result = checklistOf('M99.61', text);
    expect(result.checklist.find((i) => i.id === 'mechanism')).toMatchObject({ met: false });
    // The C5-6 statement names no cause: mechanism-unclear asks it (stop 52), and
    // missing-documentation, which said it before, does not say it twice.
    expect(result.findings.some((f) => f.rule === 'mechanism-mismatch')).toBe(false);
    expect(result.findings.find((f) => f.rule === 'mechanism-unclear')).toMatchObject({ severity: 'info', suggestions: [] });
    expect(result.findings.find((f) => f.rule === 'missing-documentation')?.message ?? '').not.toMatch(/mechanism/);
  });

  it('keeps any named cause on a page with no M99 stenosis code', () => {
    expect(mechanismOf('M50.122', discCause)).toMatchObject({ met: true, evidence: [{ text: 'disc bulge' }] });
  });
});
