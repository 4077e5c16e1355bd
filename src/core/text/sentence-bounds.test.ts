import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contextRules } from '../context/context-rules';
import { findMentions } from '../mentions/find-mentions';
import { isBoundaryAt, isLabelColon, isListBreak, noClearStretch, sentenceBounds } from './sentence-bounds';

/** The bounds as a character-by-character walk finds them (the reading sentenceBounds speeds up). */
function walked(text: string, start: number, end: number): { start: number; end: number } {
  const reach = 600;
  const low = Math.max(0, start - reach);
  let s = start;
  while (s > low && !isBoundaryAt(text, s - 1)) s--;
  // A block's edge inside a word moves past it.
  const edge = (at: number) => {
    let i = at;
    while (i > 0 && i < Math.min(text.length, at + 40) && /\w/.test(text.charAt(i - 1)) && /\w/.test(text.charAt(i))) i++;
    return i;
  };
  if (s === low && low > 0 && !isBoundaryAt(text, s - 1)) s = edge(Math.floor(start / reach) * reach);
  const high = Math.min(text.length, end + reach);
  let e = end;
  while (e < high && !isBoundaryAt(text, e)) e++;
  if (e === high && high < text.length) e = edge(Math.min(text.length, Math.ceil(end / reach) * reach));
  return { start: s, end: Math.max(e, end) };
}

describe('sentenceBounds', () => {
  it('ends sentences at ; ! ? and at ". " or ": ", and lists at a numbered item', () => {
    const text = 'No stenosis; mild narrowing. L5-S1: disc 2) Normal';
    expect(sentenceBounds(text, 15, 24)).toEqual({ start: 12, end: 27 });
    expect(sentenceBounds(text, 37, 41)).toEqual({ start: 35, end: 42 });
  });

  it('ends a line before a SOAP line labelled with a dash ("A- ...", "Dx - ..."), not before a wrapped line', () => {
    const text = 'S- neck stiff, denies arm numbness\nA- cervicalgia, subluxation\nDx - stenosis\nmild narrowing';
    const a = text.indexOf('cervicalgia');
    expect(sentenceBounds(text, a, a + 11)).toEqual({ start: text.indexOf('\nA-') + 1, end: text.indexOf('\nDx') });
    // A wrapped line of the same sentence ("...stenosis⏎mild narrowing") stays one sentence.
    const m = text.indexOf('mild');
    expect(sentenceBounds(text, m, m + 4).start).toBe(text.indexOf('\nDx') + 1);
  });

  it('keeps the site label of a structured report ("Canal:", "Neural foramina:") with its answer', () => {
    const text =
      'L4-5: Disc: bulge. Canal: mild stenosis. L5-S1: right neural foramina: patent.\nThecal sac: effaced. Narrowing of the canal: see above.';
    const around = (word: string) => {
      const at = text.indexOf(word);
      const b = sentenceBounds(text, at, at + word.length);
      return text.slice(b.start, b.end).trim();
    };
    expect(around('mild')).toBe('Canal: mild stenosis');
    expect(around('patent')).toBe('right neural foramina: patent');
    expect(around('effaced')).toBe('Thecal sac: effaced');
    // A label that is not a site still ends its sentence; a site word inside a phrase is no label.
    expect(around('bulge')).toBe('bulge');
    expect(around('see')).toBe('see above');
  });

  it('keeps the cue label of a template ("Negative for:", "Denies:", "Rule out:") with its list', () => {
    const text = 'ROS negative for: fever, canal stenosis. Denies: weakness. Rule out: myelopathy. Plan: MRI.';
    const around = (word: string) => {
      const at = text.indexOf(word);
      const b = sentenceBounds(text, at, at + word.length);
      return text.slice(b.start, b.end).trim();
    };
    expect(around('canal')).toBe('ROS negative for: fever, canal stenosis');
    expect(around('weakness')).toBe('Denies: weakness');
    expect(around('myelopathy')).toBe('Rule out: myelopathy');
    expect(around('MRI')).toBe('MRI');
  });

  it('finds the same bounds as a walk over every character, in short and run-on text', () => {
    const piece = fc.constantFrom('stenosis', ' ', '.', '. ', ':', ': ', ';', '\n', '\n\n', '\n- ', '2) ', 'a)', ',', 'x'.repeat(300), '•');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((ps) => ps.join('')), fc.nat(), fc.nat(20), (text, at, length) => {
        const start = text.length === 0 ? 0 : at % text.length;
        const end = Math.min(text.length, start + length);
        expect(sentenceBounds(text, start, end)).toEqual(walked(text, start, end));
      }),
      { numRuns: 500 },
    );
  });

  it('finds the same bounds when each call passes on what it read clear to the next, in any order', () => {
    const piece = fc.constantFrom('stenosis', ' ', '.', '. ', ':', ';', '\n', '\n\n', '\n- ', '2) ', ',', 'x'.repeat(250), 'y'.repeat(700), '•');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((ps) => ps.join('')), fc.array(fc.tuple(fc.nat(), fc.nat(12)), { maxLength: 12 }), fc.boolean(), (text, asks, inOrder) => {
        if (text.length === 0) return;
        const spans = asks.map(([at, length]) => [at % text.length, Math.min(text.length, (at % text.length) + length)] as const);
        if (inOrder) spans.sort((a, b) => a[0] - b[0]);
        const clear = noClearStretch();
        for (const [start, end] of spans) expect(sentenceBounds(text, start, end, clear)).toEqual(sentenceBounds(text, start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the same bounds when calls go from one text to another and back (the ends are kept per text)', () => {
    const piece = fc.constantFrom('stenosis', ' ', '. ', ':', ';', '\n', '\n- ', 'x'.repeat(300), '•');
    const text = fc.array(piece, { minLength: 1, maxLength: 20 }).map((ps) => ps.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(12)), { maxLength: 12 }), (texts, asks) => {
        for (const [which, at, length] of asks) {
          const t = texts[which % texts.length] as string;
          const start = t.length === 0 ? 0 : at % t.length;
          const end = Math.min(t.length, start + length);
          expect(sentenceBounds(t, start, end)).toEqual(walked(t, start, end));
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a table flattened to text', () => {
  it('reads each cell on its own: a "patent" cell never negates the next cell', async () => {
    const { findMentions } = await import('../mentions/find-mentions');
    const text = 'Level | Canal | Left foramen\nL2-3 | patent | patent\nL3-4 | mild stenosis | patent\nL4-5 | severe stenosis | moderate stenosis';
    const ms = findMentions({ id: 'n', kind: 'note', text });
    const read = ms.map((m) => [m.status, m.levels.map((l) => l.normalized).join(), m.severity]);
    expect(read.filter(([status]) => status === 'affirmed')).toEqual([
      ['affirmed', 'L3-L4', 'mild'],
      ['affirmed', 'L4-L5', 'severe'],
      ['affirmed', 'L4-L5', 'moderate'],
    ]);
    // The "patent" cells are read under their columns' header (mentions/table-rows.ts).
    expect(read.filter(([status]) => status !== 'affirmed')).toEqual([
      ['negated', 'L2-L3', null],
      ['negated', 'L2-L3', null],
      ['negated', 'L3-L4', null],
    ]);
  });
});

// The answers sentence-bounds keeps with their label are the words of the `answer` rules: a rule
// added there without its word here would never be read (the colon would end its label's sentence).
describe('a label answered with a negation', () => {
  it('keeps the label and every answer rule\'s word one sentence, and ends it with its line', () => {
    const answers = contextRules.filter((r) => r.answer).map((r) => r.literal);
    expect(answers.length).toBeGreaterThan(5);
    for (const word of answers) {
      const text = `Myelopathy: ${word}\nForaminal stenosis at C6-7.`;
      expect(sentenceBounds(text, 0, 10), word).toEqual({ start: 0, end: 12 + word.length });
    }
    // Not an answer: the colon ends the heading.
    expect(sentenceBounds('Myelopathy: absent reflexes.', 0, 10)).toEqual({ start: 0, end: 10 });
  });
});

describe('run-on text cut into blocks', () => {
  it('never starts or ends a sentence inside a word', () => {
    const text = 'ab ' + 'words '.repeat(99) + 'foraminal stenosis at L4-5 and '.repeat(60);
    const isWord = (c: string | undefined) => c !== undefined && /\w/.test(c);
    for (let at = text.indexOf('stenosis'); at >= 0; at = text.indexOf('stenosis', at + 1)) {
      const s = sentenceBounds(text, at, at + 'stenosis'.length);
      expect(isWord(text[s.start - 1]) && isWord(text[s.start])).toBe(false);
      expect(isWord(text[s.end - 1]) && isWord(text[s.end])).toBe(false);
      expect(s.start <= at && s.end >= at + 'stenosis'.length).toBe(true);
    }
    // "or foraminal" cut as "r foraminal" read a lone side letter (lexicon.ts, LATERALITY).
    expect(sentenceBounds(text, 800, 808).start).toBe(606);
  });
});

describe('a newline before a list item or a label', () => {
  it('ends a sentence exactly where the line-start pattern matches the next line', () => {
    // The pattern as it was read on every newline, before the first character was checked by hand.
    const reference = (text: string, i: number) => {
      let j = i + 1;
      while (j < text.length && j < i + 8 && (text[j] === ' ' || text[j] === '\t' || text[j] === '\r')) j++;
      return /^(?:\n|[-*•]\s|\d{1,2}[.)]\s|[A-Z][A-Z /&]{2,30}:|[A-Z][A-Za-z /&-]{2,30}:[ \t]|[CTLS]\d{1,2}(?:[-–/][CTLS]?\d{1,2})?[ \t]*:|[A-Z][A-Za-z/]{0,11} ?[-–] |$)/.test(text.slice(j, j + 40));
    };
    const piece = fc.constantFrom('\n', ' ', '  ', '\t', '\r', 'IMPRESSION', 'Left neural foramen', 'A', 'Dx', 'Plan', 'L4-5', 'C5', 'S1', '–', '-', '- ', '*', '•', '1', '12', '2)', '3.', ':', ': ', ',', 'mild stenosis', 'x'.repeat(30), 'é', '/', '&');
    // A level's colon may stand far out, past spaces; a dash only near the capital.
    const far = ['C5' + ' '.repeat(36) + ':', 'Abcdefghijkl - x', 'Abcdefghijklm - x', 'IMPRESSION:', 'mild:', ''];
    for (const line of far) expect(isListBreak('x\n' + line, 1)).toBe(reference('x\n' + line, 1));
    expect(isListBreak('x\nC5' + ' '.repeat(36) + ':', 1)).toBe(true);
    expect(isListBreak('x\nAbcdefghijkl - x', 1)).toBe(true);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }).map((ps) => '\n' + ps.join('')), (text) => {
        for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) expect(isListBreak(text, i)).toBe(reference(text, i));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a colon after a label', () => {
  it('is read as the labels RegExps read it, whatever word ends before it', () => {
    // The reading before the label's last word was looked up by its last letter: every word compared.
    const lastWords = ['canal', 'foramen', 'foramina', 'recess', 'recesses', 'sac', 'stenosis', 'narrowing', 'for', 'denies', 'denied', 'of', 'out', 'r/o', 'h/o'];
    const SITE = /(?:^|[\n.;:]\s*|\s-\s*|,\s*)(?:(?:degree|grade|severity|extent)\s+of\s+)?(?:at\s+)?(?:(?:right|left|bilateral|bilat\.?)\s+)?(?:[CTLS]\d{1,2}(?:\s?[-–/]\s?[CTLS]?\d{1,2})?\s+)?(?:(?:right|left|bilateral|bilat\.?)\s+)?(?:the\s+)?(?:(?:central|spinal|central\s+spinal)\s+canal|canal|(?:neural\s+|neuro-?)?foram(?:en|ina)|lateral\s+recess(?:es)?|recesses|thecal\s+sac|(?:(?:central|spinal|canal|neural|foraminal|neuro-?foraminal)\s+){0,3}(?:stenosis|narrowing))\s*$/i;
    const CUE = /\b(?:negative\s+for|positive\s+for|denies|denied|no\s+evidence\s+of|rule\s+out|r\/o|concern\s+for|history\s+of|h\/o)\s*$/i;
    const reference = (text: string, i: number) => {
      let end = i;
      while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
      const endsWith = (w: string) => {
        const start = end - w.length;
        if (start < 0) return false;
        for (let k = 0; k < w.length; k++) if ((text.charCodeAt(start + k) | 32) !== w.charCodeAt(k)) return false;
        const before = start > 0 ? text.charCodeAt(start - 1) | 32 : 0;
        return !(before >= 97 && before <= 122);
      };
      if (!lastWords.some(endsWith)) return false;
      const before = text.slice(Math.max(0, i - 40), i);
      return SITE.test(before) || CUE.test(before);
    };
    const piece = fc.constantFrom(...lastWords, 'CANAL', 'Stenosis', 'FOR', 'R/O', 'central', 'neural', 'Negative', 'rule', 'L4-5', 'at', 'x', ' ', '  ', ':', '.', '\n', ',', '-', 'é', 'Assessment', 'IMPRESSION', 'sacs', 'o', 'ſ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }).map((ps) => ps.join('') + ':'), (text) => {
        for (let i = text.indexOf(':'); i >= 0; i = text.indexOf(':', i + 1)) expect(isLabelColon(text, i)).toBe(reference(text, i));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('a label answered by a hedge', () => {
  it('keeps the label and its hedge one sentence, ended by its line', () => {
    expect(sentenceBounds('Radiculopathy: likely.', 0, 13)).toEqual({ start: 0, end: 21 });
    expect(sentenceBounds('Plan: PT.\nLeft L5 radiculopathy: cannot be excluded\nGait normal.', 10, 30)).toEqual({ start: 9, end: 51 });
    expect(sentenceBounds('Myelopathy: possible at C5-6, correlate.', 0, 10).start).toBe(0);
    // The hedge goes on to other words, or the label holds a comma: the colon ends the label.
    expect(sentenceBounds('Etiology: likely degenerative.', 0, 8)).toEqual({ start: 0, end: 8 });
    expect(sentenceBounds('Mild stenosis, radiculopathy: possible.', 15, 28)).toEqual({ start: 0, end: 28 });
  });
});

describe('a period after an abbreviation (QA stop 47: "Dr." ended a sentence)', () => {
  const bounds = (text: string, word: string) => {
    const at = text.indexOf(word);
    const b = sentenceBounds(text, at, at + word.length);
    return text.slice(b.start, b.end);
  };

  it('keeps the sentence whole across a title, a Latin list marker, "vs." and "approx."', () => {
    expect(bounds('Underwent L4-5 laminectomy by Dr. Osei for stenosis. Doing well.', 'stenosis')).toBe(
      'Underwent L4-5 laminectomy by Dr. Osei for stenosis',
    );
    expect(bounds('No canal stenosis, e.g. at L4-5 or L5-S1. Mild bulge.', 'L4-5')).toBe(
      'No canal stenosis, e.g. at L4-5 or L5-S1',
    );
    expect(bounds('Discussed with Mrs. Diaz and Ms. Lee, who saw no stenosis.', 'Diaz')).toBe(
      'Discussed with Mrs. Diaz and Ms. Lee, who saw no stenosis',
    );
    expect(bounds('Myelopathy vs. neuropathy; cyst approx. 5 mm.', 'mm')).toBe(' cyst approx. 5 mm');
  });

  it('still ends a sentence at a real full stop before a title', () => {
    expect(bounds('Mild stenosis at L5. Dr. Lee agrees.', 'Lee')).toBe(' Dr. Lee agrees');
    expect(bounds('History of MS. Stenosis at L4-5.', 'Stenosis')).toBe(' Stenosis at L4-5');
  });

  it('keeps the status and level the whole sentence gives the finding', () => {
    const read = (text: string) =>
      findMentions({ id: 'n', kind: 'note', text }).map((m) => [
        m.status,
        m.levels.map((l) => l.normalized).join(','),
      ]);
    expect(read('Underwent L4-5 laminectomy in 2021 by Dr. Osei for stenosis.')).toEqual([['historical', 'L4-L5']]);
    expect(read('No stenosis per Dr. Patel at L4-5.')).toEqual([['negated', 'L4-L5']]);
    expect(read('Denies, per Dr. Patel, any canal stenosis.')).toEqual([['negated', '']]);
  });
});
