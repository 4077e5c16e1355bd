import { describe, expect, it } from 'vitest';
import { mergeSettings, pageSettings, sanitizeSettings } from './settings';

describe('reading modes of pinned selectors', () => {
  it('keeps known modes per selector and drops the rest (unknown modes, the default, junk keys)', () => {
    const raw = {
      selectors: {
        'https://ehr.example/chart': {
          diagnosis: ['#dx-box', '#problems'],
          reading: {
            ' #dx-box ': 'chips',
            '#problems': 'rows',
            '#x': 'field',
            '#y': 'tiles',
            '': 'chips',
            '#z': 3,
          },
        },
        'https://other.example': { diagnosis: ['#a'], reading: ['chips'] },
      },
    };
    expect(sanitizeSettings(raw).selectors).toEqual({
      'https://ehr.example': {
        diagnosis: ['#dx-box', '#problems'],
        reading: { '#dx-box': 'chips', '#problems': 'rows' },
      },
      'https://other.example': { diagnosis: ['#a'] },
    });
  });

  it('reaches the page with its selectors; an administrator’s modes win over the user’s', () => {
    const settings = mergeSettings(
      { selectors: { 'https://a.example': { diagnosis: ['#tags'], reading: { '#tags': 'chips' } } } },
      { selectors: { 'https://b.example': { diagnosis: ['#t'], reading: { '#t': 'rows' } } } },
    );
    expect(pageSettings(settings, 'https://a.example/x').selectors).toEqual({
      diagnosis: ['#tags'],
      note: [],
      reading: { '#tags': 'chips' },
    });
    expect(settings.selectors['https://b.example']?.reading).toEqual({ '#t': 'rows' });
    const both = mergeSettings(
      { selectors: { 'https://a.example': { diagnosis: ['#tags'], reading: { '#tags': 'chips' } } } },
      { selectors: { 'https://a.example': { reading: { '#tags': 'rows' } } } },
    );
    expect(both.selectors['https://a.example']).toEqual({
      diagnosis: ['#tags'],
      note: [],
      reading: { '#tags': 'rows' },
    });
    expect(both.locks.selectors).toEqual(['https://a.example']);
  });

  it('adds no reading key where no selector has a mode (stored settings stay as they were)', () => {
    const settings = mergeSettings(
      { selectors: { 'https://a.example': { diagnosis: ['#dx'], reading: {} } } },
      undefined,
    );
    expect(settings.selectors['https://a.example']).toStrictEqual({ diagnosis: ['#dx'], note: [] });
  });
});
