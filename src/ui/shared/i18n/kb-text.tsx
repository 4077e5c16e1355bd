/**
 * The knowledge base's words in the user's language. The kb hands its sentences with a catalogue
 * template (messageId + params, as the core does for findings); official ICD-10-CM text (titles,
 * notes, index terms) and curated prose that exists only in English stay English and are marked
 * lang="en", so a screen reader reading a Spanish page pronounces them as English.
 */
import type { ComponentChildren } from 'preact';
import { coreText } from './finding-text';
import { t } from './i18n';

/** An error the kb threw for a code the user gave (CodeInputError carries its template), else its message. */
export function codeInputErrorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { messageId, params } = error as Error & { messageId?: string; params?: Record<string, string> };
  return coreText(error.message, messageId, params);
}

/** English text inside a page in another language. */
export function English({ children }: { children: ComponentChildren }) {
  return <span lang="en">{children}</span>;
}

// A character no catalogue message contains: where the English value goes in the filled message.
const SLOT = '\u0000';

/**
 * A catalogue message with one placeholder filled by English text (an official title), that text
 * marked lang="en" and the rest in the user's language.
 *
 * @example <MessageWithEnglish id="chapterLine" params={{number: '13'}} name="title" english="Diseases of…" />
 */
export function MessageWithEnglish({ id, params = {}, name, english }: { id: string; params?: Record<string, string>; name: string; english: string }) {
  const [before = '', after = ''] = t(id, { ...params, [name]: SLOT }).split(SLOT);
  return (
    <>
      {before}
      <English>{english}</English>
      {after}
    </>
  );
}
