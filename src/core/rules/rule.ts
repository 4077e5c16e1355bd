/**
 * What a rule is: one file per rule exports a RuleDefinition (id, plain-words title, help, default
 * severity, families, sources, check). `analyze()` runs them in registry order (registry.ts); the
 * options page, badge, side panel and `chartlint rules` list them from the same registry.
 */
import type { CountedUncertain } from '../care-setting/counts-as-documented';
import type { ChiroContext } from '../chiro/chiro-context';
import type { ParsedFamilyCode } from '../families/types';
import type { M99StenosisAxes } from '../m99/m99-axes';
import type { ChecklistItem, CodeInfo, CodeLookup, Comparison, FieldText, Finding, FoundCode, Mention, ProcedureEvidence, RuleId, Severity, SourceRef, Span } from '../types';

export type { Comparison };

/** One entered code with everything the rules read about it. Codes written twice are one group. */
export type CodeGroup = {
  /** Dotted, upper case. */
  code: string;
  /** Every place the code was written (diagnosis fields, or the note when there are none). */
  found: FoundCode[];
  /** The spans of `found`, for findings' evidence. */
  evidence: Span[];
  /** Official data when a catalog is at hand. */
  info: CodeInfo | undefined;
  /** True or false when known (catalog, or M99's structure without one); undefined otherwise. */
  exists: boolean | undefined;
  billable: boolean | undefined;
  /** The code read through its family (families/); undefined when ChartLint has no family for it. */
  family: ParsedFamilyCode | undefined;
  /** For M99.2-M99.7: the stenosis axes the stenosis rules compare. */
  m99: M99StenosisAxes | undefined;
};

/** A check's answer: findings, plus optionally what it compared. */
export type RuleOutput = Finding[] | { findings: Finding[]; compared?: Comparison[] };

/**
 * Everything read from the page once, shared by every rule. Surfaces and other readings extend
 * this by adding optional fields (procedure lines, treated regions, payer): add, never rename.
 */
export type RuleContext = {
  fields: readonly FieldText[];
  notes: readonly FieldText[];
  /** Every note field's text joined with newlines. */
  noteText: string;
  /** Every code read on the page, from every field. */
  codes: readonly FoundCode[];
  /** The codes being judged (diagnosis fields, or the note when there are none), grouped by code. */
  entered: readonly CodeGroup[];
  mentions: readonly Mention[];
  /** The affirmed mentions (not negated, uncertain, historical, hypothetical or family history; inpatient, uncertain ones count: see `inpatient`). */
  affirmed: readonly Mention[];
  checklist: readonly ChecklistItem[];
  /**
   * Procedures that imply a site ("L5-S1 foraminotomy"), apart from the mentions: they may agree
   * with a code's site and region, never stand as a stenosis statement (mentions/find-procedures.ts).
   */
  procedureEvidence?: readonly ProcedureEvidence[];
  lookup: CodeLookup | undefined;
  /**
   * Without a catalog (a date of service before every release shipped), what is known of the codes
   * a later release added (build-context.ts historyBeforeReleases); undefined when there is a catalog.
   */
  beforeReleases: CodeLookup | undefined;
  /** Findings of the rules that ran before this one, in registry order. */
  prior: readonly Finding[];
  /** The chiropractic/osteopathic visit as read (procedures, treated regions, P/A/R/T, payer); undefined on other pages. */
  chiro?: ChiroContext;
  /**
   * Caches a value shared by several rules for this one analysis, by kind and code (e.g. the
   * closest mentions of a code: `memo('stenosis-axes', code, ...)`; '' for a value of the page).
   */
  memo: <T>(this: { memos: RuleContext['memos'] }, kind: string, code: string, make: () => T) => T;
  /** What `memo` keeps, by kind and then code. */
  memos: Map<string, Map<string, unknown>>;
  /**
   * In the inpatient setting, the uncertain statements counted as documented so far
   * (care-setting/counts-as-documented.ts); `mentions` then shows them affirmed. Undefined: outpatient.
   */
  inpatient?: CountedUncertain[] | undefined;
};

type RuleMeta = {
  id: RuleId;
  /** Plain words a coder understands: "Wrong region", not "region mismatch". */
  title: string;
  /** One or two sentences on what the rule checks and why. */
  help: string;
  defaultSeverity: Severity;
  /**
   * Whether the rule judges codes against what the note says. Such a rule does not run when no
   * note text was read (note-read.ts): ChartLint accuses a code only on text it read.
   */
  readsNote: boolean;
  /** Family ids (families/) the rule reads; ['*'] for any code. */
  families: readonly string[];
  sources: readonly SourceRef[];
};

/** A rule that looks at one entered code at a time (run for each code, in page order). */
export type CodeRule = RuleMeta & { scope: 'code'; check: (code: CodeGroup, ctx: RuleContext) => RuleOutput };
/** A rule that looks at the page as a whole (run once, after the code rules). */
export type PageRule = RuleMeta & { scope: 'page'; check: (ctx: RuleContext) => RuleOutput };
export type RuleDefinition = CodeRule | PageRule;

/** What surfaces show about a rule: everything but the check. */
export type RuleInfo = RuleMeta;

