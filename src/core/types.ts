/**
 * The core's contract: plain JSON in, plain JSON out. Every surface (content script, service
 * worker, side panel, CLI) speaks these types, so change them by adding, never by renaming.
 */

import type { ChiroVisit, PayerId } from './chiro/chiro-types';
import type { RuleId } from './rules/rule-ids';

/** Where a piece of text came from on the page. */
/** 'date': a visit, encounter or service date the page shows (label and value), read only for the date of service. */
// 'coverage': the payer as the page shows it ("Payer: Medicare Part B"), read only for the payer.
export type FieldKind = 'diagnosis' | 'note' | 'date' | 'procedure' | 'coverage';

/** One text source: a diagnosis field's value or a note's text, as read from the page. */
export type FieldText = {
  /** Stable within one page snapshot, e.g. "f0:dx-input" (frame + field). */
  id: string;
  kind: FieldKind;
  text: string;
};

export type AnalyzeInput = {
  fields: FieldText[];
  /**
   * The payer from the per-site setting or the CLI's --payer ("medicare"); a coverage line on the
   * page wins over it. Payer-specific rules run only when the payer is known to be Medicare.
   */
  payer?: PayerId;
  /**
   * The care setting (default outpatient). Inpatient: an uncertain diagnosis ("probable",
   * "suspected", "rule out", "consistent with", a differential) counts as documented for the code
   * checks (Official Guidelines II.H); outpatient it does not (IV.H). Negated, historical,
   * hypothetical and family-history statements are set aside in both.
   */
  setting?: CareSetting;
  /**
   * The date of service the codes are checked for (ISO, yyyy-mm-dd), when the surface knows it
   * from the page or the user. A note holding several dated visit entries is then read up to that
   * date's entry: entries dated after it are left out (dates/visit-entries.ts).
   */
  dateOfService?: string;
};

/** Where the codes are reported: an outpatient encounter or an inpatient admission (see AnalyzeInput.setting). */
export type CareSetting = 'outpatient' | 'inpatient';

/** An exact stretch of a field's text: `field.text.slice(start, end) === text`. */
export type Span = { fieldId: string; start: number; end: number; text: string };

/** An ICD-10-CM-shaped code as written in a field, normalised to the dotted form. */
export type FoundCode = {
  /** Dotted, upper case: "M99.60". */
  code: string;
  /** Where it was written, with the text as the user typed it ("m9960"). */
  span: Span;
  fieldKind: FieldKind;
  /** Set when the written form needed a guess, e.g. a letter O read as a zero. */
  note?: string;
};

export type Severity = 'error' | 'warning' | 'info';

/** A rule's id, read from the one list in core/rules/rule-ids.ts. A contract (data-rule attributes, CLI JSON): add, never rename. */
export type { RuleId };

export type SourceRef = { title: string; url?: string };

export type Finding = {
  rule: RuleId;
  severity: Severity;
  /** The code the finding is about (the entered code, or the suggested one for suggested-code). */
  code: string;
  suggestions: string[];
  /**
   * The suggestions that are codes to add beside `code`, not to put in its place (a canal stenosis's
   * own code beside a foraminal M99 code): surfaces say "add" for these, never an arrow. Absent when
   * every suggestion replaces the code.
   */
  additions?: string[];
  message: string;
  evidence: Span[];
  sources: SourceRef[];
  /** The ICD-10-CM release the finding was judged against ("FY2027"), set by stampRelease. */
  release?: string;
  /**
   * The message as a catalogue id and its placeholders, so surfaces can say it in the user's
   * language (`message` stays the English text, for the CLI). Set by the rule that makes the
   * finding; the rule runner fills `finding_<rule>` with `code` and `suggestions` for a rule that
   * gives none. A placeholder's name says how its value is said (a vocabulary word, a list, a
   * date, a further sentence): see CORE_PARAM_KINDS in src/platform/i18n.ts.
   *
   * @example {messageId: 'finding_axis_region', params: {code: 'M99.60', code_region_term: 'region_head', …}}
   */
  messageId?: string;
  params?: Record<string, string>;
  /**
   * The code as the user typed it when it was read with a correction ("M99.6O" read as M99.60).
   * On the invalid-code typo finding it names the typo; on other rules' findings of that code it
   * marks them as checks of the corrected code, so surfaces show one card for one typo.
   */
  typed?: string;
};

/** How the release of a visit was chosen and whether it really covers the date of service. */
export type ReleaseStamp = {
  /** "FY2027". */
  version: string;
  effectiveFrom: string;
  effectiveTo: string;
  /** ISO date the release was chosen for. */
  dateOfService?: string;
  /** Where that date came from: the page, the user (panel or CLI), or today's date. */
  dateSource?: 'page' | 'user' | 'today';
  /**
   * `in-force`: the release covers the date; `pinned`: chosen by a setting or policy; `expired`:
   * the newest release shipped ended before the date; `not-covered`: the date is before every release
   * carried, and codes were not checked against a code set.
   */
  status: 'in-force' | 'pinned' | 'expired' | 'not-covered';
  /** Plain words for the UI when the status is not `in-force`. */
  message?: string;
  /** `message` as a catalogue template and its placeholders (see Finding.messageId). */
  messageId?: string;
  params?: Record<string, string>;
};

/** What the core needs to know about a code; supplied by the knowledge base, never imported. */
export type CodeInfo = { code: string; title: string; billable: boolean };
/** A code's change across releases, from the official order addenda (see release-changes.ts). */
export type CodeHistory = {
  /** deleted or made a header by the release in force; added-later: added by a later release. */
  change: 'deleted' | 'billable-to-header' | 'added-later';
  /** The release that made the change ("FY2027") and the date it took effect. */
  release: string;
  effectiveFrom: string;
  /** Long title before the change (deleted, billable-to-header). */
  title?: string;
  /** Billable codes that take its place. */
  replacements: string[];
  /**
   * Where the change was read when it is not the order addenda of a release ChartLint ships (the
   * tabular addenda of an older release, spine-families/code-history.ts); the finding cites it.
   */
  source?: SourceRef;
};
/** An official Excludes1 note that applies to a code: its text and where the tabular prints it (a code or block). */
export type Excludes1Note = { text: string; at: string };
/**
 * The kb's lookup; `release` and `history` are there when the release of the visit is known, and
 * `excludes1` (the Excludes1 notes that apply to a code, most general first) when the surface loaded the notes.
 */
export type CodeLookup = ((code: string) => CodeInfo | undefined) & {
  release?: string;
  history?: (code: string) => CodeHistory | undefined;
  excludes1?: (code: string) => readonly Excludes1Note[];
};

/** Where a stenosis is: the neural foramen, the central canal, the lateral recess, or not said. */
export type Site = 'foramen' | 'canal' | 'lateral-recess' | 'unspecified';
/** M99's spinal regions (5th character 0-4); the non-spinal regions never come from a note. */
export type Region = 'head' | 'cervical' | 'thoracic' | 'lumbar' | 'sacral';
export type Mechanism = 'osseous' | 'subluxation' | 'connective-tissue' | 'disc';
export type Status = 'affirmed' | 'negated' | 'uncertain' | 'historical' | 'hypothetical' | 'family';
/**
 * Why a statement has its status, when the status alone would say it wrong: `correction`, a
 * negation that is the note's later word on itself (an addendum or correction took the statement
 * back, or it was marked entered in error), not a denial where it stands. Findings then say
 * "corrected by a later addendum or correction", not "negated" (context/status-word.ts).
 */
export type StatusReason = 'correction';
/** `stenosis`: a narrowed or patent canal/recess/foramen; `compression`: cord, sac or root compression. */
export type MentionKind = 'stenosis' | 'compression';

/** A level as written ("C5-6") and normalised ("C5-C6"). */
export type Level = { raw: string; normalized: string };

/** One stenosis statement in a note. */
export type Mention = {
  site: Site;
  levels: Level[];
  regions: Region[];
  /** True when a level's region depends on convention (C1-C2) or the text is mixed. */
  regionAmbiguous: boolean;
  mechanisms: Mechanism[];
  /** True for wording that names two mechanism groups at once (disc-osteophyte complex). */
  mechanismAmbiguous: boolean;
  severity: string | null;
  laterality: 'left' | 'right' | 'bilateral' | null;
  status: Status;
  /** The words that set the status ("no", "history of"); null when affirmed by default. */
  trigger: Span | null;
  /** Why the status is what it is, when the status alone would mislead (StatusReason); undefined otherwise. */
  statusReason?: StatusReason | undefined;
  span: Span;
  /** Narrowing statement or neural-compression statement (annotation guide's two kinds). */
  kind?: MentionKind;
  /** The spans of the mechanism words linked to this narrowing ("secondary to osteophyte"). */
  mechanismEvidence?: Span[];
};

/**
 * The status of a procedure as evidence: `implied-by-procedure` when the note reports it done or
 * planned (the site it decompresses is implied to be narrowed), `historical` when the note says it
 * was an earlier operation (a stenosis already treated), `negated` when it was not done, and
 * ConText's `uncertain`/`hypothetical` ("may need", "risks of").
 */
export type ProcedureStatus = 'implied-by-procedure' | 'historical' | 'negated' | 'uncertain' | 'hypothetical';

/**
 * A procedure that decompresses a named site ("left L5-S1 foraminotomy", "decompression of the
 * left C6 foramen"). Never a stenosis statement (the annotation guide's trap): it only implies the
 * site, level and region, so it can agree with a code of that site and region and give an unsited
 * statement at its level a site, but it never counts as a mention nor is quoted as a diagnosis.
 */
export type ProcedureEvidence = {
  kind: 'procedure';
  /** The site the procedure decompresses. */
  site: Site;
  levels: Level[];
  regions: Region[];
  status: ProcedureStatus;
  /** The words that set the status ("status post", "no"); null when implied by default. */
  trigger: Span | null;
  span: Span;
  /** The data rule that read it (mentions/procedure-evidence.json). */
  rule: string;
  /** False when the same sentence also names a decompression of another site (a laminectomy). */
  soleSite: boolean;
};

/** One item of the documentation checklist a coder needs before an M99 stenosis code holds up. */
export type ChecklistItemId = 'site' | 'level' | 'mechanism' | 'imaging' | 'neuro';
/** The subluxation/segmental dysfunction checklist (M99.0-/M99.1-), shown in place of the stenosis one. */
export type ChiroChecklistItemId = 'segment-level' | 'part' | 'xray' | 'care-type' | 'treatment-plan';
export type ChecklistItem = {
  id: ChecklistItemId | ChiroChecklistItemId;
  /** Short label for the UI, e.g. "Site (foramen or canal)". */
  label: string;
  met: boolean;
  /** Where the note satisfies the item (empty when missing). */
  evidence: Span[];
  /**
   * Set on an item not met when part of the note is written in a language ChartLint reads only in
   * part ('es'): the item may be documented there, so it is not checked rather than missing
   * (rules/unread-part.ts). Absent on every met item and on every item of a note read whole.
   */
  unread?: 'es';
  /**
   * Set on the X-ray item met with no X-ray in the note, because P/A/R/T shows every region's
   * subluxation ('part'): Medicare asks for one or the other (BPM 15 §240.1.2), so the X-ray is not
   * needed, and its evidence is the P/A/R/T's. Absent when an X-ray meets it, and on other items.
   */
  shownBy?: 'part';
};

/**
 * Work the core left out to stay bounded on hostile text: a sentence with more stenosis words
 * than `anchorsPerSentence` is read up to that many, and the rest of it is skipped
 * (`charactersUnread` over `sentencesCapped` sentences). Present only when something was left out.
 */
export type AnalyzeLimits = { anchorsPerSentence: number; sentencesCapped: number; charactersUnread: number };

export type AnalyzeResult = {
  codes: FoundCode[];
  mentions: Mention[];
  findings: Finding[];
  /** The documentation checklist over all note fields (site, level, mechanism, imaging, neuro). */
  checklist: ChecklistItem[];
  /**
   * A chiropractic/osteopathic visit as read (procedures, treated regions, P/A/R/T, payer assumed
   * and why, the Regions table); present only when the page is such a visit.
   */
  chiro?: ChiroVisit;
  /**
   * What the rules compared, per code and rule, with the evidence: the basis of per-code verdicts.
   * A code no rule compared has no entry (never "supported" by default).
   */
  comparisons?: Comparison[];
  /** Set when a cap left part of the text unread (see AnalyzeLimits). */
  limits?: AnalyzeLimits;
  /** Procedures that imply a site ("L5-S1 foraminotomy"): evidence apart from `mentions`; present when any. */
  procedureEvidence?: ProcedureEvidence[];
  /** One verdict per judged code: supported (a rule compared it and agreed), finding, or not-checked. */
  verdicts?: CodeVerdict[];
  /** The release the codes were checked against and how it was chosen (set by stampRelease). */
  release?: ReleaseStamp;
  /** 'inpatient' when the inpatient rule for uncertain diagnoses applied (AnalyzeInput.setting); absent for outpatient, the default. */
  setting?: 'inpatient';
  /** Set when a cumulative note was read up to the date of service's entry and later entries were left unread (see LaterEntriesUnread). */
  laterEntriesUnread?: LaterEntriesUnread;
};

/**
 * A cumulative note read for its date of service (core/dates/visit-entries.ts): the dated entries
 * after that date were left out of the reading. `entries` counts them over every note field
 * (`fieldIds`, in field order), so a surface can say "2 later entries not read".
 */
export type LaterEntriesUnread = { dateOfService: string; entries: number; fieldIds: string[] };

/** What one rule compared for one code and what it concluded (see rules/rule.ts). */
export type Comparison = {
  rule: RuleId;
  code: string;
  outcome: 'supported' | 'finding';
  /** Note spans that support the code (supported) or contradict it (finding). */
  evidence: Span[];
  /** Short plain words on what was compared. */
  reason: string;
  /** `reason` as a catalogue template and its placeholders (see Finding.messageId). */
  messageId?: string;
  params?: Record<string, string>;
};

/**
 * What ChartLint can honestly say about one entered code. `supported` only when a rule compared
 * the code with the note and the note agreed; `not-checked` when no rule compared it (with why).
 */
export type CodeVerdict = {
  code: string;
  verdict: 'supported' | 'finding' | 'not-checked';
  /** Short plain words: what was compared, what was found, or why nothing was. */
  reason: string;
  /**
   * The verdict's sentence (verdictWords) as a catalogue template and its placeholders, so the
   * badge and the panel can say it in the user's language (see Finding.messageId).
   */
  messageId?: string;
  params?: Record<string, string>;
  /** The rules that compared the code with the note (empty for not-checked). */
  checkedBy: RuleId[];
  /** Note spans that support the code (supported) or that the findings quote (finding). */
  evidence: Span[];
};
