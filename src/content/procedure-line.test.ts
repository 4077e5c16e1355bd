import { describe, expect, it } from 'vitest';
import { procedureLine } from './procedure-line';

describe('procedureLine', () => {
  it('puts the line’s modifiers right after the code when a description follows it', () => {
    expect(procedureLine('98940 CMT 1-2 regions', ['AT'])).toEqual({
      text: '98940 AT CMT 1-2 regions',
      ownLength: 5,
    });
    expect(procedureLine('98941 - CMT 3-4 regions', ['AT', 'GP'])).toEqual({
      text: '98941 AT GP - CMT 3-4 regions',
      ownLength: 5,
    });
  });

  it('adds them at the end of a bare code, and leaves a line without modifiers as it is', () => {
    expect(procedureLine('98940', ['AT'])).toEqual({ text: '98940 AT', ownLength: 5 });
    expect(procedureLine(' 98940 ', ['AT'])).toEqual({ text: ' 98940  AT', ownLength: 7 });
    expect(procedureLine('98940 CMT 1-2 regions', [])).toEqual({
      text: '98940 CMT 1-2 regions',
      ownLength: 21,
    });
  });

  it('adds them at the end when the field shows no code', () => {
    expect(procedureLine('CMT 1-2 regions', ['AT'])).toEqual({ text: 'CMT 1-2 regions AT', ownLength: 15 });
  });

  it('never takes a longer number for a code', () => {
    expect(procedureLine('123456 CMT', ['AT'])).toEqual({ text: '123456 CMT AT', ownLength: 10 });
  });
});
