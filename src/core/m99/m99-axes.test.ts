import { describe, expect, it } from 'vitest';
import { buildM99Code, m99Structure, parseM99Code } from './m99-axes';

describe('M99 axes', () => {
  it('parses M99.61 as foramen, osseous or subluxation, cervical', () => {
    expect(parseM99Code('M99.61')).toEqual({
      code: 'M99.61',
      subcategory: 'M99.6',
      site: 'foramen',
      mechanisms: ['osseous', 'subluxation'],
      region: 'cervical',
      regionDigit: 1,
    });
  });

  it('parses the header M99.7 without a region', () => {
    expect(parseM99Code('M99.7')).toMatchObject({ site: 'foramen', mechanisms: ['connective-tissue', 'disc'] });
    expect(parseM99Code('M99.7')?.region).toBeUndefined();
  });

  it('does not parse codes outside the stenosis subcategories', () => {
    expect(parseM99Code('M99.01')).toBeUndefined();
    expect(parseM99Code('M48.061')).toBeUndefined();
  });

  it.each([
    [{ site: 'foramen', mechanism: 'osseous', region: 'cervical' }, 'M99.61'],
    [{ site: 'foramen', mechanism: 'subluxation', region: 'head' }, 'M99.60'],
    [{ site: 'foramen', mechanism: 'disc', region: 'lumbar' }, 'M99.73'],
    [{ site: 'canal', mechanism: 'subluxation', region: 'thoracic' }, 'M99.22'],
    [{ site: 'canal', mechanism: 'connective-tissue', region: 'sacral' }, 'M99.44'],
    [{ site: 'canal', mechanism: 'disc', region: 'cervical' }, 'M99.51'],
  ] as const)('builds %j as %s', (axes, code) => {
    expect(buildM99Code(axes)).toBe(code);
  });

  it('knows the official M99 structure: M99.6 header, M99.61 and M99.9 billable, M99.91 invalid', () => {
    expect(m99Structure('M99.6')).toBe('header');
    expect(m99Structure('M99.61')).toBe('billable');
    expect(m99Structure('M99.9')).toBe('billable');
    expect(m99Structure('M99.91')).toBe('invalid');
    expect(m99Structure('M48.02')).toBeUndefined();
  });
});
