/**
 * A finding in the user's words: the headline from the rule's title (registry, through the
 * catalogue) and what the note says, the sentence from the finding's message template. English
 * shows the rule's own sentence (`message`, the most precise, as the CLI prints it); other
 * languages fill the template the core named (src/platform/i18n.ts says how its params are said).
 */
// Types only from the core: the pages that show a release line or a code entry (the popup) must
// not load the rule registry and its data to do it.
import type { CodeVerdict, Finding, ReleaseStamp, RuleId } from '../../../core';
import { sayCoreText } from '../../../platform/i18n';
import { hasMessage, language, t } from './i18n';

const key = (rule: RuleId) => rule.replace(/-/g, '_');

/** The rule's title from the catalogue (English as the registry says it: catalogue.test.ts checks every rule). */
export function ruleTitle(rule: RuleId): string {
  return t(`rule_${key(rule)}_title`);
}

export function ruleHelp(rule: RuleId): string {
  return t(`rule_${key(rule)}_help`);
}

/** A text the core made (finding, verdict, release) in the current language. */
export function coreText(english: string, messageId: string | undefined, params: Record<string, string> | undefined): string {
  if (language.value === 'en' || !messageId) return english;
  return sayCoreText(language.value, messageId, params ?? {}, english);
}

export function findingMessage(f: Finding): string {
  return coreText(f.message, f.messageId, f.params);
}

/** The release stamp's plain words (pinned, expired, not covered), in the current language. */
export function releaseMessage(stamp: ReleaseStamp): string | undefined {
  return stamp.message === undefined ? undefined : coreText(stamp.message, stamp.messageId, stamp.params);
}

/**
 * What the note says where the code disagrees with it (a region mismatch's levels, else its
 * regions), in the current language; undefined for findings that carry neither.
 */
export function noteSays(f: Finding): string | undefined {
  const p = f.params ?? {};
  if (p.said_list) return sayCoreText(language.value, 'said_list', { said_list: p.said_list }, p.said_list);
  if (p.said_terms) return sayCoreText(language.value, 'said_terms', { said_terms: p.said_terms }, p.said_terms);
  return undefined;
}

/**
 * "Wrong region: the note says C5-C6 → M99.61"; without what the note says, "Wrong region:
 * M99.60 → M99.61"; for a typo "You typed M99.6O".
 */
export function findingHeadline(f: Finding): string {
  if (f.rule === 'invalid-code' && f.typed && f.severity === 'warning') return t('headline_typo', { typed: f.typed });
  const title = ruleTitle(f.rule);
  // A code to add beside this one (Finding.additions) is named as such, never behind the arrow.
  const add = f.additions ?? [];
  if (add.length > 0) {
    const replace = f.suggestions.filter((s) => s !== f.code && !add.includes(s));
    return replace.length > 0
      ? t('headline_with_suggestion_and_addition', { title, code: f.code, to: replace.join(', '), add: add.join(', ') })
      : t('headline_with_addition', { title, code: f.code, add: add.join(', ') });
  }
  const to = f.suggestions.filter((s) => s !== f.code);
  const said = noteSays(f);
  if (said) return to.length > 0 ? t('headline_note_says_with_suggestion', { title, said, to: to.join(', ') }) : t('headline_note_says', { title, said });
  return to.length > 0 ? t('headline_with_suggestion', { title, code: f.code, to: to.join(', ') }) : t('headline', { title, code: f.code });
}

/**
 * The all-clear sentence (allClearWords) in the current language: only when the core gave one
 * (every code checked and supported), naming what was checked per code.
 */
export function allClearText(verdicts: readonly CodeVerdict[], english: string | undefined): string | undefined {
  if (english === undefined || language.value === 'en') return english;
  const checks = (v: CodeVerdict) => v.checkedBy.map((r) => (hasMessage(`check_word_${key(r)}`) ? t(`check_word_${key(r)}`) : r)).join(', ');
  return t('allClear', { checked: verdicts.map((v) => t('allClearCode', { code: v.code, checks: checks(v) })).join('; ') });
}
