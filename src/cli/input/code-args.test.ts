import { describe, expect, it } from 'vitest';
import { unreadCodeArg } from './code-args';

describe('a --code value is read whole or refused', () => {
  it.each([
    'M99.63',
    'm9960',
    'M99.63, M48.061',
    'M48.061 M99.63',
    ' M54.16 ',
    'M99.63X',
    'Ｍ９９.６３',
    'Ｍ９９．６３',
  ])('reads %j', (value) => {
    expect(unreadCodeArg(value)).toBeUndefined();
  });

  it('says what was not read', () => {
    expect(unreadCodeArg('')).toBe('--code is empty');
    expect(unreadCodeArg('ZZZ')).toMatch(/^--code "ZZZ" holds no ICD-10-CM code/);
    expect(unreadCodeArg('M4806.1')).toBe('--code "M4806.1": ".1" is not part of a code (read: M48.06)');
    expect(unreadCodeArg('M99.63 lumbar')).toMatch(/"lumbar" is not part of a code \(read: M99\.63\)/);
  });
});
