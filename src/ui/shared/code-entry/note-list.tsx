import type { AppliedNote } from '../../../kb';

const KIND_LABEL: Record<AppliedNote['kind'], string> = {
  notes: 'Note',
  includes: 'Includes',
  inclusionTerm: 'Inclusion term',
  excludes1: 'Excludes1',
  excludes2: 'Excludes2',
  codeFirst: 'Code first',
  useAdditionalCode: 'Use additional code',
  codeAlso: 'Code also',
};

/** The official tabular notes that apply to a code, grouped by kind, each saying where it is printed. */
export function NoteList({ notes }: { notes: readonly AppliedNote[] }) {
  if (notes.length === 0) return <p class="muted small">No tabular notes apply.</p>;
  const kinds = [...new Set(notes.map((n) => n.kind))];
  return (
    <dl class="note-list">
      {kinds.map((kind) => (
        <div key={kind} class="note-group" data-note-kind={kind}>
          <dt>{KIND_LABEL[kind]}</dt>
          {notes
            .filter((n) => n.kind === kind)
            .map((n, i) => (
              <dd key={`${kind}-${i}`}>
                {n.text} <span class="muted small">({n.level === 'code' ? `at ${n.from}` : n.from}{n.addendum ? `, ${n.addendum} addendum` : ''})</span>
              </dd>
            ))}
        </div>
      ))}
    </dl>
  );
}
