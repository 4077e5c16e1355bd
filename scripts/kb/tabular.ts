/**
 * Reads the official ICD-10-CM tabular list XML (CDC schema icd10cm_tabular.xsd): chapters,
 * sections (blocks) and the instructional notes at every level. Titles are NOT taken from here:
 * they come from the FY2026 order file; this XML is January 2021 and only supplies structure
 * and notes, which the build brings forward with the official addenda (tabular-addenda-patch.json).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import sax from 'sax';

/** The tabular's note kinds, named as in the XML. */
export const NOTE_KINDS = [
  'notes',
  'includes',
  'inclusionTerm',
  'excludes1',
  'excludes2',
  'codeFirst',
  'useAdditionalCode',
  'codeAlso',
] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export type TabularNote = { kind: NoteKind; text: string };

export type TabularChapter = { number: number; title: string; first: string; last: string; notes: TabularNote[] };
export type TabularSection = {
  /** "M50-M54" or "M99". */
  id: string;
  title: string;
  first: string;
  last: string;
  chapter: number;
  /** False for heading-only sections such as "Dorsopathies (M40-M54)" that group other sections. */
  hasCodes: boolean;
  notes: TabularNote[];
};
export type Tabular = {
  version: string;
  chapters: TabularChapter[];
  sections: TabularSection[];
  /** Notes by dotted code, only for codes that have notes. */
  diagNotes: Map<string, TabularNote[]>;
  /** The section (block) id of every category (three-character code) in this tabular. */
  categorySection: Map<string, string>;
};

const RANGE_AT_END = /\s*\(([A-Z][0-9A-Z]{2})(?:-([A-Z][0-9A-Z]{2}))?\)$/;

function splitTitle(desc: string): { title: string; first: string; last: string } {
  const m = RANGE_AT_END.exec(desc);
  if (!m?.[1]) throw new Error(`tabular: no code range at the end of "${desc}"`);
  return { title: desc.slice(0, m.index), first: m[1], last: m[2] ?? m[1] };
}

export function parseTabular(xml: string): Tabular {
  const parser = sax.parser(true, { trim: false });
  const stack: string[] = [];
  const result: Tabular = { version: '', chapters: [], sections: [], diagNotes: new Map(), categorySection: new Map() };
  let text = '';
  let chapter: { number?: number; desc?: string; notes: TabularNote[] } | undefined;
  let section: { id: string; desc?: string; notes: TabularNote[]; hasCodes: boolean } | undefined;
  const diags: { name?: string; notes: TabularNote[] }[] = [];
  let noteKind: NoteKind | undefined;

  parser.onopentag = (tag) => {
    stack.push(tag.name);
    text = '';
    if (tag.name === 'chapter') chapter = { notes: [] };
    else if (tag.name === 'section' && stack.at(-2) === 'chapter') {
      const id = tag.attributes.id;
      section = { id: typeof id === 'string' ? id : '', notes: [], hasCodes: false };
    } else if (tag.name === 'diag') {
      diags.push({ notes: [] });
      if (section) section.hasCodes = true;
    } else if ((NOTE_KINDS as readonly string[]).includes(tag.name)) noteKind = tag.name as NoteKind;
  };
  parser.ontext = (t) => (text += t);
  parser.oncdata = (t) => (text += t);
  parser.onclosetag = (name) => {
    const parent = stack.at(-2);
    const value = text.replace(/\s+/g, ' ').trim();
    if (name === 'version' && parent === 'ICD10CM.tabular') result.version = value;
    else if (name === 'name' && parent === 'chapter' && chapter) chapter.number = Number(value);
    else if (name === 'desc' && parent === 'chapter' && chapter) chapter.desc = value;
    else if (name === 'desc' && parent === 'section' && section) section.desc = value;
    else if (name === 'name' && parent === 'diag') {
      const d = diags.at(-1);
      if (d) d.name = value;
      if (d && diags.length === 1 && section) result.categorySection.set(value, section.id);
    } else if (name === 'note' && noteKind && parent === noteKind) {
      const owner = stack.at(-3);
      const note = { kind: noteKind, text: value };
      if (owner === 'diag') diags.at(-1)?.notes.push(note);
      else if (owner === 'section') section?.notes.push(note);
      else if (owner === 'chapter') chapter?.notes.push(note);
    } else if (name === noteKind) noteKind = undefined;
    else if (name === 'diag') {
      const d = diags.pop();
      if (d?.name && d.notes.length) result.diagNotes.set(d.name, d.notes);
    } else if (name === 'section' && section && chapter?.number !== undefined) {
      const { title, first, last } = splitTitle(section.desc ?? '');
      result.sections.push({ id: section.id, title, first, last, chapter: chapter.number, hasCodes: section.hasCodes, notes: section.notes });
      section = undefined;
    } else if (name === 'chapter' && chapter?.number !== undefined) {
      const { title, first, last } = splitTitle(chapter.desc ?? '');
      result.chapters.push({ number: chapter.number, title, first, last, notes: chapter.notes });
      chapter = undefined;
    }
    stack.pop();
    text = '';
  };
  parser.write(xml).close();
  return result;
}

export function readTabular(path: string): Tabular {
  return parseTabular(gunzipSync(readFileSync(path)).toString('utf8'));
}
