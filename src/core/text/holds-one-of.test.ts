import { describe, expect, it } from 'vitest';
import data from '../mentions/procedure-evidence.json' with { type: 'json' };
import { holdsOneOf } from './holds-one-of';

const WORDS = ['otom', 'plast', 'decompress', 'opened', 'enlarged', 'widened', 'unroof'];

describe('holdsOneOf', () => {
  it('holds for every procedure pattern with the words find-procedures sweeps for', () => {
    for (const rule of data.procedures) expect(holdsOneOf(rule.pattern, WORDS), rule.id).toBe(true);
  });

  it('holds when every alternative spells a word, or must read a group whose every alternative holds one', () => {
    expect(holdsOneOf(String.raw`\bforam(?:in|en)otom(?:y|ies)\b`, WORDS)).toBe(true);
    expect(holdsOneOf(String.raw`x(?:opened|Widened)+\b|DECOMPRESSION`, WORDS)).toBe(true);
    expect(holdsOneOf(String.raw`[a-z]{2}(?:a|(?:b))unroof\.`, ['unroof'])).toBe(true);
  });

  it('does not hold when a match can miss every word', () => {
    for (const source of [
      String.raw`foraminotomy|foramen`, // an alternative without one
      String.raw`forami(?:no)?tomy`, // "otom" broken by an optional group
      String.raw`foraminot?omy`, // a letter that may be missing
      String.raw`forami(?:notomy|nal)`, // a group one of whose alternatives lacks it
      String.raw`foraminoto+my`, // a repeated letter is not read as a word's letter
      String.raw`(?:opened){0,2}`, // a group that may be skipped
      String.raw`foram[io]tomy`, // a class reads no letter of a word
      String.raw`fora(?<x>min)otomy`, // a named group is not read
      String.raw`(o)t\1m`, // nor a backreference
      String.raw`ot.m`,
    ])
      expect(holdsOneOf(source, ['otom']), source).toBe(false);
    // A word split between letters and a group is not read whole (conservative).
    expect(holdsOneOf(String.raw`(?=\w)\bun(?:roof)`, ['unroof'])).toBe(false);
  });
});
