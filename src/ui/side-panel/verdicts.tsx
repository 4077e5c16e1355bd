import { AFTER_TAG, CLAIM_ONLY_ID, allClearWords, verdictWordsAfterTag, type CodeVerdict, type Finding } from '../../core';
import { allClearText, coreText } from '../shared/i18n/finding-text';
import { t } from '../shared/i18n/i18n';
import { WholeDates } from '../shared/whole-dates';

/**
 * The verdict line a code needs under the findings, or undefined when its cards already say it:
 * "M99.60 has a finding (listed above)" beside M99.60's own card repeats the card. A finding
 * verdict with no card (all dismissed, or its rule switched off) still gets a line, saying why.
 * The line follows the verdict's tag, so it does not say the verdict again (verdictWordsAfterTag).
 */
export function verdictLine(v: CodeVerdict, listed: readonly Finding[], dismissed: readonly Finding[]): string | undefined {
  if (v.verdict !== 'finding') return upperFirst(coreText(verdictWordsAfterTag(v), v.messageId && `${v.messageId}${AFTER_TAG}`, v.params));
  // A code only its claim listing was judged on: its card says what is wrong there, this line that its condition was not checked.
  if (v.messageId === CLAIM_ONLY_ID) return coreText(verdictWordsAfterTag(v), `${v.messageId}${AFTER_TAG}`, v.params);
  if (listed.some((f) => f.code === v.code)) return undefined;
  return dismissed.some((f) => f.code === v.code) ? t('verdictFindingDismissed', { code: v.code }) : t('verdictFindingRuleOff', { code: v.code });
}

// A not-checked line starts with its reason, which the catalogue writes in lower case (it also ends "Not checked by ChartLint: …").
const upperFirst = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/**
 * Each code's verdict in words, and the all-clear only when every code was checked and supported
 * (naming what was checked). A code nothing compared is said to be not checked, never supported.
 * `listed`: the findings shown above (open ones, settings applied); `dismissed`: the page's dismissed ones.
 */
export function Verdicts({ verdicts, listed, dismissed }: { verdicts: readonly CodeVerdict[]; listed: readonly Finding[]; dismissed: readonly Finding[] }) {
  const open = listed.length;
  const clear = open === 0 ? allClearText(verdicts, allClearWords(verdicts)) : undefined;
  const unchecked = verdicts.filter((v) => v.verdict === 'not-checked');
  const lines = verdicts.flatMap((v) => {
    const text = verdictLine(v, listed, dismissed);
    return text === undefined ? [] : [{ v, text }];
  });
  return (
    <>
      {clear && <p class="all-clear">{clear}</p>}
      {open === 0 && !clear && (
        <p class="not-all-clear" data-state="not-all-clear">
          {unchecked.length > 0 ? t('noOpenFindingsUnchecked', { codes: unchecked.map((v) => v.code).join(', ') }) : t('noOpenFindings')}
        </p>
      )}
      {lines.length > 0 && (
        <ul class="verdicts" aria-label={t('verdictsLabel')}>
          {lines.map(({ v, text }) => (
            <li key={v.code} data-verdict={v.verdict} data-code={v.code}>
              <span class={`verdict-tag ${v.verdict}`}>{t(`verdict_${v.verdict.replace('-', '_')}`)}</span> <WholeDates text={text} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
