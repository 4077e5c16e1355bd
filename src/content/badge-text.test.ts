import { describe, expect, it } from 'vitest';
import { LANGUAGES, translate } from '../platform/i18n';
import { BADGE_MESSAGES, badgeText, type BadgeMessageId } from './badge-text';

const IDS = Object.keys(BADGE_MESSAGES.en) as BadgeMessageId[];
const PARAMS = { count: 1234, codes: 'M99.03, M99.04', label: 'ChartLint: 2 findings for M99.03' };

describe('the badge’s own messages', () => {
  it.each(LANGUAGES)('say in %s exactly what the whole catalogue says', (lang) => {
    for (const id of IDS) expect(badgeText(lang, id, PARAMS)).toBe(translate(lang, id, PARAMS));
  });

  it('are the same ids in every language, and Spanish is Spanish', () => {
    for (const lang of LANGUAGES) expect(Object.keys(BADGE_MESSAGES[lang]).sort()).toEqual([...IDS].sort());
    expect(badgeText('es', 'badgeCount_other', { count: 3 })).toBe('3 hallazgos');
    expect(badgeText('en', 'badgeCount_other', { count: 1200 })).toBe('1,200 findings');
  });
});
