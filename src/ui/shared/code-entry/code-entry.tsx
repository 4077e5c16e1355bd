import { t } from '../i18n/i18n';
/**
 * One code's knowledge-base entry, for any ICD-10-CM code: official title, billable or header,
 * release, place in the hierarchy, notes and index terms; for billable M99 codes also the curated
 * reference (tips, pitfalls, clinical context, FAQ, procedures, alternatives, related codes,
 * sources). Pure props in, markup out: the popup and the side panel both render it.
 */
import { checksTemplate, checksWords } from '../../../core';
import type { CodeExplanation } from '../../../kb';
import { coreText } from '../i18n/finding-text';
import { English, MessageWithEnglish } from '../i18n/kb-text';
import { CodeLink } from './code-link';
import { M99Sections } from './m99-sections';
import { NoteList } from './note-list';

export type CodeEntryProps = {
  entry: CodeExplanation;
  /** Makes codes in the hierarchy and related lists clickable (e.g. to open that code's entry). */
  onSelectCode?: (code: string) => void;
  /** Heading level of the code title, so the entry fits the page it is placed in. */
  headingLevel?: 2 | 3;
  /** The side panel already shows the title, status and release above: leave them out here. */
  compact?: boolean;
};

/** What ChartLint compares for the code: the core's English sentence, or its template in the user's language. */
function checksText(code: string): string {
  const { messageId, params } = checksTemplate(code);
  return coreText(checksWords(code), messageId, params);
}

export function CodeEntry({ entry, onSelectCode, headingLevel = 2, compact = false }: CodeEntryProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="code-entry" data-code={entry.code} aria-labelledby={`code-entry-${entry.code}`}>
      <header class="code-entry-head">
        <Heading id={`code-entry-${entry.code}`} class={compact ? 'code-entry-title sr-only' : 'code-entry-title'}>
          <span class="code">{entry.code}</span> <English>{entry.title}</English>
        </Heading>
        <p class="code-entry-status" hidden={compact}>
          <span class={entry.billable ? 'badge billable' : 'badge header'} data-billable={String(entry.billable)}>
            {entry.billable ? t('billable') : t('header')}
          </span>{' '}
          <span class="muted">{t(entry.billable ? 'codeStatusBillable' : 'codeStatusHeader')}</span>
        </p>
        <p class="muted small" hidden={compact}>
          {t('effectiveRange', { system: entry.release.codeSystem, version: entry.release.version, from: entry.release.effectiveFrom, to: entry.release.effectiveTo })}
          {entry.shortTitle !== entry.title && (
            <>
              {' '}
              <MessageWithEnglish id="shortTitle" name="title" english={entry.shortTitle} />
            </>
          )}
        </p>
        {entry.release.caveat && <p class="muted small release-caveat">{coreText(entry.release.caveat, entry.release.caveatId, entry.release.caveatParams)}</p>}
        {entry.billable && (
          <p class="small code-entry-checks" data-checks>
            {checksText(entry.code)}
          </p>
        )}
      </header>

      <section class="code-entry-section" aria-label={t('hierarchy')}>
        <h3>{t('hierarchy')}</h3>
        <ol class="hierarchy">
          <li>
            <MessageWithEnglish id="chapterLine" params={{ number: String(entry.chapter.number) }} name="title" english={entry.chapter.title} /> <span class="muted">({entry.chapter.range})</span>
          </li>
          <li>
            <English>{entry.block.title}</English> <span class="muted">({entry.block.range})</span>
            {entry.block.inferred && <span class="muted"> {t('blockInferred')}</span>}
          </li>
          {entry.ancestors.map((a) => (
            <li key={a.code}>
              <CodeLink code={a.code} title={a.title} billable={a.billable} onSelectCode={onSelectCode} />
            </li>
          ))}
        </ol>
        {entry.children.length > 0 && (
          <details class="disclosure" open={!entry.billable} data-section="children">
            <summary>{t('codesUnder', { code: entry.code, count: entry.children.length })}</summary>
            <ul class="code-list">
              {entry.children.map((c) => (
                <li key={c.code}>
                  <CodeLink code={c.code} title={c.title} billable={c.billable} onSelectCode={onSelectCode} />
                </li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <section class="code-entry-section" aria-label={t('notes')}>
        <h3>{t('notes')}</h3>
        {entry.notesCarried ? <NoteList notes={entry.notes} /> : <p class="muted small">{entry.notesMessage ? coreText(entry.notesMessage, entry.notesMessageId, entry.notesParams) : t('notesNotCarried')}</p>}
      </section>

      {entry.indexTerms.length > 0 && (
        <section class="code-entry-section" aria-label={t('indexTermsLabel')}>
          <h3>{t('indexTermsTitle')}</h3>
          <ul class="index-terms">
            {entry.indexTerms.map((term) => (
              <li key={term} lang="en">
                {term}
              </li>
            ))}
          </ul>
        </section>
      )}

      {entry.m99 && <M99Sections reference={entry.m99} onSelectCode={onSelectCode} />}
    </article>
  );
}
