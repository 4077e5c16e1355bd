import { describe, expect, it } from 'vitest';
import type { CodeLookup } from '../types';
import { nearestCodes } from './nearest-code';

const known: Record<string, boolean> = { 'Z99.89': true, 'Z99.81': true, 'Z99.9': true, 'M99.61': true, 'Z99.8': false };
const lookup: CodeLookup = (code) => (code in known ? { code, title: code, billable: known[code] === true } : undefined);

describe('nearestCodes', () => {
  it('stays inside the category: Z99.99 → Z99.89, never a spine code', () => {
    expect(nearestCodes('Z99.99', lookup)).toEqual(['Z99.89']);
  });
  it('drops a character when no one-character change exists', () => {
    expect(nearestCodes('Z99.97', lookup)).toEqual(['Z99.9']);
  });
  it('answers nothing for a bare category', () => {
    expect(nearestCodes('Z99', lookup)).toEqual([]);
  });
});
