import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAY_BE_DICTATED } from '../levels/dictated-levels';
import { JUNCTION_ONLY } from '../levels/find-levels';
import { DONE_PREDICATE, REST_OF_STUDY, clauseStarts } from '../text/clause-starts';
import {
  BE_WORD,
  NEXT_FINDING_WORD,
  PREDICATE_WORD,
  REST_WORD,
  SUBJECT_VERB_WORD,
  clauseWordsIn,
} from '../text/clause-words';
import { findCues, type SentenceWords } from './find-cues';
import { startsDictated, startsJunction } from './sentence-words';

const wordsOf = (text: string, start = 0, end = text.length): SentenceWords => {
  const words: SentenceWords = { clauseWords: -1, mayBeDictated: false, mayBeJunction: false };
  findCues(text, start, end, [], words);
  return words;
};

/**
 * Key words, dictated levels (and near misses) and cue words, in several cases, with characters
 * that join, part or run into them ("_" is a word character to \b, not to the cue matcher).
 */
const PIECES = [
  ...[
    'is',
    'IS',
    'Are',
    'has',
    'have',
    'shows',
    'demonstrates',
    'reveals',
    'remains',
    'remainder',
    'REST',
    'balance',
    'remaining',
    'other',
    'was',
    'Were',
    'patent',
    'Normal',
    'IDENTIFIED',
    'present',
    'intact',
  ],
  ...[
    'isa',
    'ares',
    'rests',
    'there',
    'the',
    'no',
    'not',
    'did',
    'does',
    'at',
    'with',
    'without',
    'history',
    'of',
    'ruled',
    'out',
    'mild',
    'Moderate',
    'SEVERELY',
    'r/o',
    'can',
    "can't",
    'stenosis',
  ],
  ...[
    'C',
    'T',
    'L',
    'c',
    'l',
    'C5',
    'L4',
    'C56',
    'L45',
    'T1',
    'C0',
    'C50',
    'L4-5',
    'C5/6',
    'see',
    'See',
    'SEE',
    'el',
    'El',
    'tee',
    'Tee',
    'seen',
    'elf',
    'lumbar',
    'Lumbar',
    'THORACIC',
    'thoracic',
    'Cervical',
    'lumbars',
    'spine',
    'seven',
    'Twelve',
    'T11',
    'T10',
    'eleven',
  ],
  ...['5', '6', '0', '45', 'four', 'five', 'for', 'one', 'two', 'six', 'ten', 'x', 'a', 'mm'],
  ...[
    'O',
    'o',
    'occ',
    'OCC',
    'occiput',
    'Occiput',
    'occipital',
    'occipito',
    'occipitocervical',
    'atlanto',
    'Atlanto',
    'atlantoaxial',
    'atlantooccipitals',
    'atlant',
    'occipit',
    'oc',
    'of',
    'on',
    'c0',
    'C0',
    'c01',
    'cranio',
    'CRANIO',
    'craniocervical',
    'crani',
    'axial',
    'occipital',
    'cervical',
    'vertebral',
    'junction',
    'C1',
    '1',
    ' to ',
    ' through ',
    '–',
  ],
  ...[
    ' ',
    ' ',
    ' ',
    '  ',
    '\n',
    '\t',
    '\u00a0',
    '\u2003',
    '\u3000',
    ',',
    '.',
    ';',
    '-',
    '/',
    "'",
    '_',
    '(',
    'é',
    'ſ',
    '\u212a',
  ],
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((ps) => ps.join(''));

describe('SentenceWords (read by findCues)', () => {
  it('gives the key words and the dictated starts of a sentence', () => {
    expect(wordsOf('the canal IS narrowed')).toEqual({
      clauseWords: SUBJECT_VERB_WORD | BE_WORD,
      mayBeDictated: false,
      mayBeJunction: false,
    });
    expect(wordsOf('no stenosis; the remainder of it was normal')).toEqual({
      clauseWords: REST_WORD | BE_WORD | PREDICATE_WORD | NEXT_FINDING_WORD,
      mayBeDictated: false,
      mayBeJunction: false,
    });
    // A part of a joined word is a word to \b: "x-is", "-was", "other/".
    expect(wordsOf('x-is -was other/rest').clauseWords).toBe(SUBJECT_VERB_WORD | BE_WORD | REST_WORD);
    // Inside a cue the matcher walks: "there is", "no other", "did not have", "not see".
    expect(wordsOf('stenosis was ruled out').clauseWords).toBe(BE_WORD);
    expect(wordsOf('there is no other').clauseWords).toBe(
      SUBJECT_VERB_WORD | BE_WORD | REST_WORD | NEXT_FINDING_WORD,
    );
    // A grade or a "no" that may open the next finding after a level or a finding (AFTER_STATEMENT), also inside a cue.
    expect(wordsOf('at L4 L5 Moderate stenosis').clauseWords).toBe(NEXT_FINDING_WORD);
    expect(wordsOf('mildew, nos').clauseWords).toBe(0);
    expect(wordsOf('did not have').clauseWords).toBe(SUBJECT_VERB_WORD);
    // A finished predicate's word, whole ("is not seen here"), also where a cue's walk reads it.
    expect(wordsOf('the canal is patent today').clauseWords).toBe(
      SUBJECT_VERB_WORD | BE_WORD | PREDICATE_WORD,
    );
    expect(wordsOf('fracture was not seen at L4').clauseWords).toBe(BE_WORD | PREDICATE_WORD);
    expect(wordsOf('x-patent is').clauseWords).toBe(SUBJECT_VERB_WORD | BE_WORD);
    // "remainder", "rest" and "balance" count only with "of" after them, as REST_OF_STUDY reads them.
    for (const restOf of ['the rest of', 'x-REST\u00a0 Of', 'balance of.', 'no remainder of the'])
      expect(wordsOf(restOf).clauseWords & ~NEXT_FINDING_WORD).toBe(REST_WORD);
    for (const alone of [
      'better with rest and',
      'the remainder was',
      'rest off',
      'rest-of',
      'rest of_',
      'rest ofa',
      'balance, of',
    ])
      expect(wordsOf(alone).clauseWords & REST_WORD).toBe(0);
    expect(wordsOf('did not see 5 6').mayBeDictated).toBe(true);
    expect(wordsOf('Stenosis at C5-6 and L4-L5.').mayBeDictated).toBe(false);
    for (const dictated of [
      'at L 45',
      'at C5 6',
      'at T for 5',
      'at see 5-6',
      'El 4 5',
      'x-C56',
      'C\u00a0four',
      'at L4 five',
      'C5 - six',
      'T11 twelve',
      'T10/eleven',
    ])
      expect(wordsOf(dictated).mayBeDictated).toBe(true);
  });

  it("reads a part between \\b's as MAY_BE_DICTATED does at its start", () => {
    const at = (text: string) => startsDictated(text, 0, text.search(/\W|$/), text.length);
    expect(
      [
        'C56',
        'C5 6',
        'C 5',
        'L  four',
        'see 5',
        'TEE\nfour',
        'el 4',
        'lumbar 4',
        'Cervical  five',
        'THORACIC 7-8',
      ].map(at),
    ).toEqual([true, true, true, true, true, true, true, true, true, true]);
    expect(
      [
        'c56',
        'C5-6',
        'C5',
        'C0 5',
        'C ',
        'see',
        'see ',
        'seen ',
        'T x',
        'Tel ',
        'see below',
        'lumbar spine',
        'lumbar fourth',
        'lumbar 0',
        'lumbars 4',
        'lumba 4',
      ].map(at),
    ).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('holds every key word clauseWordsIn finds and every sentence MAY_BE_DICTATED or JUNCTION_ONLY matches, in any stretch', () => {
    fc.assert(
      fc.property(texts, fc.nat(120), fc.nat(120), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const slice = text.slice(start, end);
        const words = wordsOf(text, start, end);
        // clauseWordsIn sets PREDICATE_WORD with every BE_WORD and REST_WORD at every rest-of word;
        // findCues only where a predicate's word stands, or "of" after "remainder", "rest" or "balance".
        const keyWords = clauseWordsIn(slice) & ~(PREDICATE_WORD | REST_WORD);
        expect(words.clauseWords & keyWords).toBe(keyWords);
        if (new RegExp(DONE_PREDICATE.source, 'i').test(slice))
          expect(words.clauseWords & PREDICATE_WORD).toBe(PREDICATE_WORD);
        if (new RegExp(REST_OF_STUDY.source, 'i').test(slice))
          expect(words.clauseWords & REST_WORD).toBe(REST_WORD);
        // What the bits are for: clauseStarts finds the same starts with them as with its own sweep.
        expect(clauseStarts(text, start, end, slice, words.clauseWords)).toEqual(
          clauseStarts(text, start, end, slice),
        );
        if (MAY_BE_DICTATED.test(slice)) expect(words.mayBeDictated).toBe(true);
        if (JUNCTION_ONLY.test(slice)) expect(words.mayBeJunction).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('sets PREDICATE_WORD and REST_WORD wherever their sweeps match (phrases they read, joined and parted)', () => {
    // The pieces above rarely line up into "is patent x" or "rest of": these do, with cue words around them.
    const phrases = [
      'rest of',
      'rest \u00a0\tOf',
      'balance\n\n',
      'the Remainder ',
      'BALANCE',
      'remaining levels',
      'other',
      'of',
      'OF',
      'off',
      'was seen ',
      'WERE not identified ',
      'is normal x',
      'are patent a',
      'is no longer seen',
      'Is intact  to',
      'no ',
      'not ',
      'there is ',
      'present',
      'Evident',
      'seen',
      'x',
      'the canal',
    ];
    const parts = [' ', ' ', '\n', '\u00a0', '-', '/', "'", '_', ',', '.', 'é'];
    const predicateTexts = fc
      .array(fc.constantFrom(...phrases, ...parts), { maxLength: 16 })
      .map((ps) => ps.join(''));
    const sweep = new RegExp(DONE_PREDICATE.source, 'i');
    const restSweep = new RegExp(REST_OF_STUDY.source, 'i');
    let matched = 0;
    let restMatched = 0;
    fc.assert(
      fc.property(predicateTexts, fc.nat(60), fc.nat(60), (text, a, b) => {
        const start = Math.min(a, b, text.length);
        const end = Math.min(Math.max(a, b), text.length);
        const slice = text.slice(start, end);
        const words = wordsOf(text, start, end);
        if (sweep.test(slice)) {
          matched++;
          expect(words.clauseWords & (BE_WORD | PREDICATE_WORD)).toBe(BE_WORD | PREDICATE_WORD);
        }
        if (restSweep.test(slice)) {
          restMatched++;
          expect(words.clauseWords & REST_WORD).toBe(REST_WORD);
        }
        expect(clauseStarts(text, start, end, slice, words.clauseWords)).toEqual(
          clauseStarts(text, start, end, slice),
        );
      }),
      { numRuns: 5000 },
    );
    expect(matched).toBeGreaterThan(40);
    expect(restMatched).toBeGreaterThan(40);
  });

  it('notes a junction level at its words, part by part, and not at near misses', () => {
    for (const junction of [
      'O-C1',
      'at occiput to C1',
      'Occ/C1',
      'c0-1',
      'x-atlantoaxial',
      'the ATLANTO-occipital joint',
      'craniovertebral junction',
      'is occipito-cervical',
    ])
      expect(wordsOf(junction).mayBeJunction).toBe(true);
    for (const plain of [
      'of the canal at C5-6',
      'on or over L4-5',
      'oc-C1',
      'C01',
      'occipital',
      'cranial nerves',
      'axial images',
    ])
      expect(wordsOf(plain).mayBeJunction).toBe(false);
    const at = (text: string) => startsJunction(text, 0, text.search(/\W|$/));
    expect(
      ['o', 'OCC', 'Occiput', 'c0', 'C0', 'atlantoaxial', 'Occipitocervical', 'craniox'].map(at),
    ).toEqual([true, true, true, true, true, true, true, true]);
    expect(
      ['of', 'oc', 'occi', 'occiputs', 'c01', 'c', 'atlant', 'crani', 'occipit', 'canal'].map(at),
    ).toEqual([false, false, false, false, false, false, false, false, false, false]);
  });

  it('holds every sentence JUNCTION_ONLY matches, among junction words and their near misses', () => {
    const pieces = fc.constantFrom(
      ...[
        'O',
        'o',
        'occ',
        'Occiput',
        'occipit',
        'oc',
        'of',
        'C0',
        'c0',
        'c01',
        'C',
        'C1',
        '1',
        '01',
        'atlanto',
        'ATLANTO',
        'atlant',
        'occipito',
        'occipital',
        'atlantal',
        'cervical',
      ],
      ...[
        'cranio',
        'Cranio',
        'crani',
        'vertebral',
        'junction',
        'axial',
        'atlantoaxial',
        'craniocervical',
        'atlantooccipitals',
        'no',
        'is',
        'at',
      ],
      ...[' ', ' ', '  ', '\n', '\u00a0', '-', '–', '/', "'", '_', ' to ', ' through ', '.', 'é', 'x'],
    );
    fc.assert(
      fc.property(
        fc.array(pieces, { maxLength: 16 }).map((ps) => ps.join('')),
        fc.nat(60),
        fc.nat(60),
        (text, a, b) => {
          const start = Math.min(a, b, text.length);
          const end = Math.min(Math.max(a, b), text.length);
          if (JUNCTION_ONLY.test(text.slice(start, end)))
            expect(wordsOf(text, start, end).mayBeJunction).toBe(true);
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('finds the same cues as without it', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(
          findCues(text, 0, text.length, [], { clauseWords: 0, mayBeDictated: false, mayBeJunction: false }),
        ).toEqual(findCues(text, 0, text.length, []));
      }),
      { numRuns: 1000 },
    );
  });
});
