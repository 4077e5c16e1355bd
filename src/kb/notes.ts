/**
 * Official tabular notes that apply to a code: its own, its ancestors', its block's and its
 * chapter's (ICD-10-CM notes at a category or chapter apply to every code below them).
 */
import { resolveRelease, type LoadOptions } from './load-catalog';
import type { RawNote, RawNotes } from './raw-types';
import type { Catalog, CatalogEntry, NoteKind } from './types';

export type AppliedNote = {
  kind: NoteKind;
  text: string;
  /** Where the note is printed: "chapter 13", "block M50-M54" or a code. */
  from: string;
  level: 'chapter' | 'block' | 'code';
  /** The chapter number, block range or code of `from`, for a surface that says `from` in its own words. */
  at: string;
  /** The addendum that added the note after the January 2021 tabular, if any. */
  addendum?: string;
};

export type NotesForCode = {
  notes: AppliedNote[];
  /** False when ChartLint does not carry notes for this code's chapter/category (say so, do not imply "no notes"). */
  carried: boolean;
  /** Why notes are not shown, when they are not. */
  message?: string;
  /** `message` as a catalogue template and its placeholders, for the surfaces' other languages. */
  messageId?: string;
  params?: Record<string, string>;
};

const loaded = new Map<string, Promise<RawNotes>>();

export function loadNotes(options: LoadOptions = {}): Promise<RawNotes> {
  const release = resolveRelease(options);
  let pending = loaded.get(release.version);
  if (!pending) {
    pending = release.loadNotes();
    void pending.catch(() => loaded.delete(release.version));
    loaded.set(release.version, pending);
  }
  return pending;
}

const apply = (notes: RawNote[], from: string, level: AppliedNote['level'], at = from): AppliedNote[] =>
  notes.map((n) => ({ kind: n.kind, text: n.text, from, level, at, ...(n.addendum ? { addendum: n.addendum } : {}) }));

/** Each release's code-level notes by code, made once per loaded notes file. */
const byCodeOf = new WeakMap<RawNotes, Map<string, RawNote[]>>();

/** The withheld subtree a code falls in (its notes and those below it are not shown), if any. */
export const withheldAt = (raw: RawNotes, code: string) => raw.withheld.find((w) => code.startsWith(w.code));

/**
 * The codes of `chain` (most general first: the category, each code above, the code) that have
 * notes of their own, with them, leaving out those at or below `withheld`: what `explain` shows
 * (notesFor) and what the excludes1-pair rule reads (excludes1Reader).
 */
export function ownNotesAlong(raw: RawNotes, chain: readonly string[], withheld: RawNotes['withheld'][number] | undefined): { code: string; notes: RawNote[] }[] {
  let byCode = byCodeOf.get(raw);
  if (!byCode) byCodeOf.set(raw, (byCode = new Map(raw.entries.map((e) => [e.code, e.notes]))));
  const out: { code: string; notes: RawNote[] }[] = [];
  for (const code of chain) {
    if (withheld && code.startsWith(withheld.code)) continue;
    const notes = byCode.get(code);
    if (notes) out.push({ code, notes });
  }
  return out;
}

/** The notes that apply to an entry, most general first (chapter, block, category, ..., the code). */
export function notesFor(entry: CatalogEntry, catalog: Catalog, raw: RawNotes): NotesForCode {
  const inScope = entry.chapter.number === raw.scope.chapter && raw.scope.categories.includes(entry.category);
  const chapter = raw.chapterNotes.find((c) => c.chapter === entry.chapter.number);
  const block = raw.blockNotes.find((b) => b.block === entry.block.range);
  const general = [
    ...(chapter ? apply(chapter.notes, `chapter ${entry.chapter.number}`, 'chapter', String(entry.chapter.number)) : []),
    ...(block ? apply(block.notes, `block ${block.block}`, 'block', block.block) : []),
  ];
  if (!inScope) {
    return {
      notes: general,
      carried: false,
      message: `ChartLint carries the official tabular notes for chapter ${raw.scope.chapter} categories ${raw.scope.categories.join(', ')} only; check the tabular list for ${entry.code}'s own notes.`,
      messageId: 'kb_notes_out_of_scope',
      params: { chapter: String(raw.scope.chapter), categories_list: raw.scope.categories.join('|'), code: entry.code },
    };
  }
  const withheld = withheldAt(raw, entry.code);
  const chain: string[] = [];
  for (let e: CatalogEntry | undefined = entry; e; e = e.parent ? catalog.get(e.parent) : undefined) chain.unshift(e.code);
  const own = ownNotesAlong(raw, chain, withheld).flatMap(({ code, notes }) => apply(notes, code, 'code'));
  return withheld
    ? {
        notes: [...general, ...own],
        carried: false,
        message: `Notes at ${withheld.code} and below are not shown: ${withheld.reason}`,
        // The reason is the build's own English: the template quotes it.
        messageId: 'kb_notes_withheld',
        params: { code: withheld.code, reason: withheld.reason },
      }
    : { notes: [...general, ...own], carried: true };
}
