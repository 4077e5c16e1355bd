import { quoteItem, quotesParam, term } from '../text/message-params';
import { FAMILY_RULE_SOURCES, SPINE_FAMILY_IDS, familyCheck } from '../families-read/family-rule';
import { chiroRegionCheck, isChiroCode } from '../chiro/chiro-region-support';
import type { Mention, Span } from '../types';
import type { CodeGroup, CodeRule, RuleOutput } from './rule';
import { fusionStatusCheck } from './fusion-status';
import { GUIDELINE_UNCERTAIN, M99_INDEX, Z98_1_ORDER } from './sources';
import { contactOnly, type ContactOnly } from './stenosis/contact-only';
import { statusWord, statusWordText, type StatusWord } from '../context/status-word';

/**
 * unsupported-code: an M99 stenosis code, and the note affirms no stenosis at all (none, or only
 * negated, uncertain, historical, hypothetical or family-history statements). A note rule: with no
 * note text read it does not run, and the code is not checked instead (note-read.ts).
 */
export const unsupportedCode: CodeRule = {
  id: 'unsupported-code',
  title: 'Note does not support the code',
  help: "The note documents nothing the code claims: no stenosis at all, or only ruled out, suspected or past stenosis. With no note text on the page (codes only, or the note in another site's frame), the code is not checked instead.",
  defaultSeverity: 'warning',
  readsNote: true,
  families: ['m99', ...SPINE_FAMILY_IDS],
  sources: [M99_INDEX, GUIDELINE_UNCERTAIN, ...FAMILY_RULE_SOURCES, Z98_1_ORDER],
  scope: 'code',
  check(code, ctx) {
    // M99.0-/M99.1- are judged against treated and subluxated regions, not stenosis statements.
    if (isChiroCode(code.code)) return chiroRegionCheck('unsupported-code', code, ctx);
    // Arthrodesis status, coded after every spinal fusion (fusion-status.ts).
    if (code.code === 'Z98.1') return fusionStatusCheck(code, ctx);
    if (!code.m99) return familyCheck('unsupported-code', code, ctx);
    if (code.exists === false) return [];
    if (ctx.affirmed.length > 0) {
      // Contact with the sac only, and the note denies the stenosis there (QA stop 44, A3).
      const contact = contactOnly(ctx.affirmed, ctx.mentions);
      return contact ? contactDenied(code, contact) : [];
    }
    return notAffirmed(code, ctx.mentions.filter((m) => m.status !== 'affirmed'));
  },
};

/**
 * The finding for an M99 stenosis code the note affirms no stenosis for, apart from the check: the
 * check runs for every code at every analysis, the message only when it fires.
 */
function notAffirmed(code: CodeGroup, other: Mention[]): RuleOutput {
  // Strings and lists built in plain loops: arrays made by map and then joined deoptimised this
  // function once it was optimised (it runs at every analysis of a note without stenosis).
  const statuses: StatusWord[] = [];
  const spans: Span[] = [];
  let statusWords = '';
  let statusTerms = '';
  let quoted = '';
  let quotes = '';
  for (const m of other) {
    spans.push(m.span);
    if (spans.length <= 3) {
      quoted += spans.length === 1 ? `"${m.span.text}"` : `, "${m.span.text}"`;
      quotes += spans.length === 1 ? quoteItem(m.span.text) : `|${quoteItem(m.span.text)}`;
    }
    // The reason carried with the status: a statement a later addendum took back is "corrected", not "negated".
    const word = statusWord(m.status, m.trigger, m.statusReason);
    if (statuses.includes(word)) continue;
    statusWords += statuses.length === 0 ? statusWordText(word) : ` or ${statusWordText(word)}`;
    statusTerms += statuses.length === 0 ? term('status', word) : `|${term('status', word)}`;
    statuses.push(word);
  }
  const uncertainOnly = other.length > 0 && statuses.every((s) => s === 'uncertain');
  const finding = {
    rule: 'unsupported-code' as const,
    severity: 'warning' as const,
    code: code.code,
    suggestions: [],
    message:
      other.length === 0
        ? `${code.code} is a stenosis code, but the note documents no spinal stenosis.`
        : `${code.code} is a stenosis code, but the note documents stenosis only as ${statusWords} (${quoted}).`,
    messageId: other.length === 0 ? 'finding_no_stenosis_documented' : 'finding_stenosis_only_as',
    params: { code: code.code, statuses_or_terms: statusTerms, quotes_quotes: quotes },
    evidence: code.evidence.concat(spans),
    sources: uncertainOnly ? [GUIDELINE_UNCERTAIN, M99_INDEX] : [M99_INDEX],
  };
  return {
    findings: [finding],
    compared: [{ rule: 'unsupported-code', code: code.code, outcome: 'finding', evidence: spans, reason: finding.message }],
  };
}

/** An M99 stenosis code beside a note whose only affirmed canal statements are contact it denies is stenosis (contact-only.ts). */
function contactDenied(code: CodeGroup, { contacts, denials }: ContactOnly): RuleOutput {
  const contactSpans = contacts.map((m) => m.span);
  const denialSpans = denials.map((m) => m.span);
  const said = (spans: Span[]) => spans.slice(0, 3).map((s) => `"${s.text}"`).join(', ');
  const message = `${code.code} is a stenosis code, but the note documents only contact with the sac or cord (${said(contactSpans)}) and denies stenosis (${said(denialSpans)}).`;
  const evidence = contactSpans.concat(denialSpans);
  return {
    findings: [
      {
        rule: 'unsupported-code',
        severity: 'warning',
        code: code.code,
        suggestions: [],
        message,
        messageId: 'finding_stenosis_contact_denied',
        params: { code: code.code, contacts_quotes: quotesParam(contactSpans.slice(0, 3).map((s) => s.text)), denials_quotes: quotesParam(denialSpans.slice(0, 3).map((s) => s.text)) },
        evidence: code.evidence.concat(evidence),
        sources: [M99_INDEX],
      },
    ],
    compared: [{ rule: 'unsupported-code', code: code.code, outcome: 'finding', evidence, reason: message }],
  };
}
