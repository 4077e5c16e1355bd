import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONDITION_WORDS, REGION_WORDS } from './condition-lexicon';
import { FIRST_LETTERS, findHits, leadingWords } from './find-conditions';

/** The reference: each kind's pattern swept over the whole note, hits stably sorted by start. */
function sweepAll(text: string) {
  const hits: { kind: string; start: number; end: number }[] = [];
  for (const { kind, pattern } of CONDITION_WORDS) {
    for (const m of text.matchAll(new RegExp(pattern.source, 'gi'))) hits.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return hits.sort((a, b) => a.start - b.start);
}

// Words from every alternative of the lexicon, so generated notes hit overlaps and near misses.
const WORDS = [
  'myelopathy', 'myelomalacia', 'cord', 'compression', 'compressing', 'of', 'on', 'the', 'spinal', 'signal', 'change', 'radiculopathy', 'radiculitis',
  'radicular', 'pain', 'symptoms', 'sciatica', 'nerve', 'root', 'impingement', 'neurogenic', 'claudication', 'pseudo-claudication', 'pseudoclaudication',
  'discogenic', 'low', 'lower', 'lumbar', 'axial', 'back', 'vertebrogenic', 'vertebral', 'end-plate', 'endplate', 'lumbago', 'LBP', 'neck', 'cervicalgia',
  'cervical', 'spine', 'in', 'leg', 'legs', 'thigh', 'calf', 'buttock', 'lower-extremity', 'radiating', 'down', 'into', 'to', 'left', 'bilateral', 'foot',
  'extremities', 'sclerotomal', 'herniated', 'protrusion', 'extruded', 'HNP', 'sequestration', 'free', 'fragment', 'disc', 'discs', 'disk', 'bulge', 'bulging',
  'displacement', 'displaced', 'slipped', 'degenerative', 'disease', 'DDD', 'degeneration', 'degenerated', 'desiccation', 'desiccated', 'is', 'loss', 'height',
  'space', 'narrowing', 'spondylosis', 'spondylotic', 'facet', 'joint', 'arthropathy', 'hypertrophy', 'uncovertebral', 'spurring', 'osteophytes', 'DJD',
  'spondylolisthesis', 'anterolisthesis', 'retrolisthesis', 'listhesis', "schmorl's", 'schmorl', 'nodes', 'nodule', 'L4-5', 'x', 'no',
];
const SEPARATORS = [' ', '  ', '\n', '. ', ', ', '-', '/', '', "'"];

describe('findHits', () => {
  it('finds exactly what one sweep per kind finds, on generated notes', () => {
    const note = fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS), fc.boolean()), { maxLength: 60 }).map((parts) =>
      parts.map(([w, s, upper]) => (upper ? w.toUpperCase() : w) + s).join(''),
    );
    fc.assert(fc.property(note, (text) => {
      expect(findHits(text)).toEqual(sweepAll(text));
    }), { numRuns: 2000 });
  });

  it('finds exactly what one sweep per kind finds, on the spine-family vignettes', () => {
    const lines = readFileSync(new URL('../../../test/corpus/spine-families/vignettes.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of lines) {
      const text = (JSON.parse(line) as { note: string }).note;
      expect(findHits(text)).toEqual(sweepAll(text));
    }
  });

  it('lists the letter every condition word starts with, for each kind', () => {
    // Each kind's own sweep over the vignettes and the generator's words: a hit whose first letter
    // the kind does not list would be skipped by findHits.
    const lines = readFileSync(new URL('../../../test/corpus/spine-families/vignettes.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    const text = [...lines.map((l) => (JSON.parse(l) as { note: string }).note), WORDS.join(' '), WORDS.join(' ').toUpperCase()].join('\n');
    const missing = sweepAll(text).filter((h) => !(FIRST_LETTERS[h.kind as keyof typeof FIRST_LETTERS] ?? '').includes(text[h.start]!.toLowerCase()));
    expect(missing).toEqual([]);
    expect(Object.keys(FIRST_LETTERS).sort()).toEqual(CONDITION_WORDS.map((c) => c.kind).sort());
  });
});

describe('leadingWords', () => {
  it('reads the first words of each region pattern, so region sweeps can be skipped', () => {
    expect(REGION_WORDS.map((r) => leadingWords(r.pattern))).toEqual([
      ['atlanto', 'occipito', 'cranio', 'cranio'],
      ['cervico'],
      ['thoraco'],
      ['lumbo'],
      ['cervical', 'c-spine', 'neck', 'csm'],
      ['thoracic', 'dorsal', 't-spine', 'mid'],
      ['lumbar', 'l-spine', 'low', 'lss'],
      ['sacral', 'sacrum', 'sacro', 'coccyx'],
    ]);
  });

  it('drops what a quantifier makes optional and gives up on anything but leading letters', () => {
    expect(leadingWords(/\b(?:discs?|(?:a|b)c|x\w+)\b/i)).toEqual(['disc', '', 'x']);
    expect(leadingWords(/\b(?:ab)|(?:cd)\b/i)).toEqual(['', '']);
    expect(leadingWords(/stenosis/i)).toEqual(['']);
  });
});
