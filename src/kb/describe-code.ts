/**
 * One code, explained: the official data for any ICD-10-CM code (title, billable flag, place in
 * the hierarchy, the notes that apply, index terms) and, for billable M99 codes, the full curated
 * reference. Loads what it needs lazily.
 */
import type { CuratedM99 } from './curated-types';
import { indexTermsFor, loadIndexTerms, type IndexTerm } from './index-terms';
import { loadCatalog, type LoadOptions } from './load-catalog';
import { buildM99Reference, type CodeRef, type M99Reference } from './m99-reference';
import { loadNotes, notesFor, type AppliedNote } from './notes';
import { parseCodeInput } from './parse-code-input';
import type { RawNotes } from './raw-types';
import { caveatOf } from './release-caveat';
import type { BlockRef, Catalog, ChapterRef, ReleaseInfo } from './types';

/** Thrown for input that is not an existing code; `message` is written for the user. */
export class CodeInputError extends Error {
  constructor(
    message: string,
    readonly suggestions: string[],
    /** `message` as a catalogue template and its placeholders, for the surfaces' other languages. */
    readonly messageId?: string,
    readonly params?: Record<string, string>,
  ) {
    super(message);
    this.name = 'CodeInputError';
  }
}

export type CodeDescription = {
  /**
   * `caveat`: plain words when the release's notes and index terms are not its own (FY2027);
   * `caveatId` / `caveatParams` the same as a catalogue template.
   */
  release: Pick<ReleaseInfo, 'codeSystem' | 'version' | 'effectiveFrom' | 'effectiveTo'> & { caveat?: string; caveatId?: string; caveatParams?: Record<string, string> };
  code: string;
  title: string;
  shortTitle: string;
  billable: boolean;
  /** Plain words for the flag: headers must not be reported. */
  status: string;
  chapter: ChapterRef;
  block: BlockRef;
  category: CodeRef;
  /** Ancestors from the category down to the parent. */
  ancestors: CodeRef[];
  /** Direct children (for headers: the codes to choose from). */
  children: CodeRef[];
  notes: AppliedNote[];
  notesCarried: boolean;
  notesMessage?: string;
  notesMessageId?: string;
  notesParams?: Record<string, string>;
  indexTerms: string[];
  source: string;
};

export type CodeExplanation = CodeDescription & { m99?: M99Reference };

let curated: Promise<CuratedM99> | undefined;
/** The curated M99 prose (its own lazily loaded chunk). */
export function loadM99Curated(): Promise<CuratedM99> {
  curated ??= import('./curated/m99-reference.json').then((m) => m.default as CuratedM99);
  return curated;
}

/**
 * The data one explanation reads, for a caller that loads it its own way (the service worker reads
 * packaged files with fetch, as it may not use import(); scripts/kb-data-as-asset.ts).
 */
export type ExplainSources = {
  catalog: Catalog;
  notes: RawNotes;
  terms: readonly IndexTerm[];
  /** The curated M99 prose, asked for only when the code is a billable M99 code. */
  curated: () => Promise<CuratedM99>;
};

/** The official data for a code from loaded sources. Throws CodeInputError for malformed or unknown input. */
export function describeFrom(input: string, { catalog, notes: rawNotes, terms }: Omit<ExplainSources, 'curated'>): CodeDescription {
  const parsed = parseCodeInput(input, catalog);
  if (!parsed.ok) throw new CodeInputError(parsed.error, parsed.suggestions, parsed.messageId, parsed.params);
  const entry = parsed.entry;
  if (!entry)
    throw new CodeInputError(`${parsed.code} is not in ICD-10-CM ${catalog.release.version}.`, [], 'kb_input_not_in_release', {
      code: parsed.code,
      release: `ICD-10-CM ${catalog.release.version}`,
    });
  const ancestors: CodeRef[] = [];
  for (let p = entry.parent; p; p = catalog.get(p)?.parent) {
    const e = catalog.get(p);
    if (e) ancestors.unshift({ code: e.code, title: e.title, billable: e.billable });
  }
  const category = catalog.get(entry.category) ?? entry;
  const notes = notesFor(entry, catalog, rawNotes);
  const r = catalog.release;
  return {
    release: { codeSystem: r.codeSystem, version: r.version, effectiveFrom: r.effectiveFrom, effectiveTo: r.effectiveTo, ...(rawNotes.caveat ? caveatOf(r.version, rawNotes.caveat) : {}) },
    code: entry.code,
    title: entry.title,
    shortTitle: entry.shortTitle,
    billable: entry.billable,
    status: entry.billable
      ? 'billable: valid for HIPAA transactions'
      : 'header: not reportable; choose one of the codes below it',
    chapter: entry.chapter,
    block: entry.block,
    category: { code: category.code, title: category.title, billable: category.billable },
    ancestors,
    children: catalog.children(entry.code).map((e) => ({ code: e.code, title: e.title, billable: e.billable })),
    notes: notes.notes,
    notesCarried: notes.carried,
    ...(notes.message ? { notesMessage: notes.message } : {}),
    ...(notes.messageId ? { notesMessageId: notes.messageId, notesParams: notes.params ?? {} } : {}),
    indexTerms: indexTermsFor(entry.code, terms).map((t) => t.term),
    source: `${r.source} (sha256 ${r.sha256})`,
  };
}

/** describeFrom plus, for billable M99 codes, the full M99 reference. */
export async function explainFrom(input: string, sources: ExplainSources): Promise<CodeExplanation> {
  const description = describeFrom(input, sources);
  if (description.category.code !== 'M99' || !description.billable) return description;
  return { ...description, m99: buildM99Reference(description.code, sources.catalog, description.notes, sources.terms, await sources.curated()) };
}

/** The official data for a code. Throws CodeInputError for malformed or unknown input. */
export async function describeCode(input: string, options: LoadOptions = {}): Promise<CodeDescription> {
  const [catalog, notes, terms] = await Promise.all([loadCatalog(options), loadNotes(options), loadIndexTerms(options)]);
  return describeFrom(input, { catalog, notes, terms });
}

/** describeCode plus, for billable M99 codes, the full M99 reference. */
export async function explainCode(input: string, options: LoadOptions = {}): Promise<CodeExplanation> {
  const [catalog, notes, terms] = await Promise.all([loadCatalog(options), loadNotes(options), loadIndexTerms(options)]);
  return explainFrom(input, { catalog, notes, terms, curated: loadM99Curated });
}
