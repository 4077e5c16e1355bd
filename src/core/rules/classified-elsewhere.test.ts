import { describe, expect, it, vi } from 'vitest';
import { analyze } from '../analyze';
import { loadSpineLookup } from '../../../test/corpus/icd10cm/order-rows';
import { classifiedElsewhere } from './classified-elsewhere';
import { page, runRule } from './run-rule';

const lookup = loadSpineLookup();
const run = (code: string, note: string) => runRule(classifiedElsewhere, page(code, note), { lookup }).findings;

describe('classified-elsewhere', () => {
  it('names the disc code with radiculopathy for M99.73 with "L4-5 foraminal stenosis due to disc bulge. Left L5 radiculopathy."', () => {
    const findings = run('M99.73', 'L4-5 foraminal stenosis due to disc bulge. Left L5 radiculopathy.');
    expect(findings[0]?.severity).toBe('info');
    expect(findings[0]?.suggestions).toContain('M51.16');
  });

  it('uses the dorsopathy scheme: L5-S1 is lumbosacral (M51.17)', () => {
    expect(run('M99.73', 'L5-S1 foraminal stenosis due to disc protrusion with S1 radiculopathy.')[0]?.suggestions).toContain('M51.17');
  });

  it('never tells a foraminal-only note that it documents spinal stenosis, even with "No central canal stenosis."', () => {
    for (const note of [
      'Moderate left C5-6 foraminal narrowing due to uncovertebral osteophytes. No central canal stenosis.',
      'C5-6 foraminal stenosis due to osteophytes.',
      'L4-5 foraminal stenosis due to disc bulge.',
    ]) {
      const findings = run('M99.61', note);
      expect(findings.flatMap((f) => f.suggestions).filter((c) => c.startsWith('M48.0')), note).toEqual([]);
      expect(findings.map((f) => f.message).join(' '), note).not.toMatch(/spinal stenosis/);
    }
  });

  it('speaks with the suggestion on the demo report: suggested M99.61, and entering it is never answered with M48.02', () => {
    const report =
      'Findings: C4-C5: mild disc bulge without stenosis. C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing. The central canal is patent. C6-C7: no significant canal or foraminal stenosis. Impression: Moderate left C5-C6 neural foraminal stenosis due to uncovertebral osteophytes.';
    expect(run('M99.61', report).flatMap((f) => f.suggestions)).not.toContain('M48.02');
  });

  it('offers M48.0- when the note documents canal stenosis, in the dorsopathy region of the level', () => {
    expect(run('M99.33', 'L4-5 central canal stenosis due to facet hypertrophy.')[0]?.suggestions).toContain('M48.061');
    expect(run('M99.31', 'C7-T1 central canal stenosis due to osteophytes.')[0]?.suggestions).toContain('M48.03');
  });

  it('offers M43.1- only when the note names a listhesis, not for any subluxation', () => {
    expect(run('M99.63', 'L4-5 foraminal stenosis due to grade 1 anterolisthesis.')[0]?.suggestions).toContain('M43.16');
    expect(run('M99.63', 'L4-5 foraminal stenosis due to subluxation.').flatMap((f) => f.suggestions)).not.toContain('M43.16');
  });

  it('is quiet when the note affirms nothing', () => {
    expect(run('M99.61', 'No foraminal stenosis.')).toEqual([]);
  });
});

describe('another finding beside a foraminal code', () => {
  const run = (code: string, note: string) =>
    analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }, { id: 'n', kind: 'note', text: note }] }).findings.find((f) => f.rule === 'classified-elsewhere' && f.code === code);

  it('says the canal stenosis has its own code, which does not replace the foraminal one', () => {
    const f = run('M99.61', 'Moderate canal stenosis at C5-6. Severe left C5-6 foraminal stenosis from uncovertebral spurring.');
    // The canal stenosis's code is one to add beside M99.61, not its replacement (blind QA, stop 45).
    expect(f).toMatchObject({ messageId: 'finding_m99_classified_elsewhere_beside', suggestions: ['M48.02'], additions: ['M48.02'] });
    expect(f?.message).toContain('does not replace M99.61');
    expect(f?.message).not.toMatch(/describe it more specifically/);
  });

  it('keeps "more specifically" for the same finding, and names the other apart', () => {
    const f = run('M99.73', 'A disc bulge narrows the left L4-5 foramen, with left L4 radiculopathy. Moderate canal stenosis at L3-4.');
    expect(f?.messageId).toBe('finding_m99_classified_elsewhere_and_beside');
    expect(f?.additions).toEqual(['M48.061']);
    expect(f?.suggestions).toEqual(expect.arrayContaining(['M51.16', 'M48.061']));
    expect(f?.message).toMatch(/M51\.16 may describe it more specifically than M99\.73\. The note also documents spinal stenosis \(M48\.0-\), a finding coded outside M99 with M48\.061\./);
  });

  it('keeps the message of a canal code as it was', () => {
    const canal = run('M99.33', 'Moderate canal stenosis at L4-5 from facet hypertrophy.');
    expect(canal?.messageId).toBe('finding_m99_classified_elsewhere');
    expect(canal && 'additions' in canal).toBe(false);
  });
});

describe('a foraminal code on a note with canal stenosis only', () => {
  it('keeps the wording of a better code for it (the note has no foraminal finding beside)', () => {
    const f = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.61' }, { id: 'n', kind: 'note', text: 'Moderate central canal stenosis at C5-6 from a disc osteophyte complex.' }] }).findings.find(
      (x) => x.rule === 'classified-elsewhere',
    );
    expect(f?.messageId).toBe('finding_m99_classified_elsewhere');
  });

  it('reads the whole note for radiculopathy once per analysis, however many M99 codes ask', () => {
    // Two codes ask for the note's radiculopathy, and each quotes it for two mentions.
    const note = `L4-5 foraminal stenosis due to disc bulge. L5-S1 foraminal stenosis due to disc protrusion. ${'Gait is normal. '.repeat(100)}Left L5 radiculopathy.`;
    // Sweeps of the note for radiculopathy statements (the condition reader's radiculopathy words,
    // global), counted where each ends: the exec that finds nothing more.
    const spy = vi.spyOn(RegExp.prototype, 'exec');
    const sweeps = () =>
      spy.mock.calls.filter((call, i) => {
        const re = spy.mock.contexts[i] as RegExp | undefined;
        return call[0] === note && re?.global === true && re.source.includes('radiculitis') && spy.mock.results[i]?.value === null;
      }).length;
    try {
      const result = analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.73, M99.53' }, { id: 'note', kind: 'note', text: note }] }, { lookup });
      expect(result.findings.filter((f) => f.rule === 'classified-elsewhere').map((f) => f.code)).toEqual(['M99.73', 'M99.53']);
      expect(sweeps()).toBe(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('suggests no spondylosis code (M47.1-, M47.2-) for an ossified posterior longitudinal ligament, which the Index sends to M48.8-', () => {
    const findingsFor = (code: string, note: string) =>
      analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: code }, { id: 'note', kind: 'note', text: note }] }, { lookup }).findings.filter((f) => f.rule === 'classified-elsewhere');
    const suggestionsFor = (code: string, note: string) => findingsFor(code, note).flatMap((f) => f.suggestions);
    expect(suggestionsFor('M99.71', 'C5-6 foraminal stenosis due to OPLL. Left C6 radiculopathy.')).not.toContain('M47.22');
    expect(suggestionsFor('M99.31', 'Severe C5-6 canal stenosis from ossification of the posterior longitudinal ligament with cord compression.')).not.toContain('M47.12');
    // Osteophytes beside it still name spondylosis, and only they are quoted for it.
    const both = findingsFor('M99.71', 'C5-6 foraminal stenosis due to OPLL and uncovertebral osteophytes. Left C6 radiculopathy.');
    expect(both.flatMap((f) => f.suggestions)).toContain('M47.22');
    expect(both.flatMap((f) => f.evidence.map((e) => e.text))).not.toContain('OPLL');
  });

  it('suggests no "with radiculopathy" code when the note denies radiculopathy or places it in the past', () => {
    const suggestionsFor = (note: string) =>
      analyze({ fields: [{ id: 'dx', kind: 'diagnosis', text: 'M99.71' }, { id: 'note', kind: 'note', text: note }] }, { lookup }).findings
        .filter((f) => f.rule === 'classified-elsewhere')
        .flatMap((f) => f.suggestions);
    const stenosis = 'C5-6 foraminal stenosis due to uncovertebral osteophytes.';
    expect(suggestionsFor(`${stenosis} Left C6 radiculopathy.`)).toContain('M47.22');
    expect(suggestionsFor(`${stenosis} No radiculopathy.`)).not.toContain('M47.22');
    expect(suggestionsFor(`${stenosis} History of sciatica, resolved in 2019.`)).not.toContain('M47.22');
  });
});

describe('the evidence of an M99 suggestion quotes the words that name the suggested condition', () => {
  /** A diagnosis field and note fields in page order; the finding's quotes are its evidence after the code's own. */
  const quotesOf = (code: string, notes: string[]) => {
    const fields = [
      { id: 'dx', kind: 'diagnosis' as const, text: code },
      ...notes.map((text, i) => ({ id: `n${i}`, kind: 'note' as const, text })),
    ];
    const f = runRule(classifiedElsewhere, { fields }, { lookup }).findings[0];
    const spans = f?.evidence.filter((s) => s.fieldId !== 'dx') ?? [];
    // Exact text: every quote is its field's own words at its offsets.
    for (const s of spans)
      expect(fields.find((x) => x.id === s.fieldId)?.text.slice(s.start, s.end)).toBe(s.text);
    return { suggestions: f?.suggestions ?? [], quotes: spans.map((s) => `${s.fieldId}:${s.text}`) };
  };
  const demoReport =
    'Findings: Alignment is normal. C4-C5: mild disc bulge without stenosis. C5-C6: uncovertebral joint osteophytes cause moderate left neural foraminal narrowing. The central canal is patent. C6-C7: no significant canal or foraminal stenosis.\nImpression: Moderate left C5-C6 neural foraminal stenosis due to uncovertebral osteophytes.';

  it('spondylosis with radiculopathy (M47.2-) on the demo EHR: the osteophyte words, the radiculopathy second (the badge quotes the first, the panel two), not "neural foraminal narrowing"', () => {
    const { suggestions, quotes } = quotesOf('M99.61', ['Left C6 radiculopathy.', demoReport]);
    expect(suggestions).toEqual(['M47.22']);
    expect(quotes).toEqual([
      'n1:uncovertebral joint osteophytes',
      'n0:radiculopathy',
      'n1:uncovertebral osteophytes',
    ]);
  });

  it('a disc disorder with radiculopathy (M51.1-): the disc words and the radiculopathy words, not the stenosis words', () => {
    const { suggestions, quotes } = quotesOf('M99.73', [
      'L4-5 foraminal stenosis due to disc bulge. Left L5 radiculopathy.',
    ]);
    expect(suggestions).toEqual(['M51.16']);
    expect(quotes).toEqual(['n0:disc bulge', 'n0:radiculopathy']);
  });

  it('quotes the radiculopathy of the narrowing’s own field (not another note’s history), once', () => {
    const { quotes } = quotesOf('M99.63', [
      'History: sciatica years ago.',
      'L5-S1 foraminal stenosis due to osteophytes. Left L5 radiculopathy. L4-5 foraminal stenosis due to osteophytes.',
    ]);
    expect(quotes).toEqual(['n1:osteophytes', 'n1:radiculopathy', 'n1:osteophytes']);
  });

  it('offers M48.062 for a lumbar spinal stenosis when the note affirms neurogenic claudication, and quotes it', () => {
    const withIt = quotesOf('M99.33', ['L4-5 severe central canal stenosis due to ligamentum flavum thickening. Neurogenic claudication at 2 blocks.']);
    expect(withIt.suggestions).toEqual(['M48.062']);
    expect(withIt.quotes).toEqual(['n0:central canal stenosis', 'n0:Neurogenic claudication']);
    expect(quotesOf('M99.33', ['L4-5 severe central canal stenosis due to ligamentum flavum thickening. No neurogenic claudication.']).suggestions).toEqual(['M48.061']);
  });

  it('rests "with radiculopathy" only on a narrowing at a level that reaches the radiculopathy root', () => {
    // An S1 root is reached from L5-S1 (and below), not from L4-L5; an L5 root from both.
    const s1 = quotesOf('M99.63', ['L5-S1 foraminal stenosis due to osteophytes. Left S1 radiculopathy. L4-5 foraminal stenosis due to osteophytes.']);
    expect(s1.suggestions).toEqual(['M47.27']);
    expect(s1.quotes).toEqual(['n0:osteophytes', 'n0:radiculopathy']);
    const l5 = quotesOf('M99.63', ['L5-S1 foraminal stenosis due to osteophytes. Left L5 radiculopathy. L4-5 foraminal stenosis due to osteophytes.']);
    expect(l5.suggestions).toEqual(['M47.27', 'M47.26']);
    // A cervical root only from the segment it leaves through: C6 from C5-C6, so nothing for C4-C5.
    expect(quotesOf('M99.61', ['C4-C5 foraminal stenosis due to uncovertebral osteophytes. Left C6 radiculopathy.']).suggestions).toEqual([]);
    expect(quotesOf('M99.61', ['C5-C6 foraminal stenosis due to uncovertebral osteophytes. Left C6 radiculopathy.']).suggestions).toEqual(['M47.22']);
    // A radiculopathy with no level is reached from anywhere, and a later one whose root is reached still counts.
    expect(quotesOf('M99.61', ['C4-C5 foraminal stenosis due to uncovertebral osteophytes. Cervical radiculopathy.']).suggestions).toEqual(['M47.22']);
    const later = quotesOf('M99.61', ['Left C7 radiculopathy. C4-C5 foraminal stenosis due to uncovertebral osteophytes. Right C5 radiculitis.']);
    expect(later).toEqual({ suggestions: ['M47.22'], quotes: ['n0:uncovertebral osteophytes', 'n0:radiculitis'] });
  });

  it('spondylolisthesis (M43.1-): the listhesis word', () => {
    const { suggestions, quotes } = quotesOf('M99.63', [
      'L4-5 foraminal stenosis due to grade 1 anterolisthesis.',
    ]);
    expect(suggestions).toEqual(['M43.16']);
    expect(quotes).toEqual(['n0:anterolisthesis']);
  });

  it("spinal stenosis (M48.0-) beside the foraminal code: the canal stenosis words, with each other suggestion's own words", () => {
    const { suggestions, quotes } = quotesOf('M99.61', [
      'Moderate canal stenosis at C5-6. Severe left C5-6 foraminal stenosis from uncovertebral spurring. C6 radiculopathy.',
    ]);
    expect(suggestions).toEqual(['M48.02', 'M47.22']);
    expect(quotes).toEqual(['n0:canal stenosis', 'n0:radiculopathy', 'n0:uncovertebral spurring']);
  });

  it('each suggestion keeps its evidence when earlier suggestions have many supporting statements', () => {
    const { suggestions, quotes } = quotesOf('M99.63', [
      'Canal stenosis at L1-2. Canal stenosis at L2-3. Canal stenosis at L3-4. L5-S1 foraminal stenosis due to osteophytes. Left S1 radiculopathy.',
    ]);
    expect(suggestions).toContain('M47.27');
    expect(quotes).toEqual(expect.arrayContaining(['n0:osteophytes', 'n0:radiculopathy']));
  });
});

// QA stop 49, C8: a disc (or spondylosis) compressing the cord with myelopathy is classified
// elsewhere (M50.0-, M51.0-, M47.1-): the M99 category note. Sentences of our own.
describe('classified-elsewhere: with myelopathy', () => {
  it('names the thoracic disc code with myelopathy beside M99.52', () => {
    const findings = run('M99.52', 'CT myelogram: T9-T10 disc extrusion compressing the cord. Impression: thoracic myelopathy from the T9-10 disc.');
    expect(findings[0]?.suggestions).toEqual(['M51.04']);
    expect(findings[0]?.evidence.map((s) => s.text)).toContain('disc extrusion');
  });

  it('names the cervical disc code by its level, and spondylosis with myelopathy by its region', () => {
    expect(run('M99.51', 'MRI: C5-C6 disc protrusion indents the cord. Cervical myelopathy on exam.')[0]?.suggestions).toEqual(['M50.022']);
    expect(run('M99.21', 'C3-C4 osteophytes narrow the canal and compress the cord; spondylotic myelopathy.')[0]?.suggestions).toContain('M47.12');
  });

  it('does not without a myelopathy the note affirms, or with one at another part of the spine', () => {
    expect(run('M99.52', 'T9-T10 disc extrusion narrows the canal. No myelopathy.').flatMap((f) => f.suggestions)).not.toContain('M51.04');
    expect(run('M99.53', 'L2-L3 disc extrusion narrows the canal. Cervical myelopathy at C4-C5 followed by neurosurgery.').flatMap((f) => f.suggestions)).not.toContain('M51.06');
  });

  it('weighs each mention against the myelopathy of its own part of the spine within one analysis', () => {
    // Both codes in one page: the cervical disc's answer (a cervical myelopathy) is not the lumbar disc's.
    const note = 'MRI: C5-C6 disc protrusion indents the cord. L2-L3 disc extrusion narrows the canal. Cervical myelopathy at C5-C6.';
    const findings = run('M99.51, M99.53', note);
    const of = (code: string) => findings.filter((f) => f.code === code).flatMap((f) => f.suggestions);
    expect(of('M99.51')).toContain('M50.022');
    expect(of('M99.53')).not.toContain('M51.06');
  });
});
