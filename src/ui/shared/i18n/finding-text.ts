/**
 * A finding in the user's words: the headline from the rule's title (registry, through the
 * catalogue), the sentence from the finding's message template. English shows the rule's own
 * sentence (`message`, the most precise); other languages fill the template the core named.
 */
import { ruleInfo, type Finding, type RuleId } from '../../../core';
import { hasMessage, language, t } from './i18n';

const key = (rule: RuleId) => rule.replace(/-/g, '_');

export function ruleTitle(rule: RuleId): string {
  const id = `rule_${key(rule)}_title`;
  return hasMessage(id) ? t(id) : ruleInfo(rule).title;
}

export function ruleHelp(rule: RuleId): string {
  const id = `rule_${key(rule)}_help`;
  return hasMessage(id) ? t(id) : ruleInfo(rule).help;
}

export function findingMessage(f: Finding): string {
  if (language.value === 'en' || !f.messageId || !hasMessage(f.messageId)) return f.message;
  return t(f.messageId, f.params ?? {});
}

/** "Wrong region: M99.60 → M99.61", or for a typo "You typed M99.6O (letter O)". */
export function findingHeadline(f: Finding): string {
  if (f.rule === 'invalid-code' && f.typed && f.severity === 'warning') return t('headline_typo', { typed: f.typed });
  const title = ruleTitle(f.rule);
  const to = f.suggestions.filter((s) => s !== f.code);
  return to.length > 0 ? t('headline_with_suggestion', { title, code: f.code, to: to.join(', ') }) : t('headline', { title, code: f.code });
}
