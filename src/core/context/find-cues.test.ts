import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { YEAR_TOKEN, cueTrie, isYear } from './context-rules';
import { findCues, readNoBracket, readNoQuote, withClauseCues, type Cue } from './find-cues';
import { nextTokenStart, tokenEndAt } from './scan-tokens';

const cues = (text: string) => findCues(text, 0, text.length).map((c) => [text.slice(c.start, c.end), c.rules[0]?.category]);

/** The matcher spelled plainly: word by word with copies, over the trie's maps (no clause cues). */
function reference(text: string, start: number, end: number): Cue[] {
  const out: Cue[] = [];
  for (let at = nextTokenStart(text, start, end); at >= 0; ) {
    const wordEnd = tokenEndAt(text, at, end);
    let node = cueTrie.next.get(text.slice(at, wordEnd).toLowerCase());
    let rules = node?.rules;
    let cueEnd = wordEnd;
    for (let pos = wordEnd; node && node.next.size > 0; ) {
      let p = pos;
      while (p < end && text.charCodeAt(p) <= 32) p++;
      const e = tokenEndAt(text, p, end);
      if (e < 0) break;
      const word = text.slice(p, e).toLowerCase();
      node = node.next.get(word) ?? (isYear(word) ? node.next.get(YEAR_TOKEN) : undefined);
      pos = e;
      if (node?.rules) {
        rules = node.rules;
        cueEnd = pos;
      }
    }
    if (rules) out.push({ start: at, end: cueEnd, rules, trigger: undefined });
    at = nextTokenStart(text, rules ? cueEnd : wordEnd, end);
  }
  return out;
}

// Cue words and their neighbours, so generated sentences hit cues, longer cues and near misses.
const WORDS = ['no', 'No', 'NOT', 'significant', 'change', 'ruled', 'out', 'was', 'r/o', '-ve', 'for', 'h/o', 'history', 'of', 'on', 'the', '2019', 'ct', 'denies', 'without', 'evidence', 'stenosis', 'can', "can't", 'rule', 'possible', 'non-compressive', 'x'];
const SEPARATORS = [' ', '  ', '\n', '. ', ', ', ',', '-', '--', '/', '', "'", '; ', ' (', 'é', '_', "/-", "'-", '-/', "-'", '5', '5/', 'ſ'];
/** Notes of up to 30 cue words and fillers, with the separators between them. */
const texts = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 }).map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('findCues', () => {
  it('takes the longest cue: "no significant change" is a pseudo-trigger, not "no significant"', () => {
    expect(cues('No significant change in the foraminal stenosis.')).toEqual([['No significant change', 'PSEUDO']]);
  });

  it('matches across any whitespace but not across punctuation: "ruled\\n out" yes, "no. significant" no', () => {
    expect(cues('Stenosis was ruled\n out.')).toEqual([['was ruled\n out', 'NEGATED_EXISTENCE']]);
    expect(cues('no. significant')).toEqual([['no', 'NEGATED_EXISTENCE']]);
  });

  it('reads dictation shorthand: "-ve for", "r/o", "h/o"', () => {
    expect(cues('ROS -ve for numbness; r/o stenosis; h/o HNP').map(([t]) => t)).toEqual(['-ve for', 'r/o', 'h/o']);
  });

  it('finds what the plain word-by-word matcher finds, in any stretch of generated text', () => {
    fc.assert(
      fc.property(texts, fc.nat(200), fc.nat(200), (t, a, b) => {
        const start = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        expect(findCues(t, start, end, [])).toEqual(reference(t, start, end));
      }),
      { numRuns: 1000 },
    );
  });

  it('puts clause cues among the word cues as a stable sort by offset would, each before a word cue at its offset', () => {
    fc.assert(
      fc.property(texts, fc.nat(200), fc.nat(200), fc.array(fc.nat(200), { maxLength: 6 }), (t, a, b, offsets) => {
        const start = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        const clauses = offsets.map((o) => start + (end > start ? o % (end - start) : 0)).sort((x, y) => x - y);
        const byClause = clauses.map((at) => ({ start: at, end: at, rules: [expect.objectContaining({ id: 'term-new-clause' })] }));
        const expected = [...byClause, ...reference(t, start, end)].sort((x, y) => x.start - y.start);
        expect(findCues(t, start, end, clauses)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same cues from its word cues and the clause starts (withClauseCues) as with the clause starts', () => {
    fc.assert(
      fc.property(texts, fc.nat(200), fc.nat(200), fc.array(fc.nat(200), { maxLength: 6 }), (t, a, b, offsets) => {
        const start = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        const words = findCues(t, start, end, []);
        // Clause starts on word cue starts too, where the order between the two kinds matters.
        const clauses = [...offsets.map((o) => start + (end > start ? o % (end - start) : 0)), ...words.slice(0, 2).map((c) => c.start)].sort((x, y) => x - y);
        expect(withClauseCues(words, clauses)).toEqual(findCues(t, start, end, clauses));
      }),
      { numRuns: 1000 },
    );
  });

  it('says a range it has just read holds no bracket or box glyph only where none stands (readNoBracket)', () => {
    const marks = ['(', ')', '[', ']', '[x]', '( )', '\u2610', '\u25a0', '\u25cb', '\u2713', '\u2022', '\u2013', '{', ':', 'no ', 'stenosis ', ' ', '-'];
    const bracketed = fc.array(fc.constantFrom(...marks), { maxLength: 12 }).map((parts) => parts.join(''));
    const opens = /[()[\u25a0-\uffff]/;
    fc.assert(
      fc.property(bracketed, fc.nat(30), fc.nat(30), (t, a, b) => {
        const start = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        findCues(t, start, end, []);
        if (readNoBracket(t, start, end)) expect(t.slice(start, end)).not.toMatch(opens);
        // Where none stands, it says so (the search it spares is then never made).
        if (!/[()[]/.test(t.slice(start, end)) && !/[\u0080-\uffff]/.test(t.slice(start, end))) expect(readNoBracket(t, start, end)).toBe(true);
        // A range it did not read is never vouched for.
        if (end < t.length) expect(readNoBracket(t, start, end + 1)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('says a range it has just read holds no quotation mark only where none stands (readNoQuote)', () => {
    const marks = ['"', '\u201c', '\u201d', "'", '(', '\u2610', 'said ', 'no ', 'stenosis ', ' ', '-', "can't ", 'r/o '];
    const quoted = fc.array(fc.constantFrom(...marks), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(quoted, fc.nat(30), fc.nat(30), (t, a, b) => {
        const start = Math.min(a, b, t.length);
        const end = Math.min(Math.max(a, b), t.length);
        findCues(t, start, end, []);
        const holds = /["\u201c\u201d]/.test(t.slice(start, end));
        expect(readNoQuote(t, start, end)).toBe(!holds);
        // A range it did not read is never vouched for.
        if (end < t.length) expect(readNoQuote(t, start, end + 1)).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });
});
