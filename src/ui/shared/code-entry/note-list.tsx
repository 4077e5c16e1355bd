import { t } from '../i18n/i18n';
import type { AppliedNote } from '../../../kb';
import { English } from '../i18n/kb-text';

/** Where a note is printed, in the user's words: "at M99", "chapter 13", "block M50-M54". */
const where = (n: AppliedNote) => (n.level === 'code' ? t('noteAt', { code: n.at }) : n.level === 'chapter' ? t('noteFromChapter', { number: n.at }) : t('noteFromBlock', { range: n.at }));

/** The official tabular notes that apply to a code, grouped by kind, each saying where it is printed. */
function Notes({ notes }: { notes: readonly AppliedNote[] }) {
  const kinds = [...new Set(notes.map((n) => n.kind))];
  return (
    <dl class="note-list">
      {kinds.map((kind) => (
        <div key={kind} class="note-group" data-note-kind={kind}>
          <dt>{t(`note_${kind}`)}</dt>
          {notes
            .filter((n) => n.kind === kind)
            .map((n, i) => (
              <dd key={`${kind}-${i}`}>
                <English>{n.text}</English> <span class="muted small">({where(n)}{n.addendum ? `, ${t('noteAddendum', { addendum: n.addendum })}` : ''})</span>
              </dd>
            ))}
        </div>
      ))}
    </dl>
  );
}

/**
 * The notes printed at the code and its category first; the chapter- and block-wide notes
 * (neoplasms, pregnancy…) that apply to every code of the chapter are folded, so a spine coder's
 * panel stays short.
 */
export function NoteList({ notes }: { notes: readonly AppliedNote[] }) {
  if (notes.length === 0) return <p class="muted small">{t('noTabularNotes')}</p>;
  const own = notes.filter((n) => n.level === 'code');
  const wide = notes.filter((n) => n.level !== 'code');
  return (
    <>
      {own.length > 0 && <Notes notes={own} />}
      {wide.length > 0 && (
        <details class="disclosure" data-section="chapter-notes">
          <summary>{t('chapterWideNotes', { count: wide.length })}</summary>
          <Notes notes={wide} />
        </details>
      )}
    </>
  );
}
