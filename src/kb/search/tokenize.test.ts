import { describe, expect, it } from 'vitest';
import { essentialWords, joinedPrefixWords, tokenize } from './tokenize';

describe('tokenize', () => {
  it('lower-cases, splits on punctuation and drops stop words', () => {
    expect(tokenize('Spinal stenosis, lumbar region without neurogenic claudication')).toEqual(['spinal', 'stenosis', 'lumbar', 'region', 'without', 'neurogenic', 'claudication']);
    expect(tokenize('Osseous and subluxation stenosis of intervertebral foramina')).toEqual(['osseous', 'subluxation', 'stenosis', 'intervertebral', 'foramina']);
  });

  it('keeps a word whole across an apostrophe and folds accents', () => {
    expect(tokenize("Alzheimer's disease")).toEqual(['alzheimers', 'disease']);
    expect(tokenize('Ménière’s disease')).toEqual(['menieres', 'disease']);
  });

  it('splits level notation into levels', () => {
    expect(tokenize('C5-C6 level')).toEqual(['c5', 'c6', 'level']);
    expect(tokenize('l5-s1')).toEqual(['l5', 's1']);
  });

  it('returns nothing for empty, stop-word-only or symbol-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize('of the and')).toEqual([]);
    expect(tokenize('--- ,, ()')).toEqual([]);
  });
});

describe('essentialWords', () => {
  it('leaves out the nonessential modifiers in parentheses and brackets', () => {
    expect(essentialWords('Essential (primary) hypertension')).toEqual(['essential', 'hypertension']);
    expect(essentialWords('Ankylosing hyperostosis [Forestier], site unspecified')).toEqual(['ankylosing', 'hyperostosis', 'site', 'unspecified']);
  });
});

describe('joinedPrefixWords', () => {
  it('joins a hyphenated prefix word, as a query may type it joined', () => {
    expect(joinedPrefixWords('Non-pressure chronic ulcer of left heel')).toEqual(['nonpressure']);
    expect(joinedPrefixWords('Post-traumatic stress disorder, intra-abdominal')).toEqual(['posttraumatic', 'intraabdominal']);
    // Only the prefixes of JOINING_PREFIXES, and only when hyphenated.
    expect(joinedPrefixWords('Age-related osteoporosis')).toEqual([]);
    expect(joinedPrefixWords('Post infection')).toEqual([]);
  });
});
