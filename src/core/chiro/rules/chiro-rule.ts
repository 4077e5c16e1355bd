import type { FoundCode, Finding, RuleId, Severity, SourceRef } from '../../types';
import type { ChiroVisit } from '../chiro-types';
import type { UnknownProcedureToken } from '../read-procedures';

/** What every chiropractic rule reads: the visit as read from the note and the codes entered, in order. */
export type ChiroContext = {
  visit: ChiroVisit;
  /** Codes judged for this visit (diagnosis fields, or the note when there are none), first-listed first. */
  codes: FoundCode[];
  unknownProcedures: UnknownProcedureToken[];
};

/**
 * One rule, one file: id, plain-words title, help, default severity, the code families it applies
 * to, its sources and its check. Shaped like the registry's rule entries so that it moves there as is.
 */
export type ChiroRule = {
  id: RuleId;
  title: string;
  help: string;
  defaultSeverity: Severity;
  families: string[];
  sources: SourceRef[];
  check: (ctx: ChiroContext) => Finding[];
};
