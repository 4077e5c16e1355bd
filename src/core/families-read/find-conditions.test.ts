import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { CONDITION_WORDS } from './condition-lexicon';
import { findConditions, KIND_MUST_CONTAIN, KIND_STARTS, statementsOf } from './find-conditions';
import { topAlternatives } from '../text/regex-source';

const read = (text: string) => findConditions({ id: 'n', kind: 'note', text }).map((c) => [c.kind, c.status, c.levels.join(',') || c.regionWords.join('/')]);

describe('findConditions', () => {
  it('gives each level to the nearest condition and reads a root as the segment above it', () => {
    expect(read('L4-5 disc herniation with left L5 radiculopathy.')).toEqual([
      ['disc-displacement', 'affirmed', 'L4-L5'],
      ['radiculopathy', 'affirmed', 'L4-L5'],
    ]);
    expect(read('Right C8 radiculopathy.')).toEqual([['radiculopathy', 'affirmed', 'C7-T1']]);
  });

  it('reads negation, history and uncertainty through assessContext', () => {
    expect(read('No neurogenic claudication. History of cervical myelopathy. Possible anterolisthesis of L4 on L5.')).toEqual([
      ['neurogenic-claudication', 'negated', 'cervical'],
      ['myelopathy', 'historical', 'cervical'],
      ['spondylolisthesis', 'uncertain', 'L4-L5'],
    ]);
  });

  it('reads a disc-osteophyte complex as a disc disorder as well as spondylosis ("disc osteophyte complex", "disk/osteophyte")', () => {
    expect(read('At C5-C6 there is a disc osteophyte complex.')).toEqual([
      ['disc-osteophyte-complex', 'affirmed', 'C5-C6'],
      ['spondylosis', 'affirmed', 'C5-C6'],
    ]);
    expect(read('C6-7 disk/osteophyte ridge.').map(([kind]) => kind)).toEqual(['disc-osteophyte-complex', 'spondylosis']);
    expect(read('Disc and osteophyte complex at C3-4.').map(([kind]) => kind)).toEqual(['disc-osteophyte-complex', 'spondylosis']);
  });

  it('reads a nerve root compressed or impinged on as radiculopathy in either word order, not a root the disc only touches', () => {
    // Index: Compression, nerve, root ... in intervertebral disc disorder: see Disorder, disc, with radiculopathy.
    expect(read('L5-S1 disc extrusion with compression of the traversing left S1 nerve root.')).toContainEqual(['radiculopathy', 'affirmed', 'L5-S1']);
    expect(read('L5-S1 extrusion compresses the left S1 nerve root.').map(([kind]) => kind)).toContain('radiculopathy');
    expect(read('Impingement of the left S1 nerve root.')).toEqual([['radiculopathy', 'affirmed', 'L5-S1']]);
    expect(read('Severe foraminal stenosis with impingement upon the exiting L5 nerve root.').map(([kind]) => kind)).toEqual(['radiculopathy']);
    expect(read('There is no compression of the exiting nerve roots.')).toEqual([['radiculopathy', 'negated', '']]);
    expect(read('Protrusion abutting the left L5 nerve root.').map(([kind]) => kind)).toEqual(['disc-displacement']);
    expect(read('Mass effect compressing the thecal sac.')).toEqual([]);
  });

  it('takes a level label at the start of the line', () => {
    expect(read('L5-S1: broad disc bulge and facet arthropathy.')).toEqual([
      ['disc-displacement', 'affirmed', 'L5-S1'],
      ['spondylosis', 'affirmed', 'L5-S1'],
    ]);
  });

  it('takes a level label that heads its statement inside a run-on paragraph, and only its own', () => {
    expect(read('Findings: Alignment is normal. C4-C5: mild disc bulge. C6-C7: facet arthropathy.')).toEqual([
      ['disc-displacement', 'affirmed', 'C4-C5'],
      ['spondylosis', 'affirmed', 'C6-C7'],
    ]);
    // A label that is not a level gives nothing.
    expect(read('Findings: Alignment is normal. Impression: mild disc bulge.')[0]?.[2]).not.toMatch(/[CTLS]\d/);
  });
});

describe('statementsOf', () => {

  it("reads one kind's statements as findConditions does (same spans and status, and an affirmed one's levels), on the spine-family vignettes and MTSamples-style status-post text", () => {
    const lines = readFileSync(new URL('../../../test/corpus/spine-families/vignettes.jsonl', import.meta.url), 'utf8').split('\n').filter((l) => l.trim());
    const notes = [
      ...lines.map((l) => (JSON.parse(l) as { note: string }).note),
      'Status post L4-5 laminectomy for radiculopathy. Now left L5 radiculopathy with L4-5 disc herniation.',
      'No radiculopathy. History of sciatica. Rule out cervical radiculopathy.',
    ];
    let compared = 0;
    for (const text of notes) {
      const field = { id: 'n', kind: 'note' as const, text };
      const all = findConditions(field);
      for (const { kind } of CONDITION_WORDS) {
        const expected = all.filter((c) => c.kind === kind).map((c) => ({ span: c.span, status: c.status, levels: c.status !== 'affirmed' || c.placeFromNote ? [] : c.levels }));
        expect(statementsOf(field, kind, Infinity)).toEqual(expected);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });

  it('reads from `from` as the whole note reads it: a word that starts before it is no match', () => {
    const field = { id: 'n', kind: 'note' as const, text: 'Nosciatica here; sciaticas there; left sciatica.' };
    const spans = (from: number) => statementsOf(field, 'sciatica', 9, from).map((c) => [c.span.start, c.span.text]);
    expect(spans(0)).toEqual([[39, 'sciatica']]);
    expect(spans(2)).toEqual([[39, 'sciatica']]);
    expect(spans(39)).toEqual([[39, 'sciatica']]);
    expect(spans(40)).toEqual([]);
  });

  it("holds each kind's must-contain word to its pattern: every alternative contains it", () => {
    for (const [kind, must] of Object.entries(KIND_MUST_CONTAIN)) {
      const source = CONDITION_WORDS.find((c) => c.kind === kind)?.pattern.source ?? '';
      const alternatives = topAlternatives(source.replace(/^\\b\(\?:/, '').replace(/\)\\b$/, ''));
      expect(alternatives.length).toBeGreaterThan(1);
      // The one exception, NC_SHORTHAND_KINDS: "with NC" beside a stenosis, left to findConditions.
      for (const alternative of alternatives) if (!/^NC\(\?<=/.test(alternative)) expect(alternative.toLowerCase()).toContain(must.source.toLowerCase());
    }
    // And the answers are the sweep's: a statement found, none where the word is missing.
    const field = (text: string) => ({ id: 'n', kind: 'note' as const, text });
    expect(statementsOf(field('Walks 2 blocks; neurogenic claudication.'), 'neurogenic-claudication', 8).map((s) => s.span.text)).toEqual(['neurogenic claudication']);
    expect(statementsOf(field('Vascular CLAUDICATION ruled out. Pseudoclaudication on walking.'), 'neurogenic-claudication', 8).map((s) => s.span.text)).toEqual(['Pseudoclaudication']);
    expect(statementsOf(field('Leg pain on walking.'), 'neurogenic-claudication', 8)).toEqual([]);
  });

  it("holds each kind's start words to its pattern: every alternative opens with one of them", () => {
    const opening = (alternative: string): string[] => {
      // A leading group's alternatives each open the alternative ("(?:myelo|myleo?)p...").
      if (!alternative.startsWith('(?:')) return [alternative];
      return topAlternatives(alternative.slice(3, alternative.indexOf(')')));
    };
    for (const [kind, starts] of Object.entries(KIND_STARTS)) {
      const source = CONDITION_WORDS.find((c) => c.kind === kind)?.pattern.source ?? '';
      const alternatives = topAlternatives(source.replace(/^\\b\(\?:/, '').replace(/\)\\b$/, ''));
      expect(alternatives.length).toBeGreaterThan(1);
      for (const alternative of alternatives)
        for (const word of opening(alternative)) {
          const letters = /^[a-z]+/i.exec(word)?.[0] ?? '';
          for (const spelling of [letters, letters.toUpperCase(), letters.toLowerCase()]) {
            starts.lastIndex = 0;
            expect(starts.exec(` ${spelling}`)?.index, `${kind}: ${alternative}`).toBe(1);
          }
        }
    }
  });

  it("finds a kind's statements from its start words exactly where the kind's sweep finds them", () => {
    const words = ['myelopathy', 'myelopathic', 'mylepathy', 'CSM', 'csm', 'myelomalacia', 'cord', 'compression', 'compressing', 'compressed', 'of', 'on', 'the', 'spinal', 'signal', 'change', 'abnormality', 'record', 'myself', 'comp', 'no', 'L4-5', 'x'];
    const separators = [' ', '  ', '\n', '. ', ', ', '-', '/', '', "'", ' \n '];
    const note = fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...separators), fc.boolean()), { maxLength: 40 }).map((parts) =>
      parts.map(([w, s, upper]) => (upper ? w.toUpperCase() : w) + s).join(''),
    );
    for (const kind of Object.keys(KIND_STARTS) as (keyof typeof KIND_STARTS)[]) {
      const pattern = CONDITION_WORDS.find((c) => c.kind === kind)?.pattern as RegExp;
      fc.assert(
        fc.property(note, fc.nat(30), (text, from) => {
          const start = Math.min(from, text.length);
          // The reference: the kind's pattern swept from `start`.
          const sweep = new RegExp(pattern.source, 'gi');
          sweep.lastIndex = start;
          const expected: [number, number][] = [];
          for (let m = sweep.exec(text); m; m = sweep.exec(text)) expected.push([m.index, m.index + m[0].length]);
          const field = { id: 'n', kind: 'note' as const, text };
          expect(statementsOf(field, kind, Infinity, start).map((s) => [s.span.start, s.span.end])).toEqual(expected);
          expect(statementsOf(field, kind, 2, start).map((s) => [s.span.start, s.span.end])).toEqual(expected.slice(0, 2));
        }),
        { numRuns: 1500 },
      );
    }
  });

  it('stops at the cap', () => {
    const field = { id: 'n', kind: 'note' as const, text: 'Left L5 radiculopathy. Right S1 radiculopathy. C6 radiculitis.' };
    expect(statementsOf(field, 'radiculopathy', 2).map((c) => c.span.text)).toEqual(['radiculopathy', 'radiculopathy']);
  });
});

describe('a condition label answered with a negation', () => {
  it('reads "Cervical myelopathy: not present clinically" and "Myelopathy: absent" as negated', () => {
    for (const text of ['Cervical myelopathy: not present clinically; no long tract signs.', 'Myelopathy: absent.', 'Myelopathy: no']) {
      const myelopathy = findConditions({ id: 'n', kind: 'note', text }).filter((c) => c.kind === 'myelopathy');
      expect(myelopathy.map((c) => c.status), text).toEqual(['negated']);
    }
  });
});
