import type { FieldText, Span } from '../types';
import type { PayerGuess, PayerId } from './chiro-types';
import { primaryPayerStatement } from './payer-statement';

/**
 * The labels of a coverage line, as a regular expression's source (no flags, no groups that
 * capture), in full and as banners abbreviate them ("Ins:", "Cvg:", "Prim Ins", "Sec. Payer", "Fin
 * Class": the payer's class, QA stop 47), with the rank and the suffix a form may add ("Primary
 * insurance name", "Insurance company"). "Plan:" alone is the treatment plan in a SOAP note, never
 * the health plan: it is no label. One list for this reader and the content script, which sends
 * only what these labels name (src/content/find-coverage-fields.ts), as written.
 *
 * @example new RegExp(`^(?:${PAYER_LABEL})$`, 'i').test('Fin Class') === true
 */
export const PAYER_LABEL = String.raw`(?:(?:primary|secondary|tertiary|prim|pri|sec)\.?\s+)?(?:insurance|insurer|ins\.?|payer|payor|coverage|cvg|carrier|health\s+plan|insurance\s+plan|fin(?:ancial)?\.?\s+class)(?:\s+(?:name|plan|provider|company))?`;
/**
 * Where a coverage line's value ends before the line does: a full stop, then a word of three
 * letters or more or a level starting the next sentence. Not an initialism's stop ("U.S. Dept. of
 * Labor") nor a short abbreviation's ("Ins. Co."), which the value goes on through.
 */
const VALUE_END = /(?<!\b[A-Z]\.[A-Z])\.\s+(?=[A-Z][a-z]{2,}|[A-Z]\d)/;
// A labelled coverage line: "Insurance: Medicare Part B", "Primary payer - Aetna", "Coverage: self-pay", "Fin Class: MCR".
const LABELLED = new RegExp(String.raw`\b(${PAYER_LABEL})\s*(?:\(primary\)\s*)?(?:name\s*)?[:=-]\s*([^\n;|]{2,60})`, 'gi');
/** A label that names a payer billed after the first ("Secondary insurance", "Sec Ins"). */
const NOT_FIRST = /^(?:secondary|tertiary|sec)\b/i;
// Free wording that names the patient's Medicare coverage.
const FREE =
  /\b(?:medicare\s+(?:part\s+b\s+)?(?:patient|beneficiary|primary|part\s+b)|(?:primary|insured\s+by|covered\s+by|billed\s+to|bill|on)\s+medicare(?!\s+advantage))\b/gi;
const NOT_MEDICARE = /\b(?:non-?medicare|not\s+(?:a\s+)?medicare|no\s+medicare)\b/i;

/** The payer a coverage value names; undefined for values that name none. */
export function classifyPayer(value: string): PayerId | undefined {
  const v = value.toLowerCase();
  if (/\bsecondary\b/.test(v) && !/\bprimary\b/.test(v)) return undefined;
  // Medicare Advantage plans are private plans with their own rules: not "Medicare" for these checks.
  if (/\b(?:medicare|mcr)\s+adv(?:antage)?\b|\bMA\s+plan\b|\bmedicare\s+replacement\b/i.test(v)) return 'commercial';
  // A financial class is often its billing abbreviation: "Fin Class: MCR" (Medicare), "MCD" (Medicaid).
  if (/\bmedicare\b|\bcms\b|\bpart\s+b\b|\bmcr\b/.test(v)) return 'medicare';
  if (/\bmedicaid\b|\bmedi-cal\b|\bmcd\b/.test(v)) return 'medicaid';
  if (/\bworkers'?\s*comp|\bw\/?c\b/.test(v)) return 'workers-comp';
  if (/\bauto\b|\bpip\b|\bmotor\s+vehicle\b|\bmva\b/.test(v)) return 'auto';
  if (/\bself[- ]?pay\b|\bcash\b|\buninsured\b/.test(v)) return 'self-pay';
  if (/\b(?:none|n\/a|unknown|pending)\b/.test(v)) return undefined;
  return 'commercial';
}

const LABEL: Record<PayerId, string> = {
  medicare: 'Medicare',
  medicaid: 'Medicaid',
  commercial: 'a commercial plan',
  'self-pay': 'self-pay',
  'workers-comp': "workers' compensation",
  auto: 'auto insurance',
  unknown: 'unknown',
};
export const payerLabel = (payer: PayerId): string => LABEL[payer];

/**
 * PayerGuess.reason as a catalogue template's placeholders, for findings that quote it (the
 * surfaces' other languages): `payer_reason_msg` names the sentence.
 */
export function payerReasonParams(guess: PayerGuess): Record<string, string> {
  if (guess.source === 'page') return { payer_reason_msg: 'part_payer_page', payer_quote: guess.evidence?.text ?? '' };
  if (guess.source === 'setting') return { payer_reason_msg: 'part_payer_setting', payer_term: `payer_${guess.payer.replace(/-/g, '_')}` };
  return { payer_reason_msg: 'part_payer_unknown' };
}

/**
 * The payer a visit is billed to: from the page first (a coverage line or a banner naming it),
 * else the per-site setting (or the CLI's --payer), else unknown. Payer-specific rules run only
 * when this says Medicare, and the panel shows the reason.
 *
 * @example detectPayer([{id: 'n', kind: 'note', text: 'Insurance: Medicare Part B'}]).payer === 'medicare'
 */
export function detectPayer(all: FieldText[], fallback?: PayerId): PayerGuess {
  // The page's own coverage fields (a banner's "Payer: …") outrank a line written in the note.
  const fields = [...all.filter((f) => f.kind === 'coverage'), ...all.filter((f) => f.kind !== 'coverage')];
  for (const field of fields) {
    for (const m of field.text.matchAll(LABELLED)) {
      // The value ends with its sentence: "Coverage: Medicare Part B. Active care for 4 weeks."
      // names the payer, not the care (a quote that ran on into the next sentence; QA stop 54).
      const written = m[2] ?? '';
      const end = VALUE_END.exec(written);
      const value = end ? written.slice(0, end.index) : written;
      const matched = m[0].slice(0, m[0].length - written.length + value.length);
      // "Secondary insurance: Medicare" names the secondary payer, not the one billed first.
      const before = field.text.slice(Math.max(0, m.index - 16), m.index);
      if (NOT_MEDICARE.test(value) || NOT_FIRST.test(m[1] ?? '') || /\b(?:secondary|tertiary)\s*$/i.test(before)) continue;
      const payer = classifyPayer(value);
      if (!payer) continue;
      const evidence: Span = {
        fieldId: field.id,
        start: m.index,
        end: m.index + matched.trimEnd().length,
        text: matched.trimEnd(),
      };
      return { payer, source: 'page', reason: `the page says "${evidence.text}"`, evidence };
    }
    // A banner that names the program with no label ("MEDICARE PART B — PRIMARY", a "Medicare"
    // pill): read in the page's coverage fields only, where the content script sent it as such.
    const statement = field.kind === 'coverage' ? primaryPayerStatement(field.text) : undefined;
    const payer = statement && !NOT_MEDICARE.test(statement.text) ? classifyPayer(statement.payerText) : undefined;
    if (statement && payer) {
      const evidence: Span = { fieldId: field.id, start: statement.start, end: statement.end, text: statement.text };
      return { payer, source: 'page', reason: `the page says "${evidence.text}"`, evidence };
    }
  }
  for (const field of fields) {
    for (const m of field.text.matchAll(FREE)) {
      const before = field.text.slice(Math.max(0, m.index - 12), m.index);
      if (NOT_MEDICARE.test(`${before}${m[0]}`)) continue;
      // "98943 not covered by Medicare" says what Medicare does not pay, and quoted as "covered by
      // Medicare" it reads as the opposite (QA stop 45, H): not a coverage statement.
      if (/\b(?:not|never|isn'?t|aren'?t)\s+$/i.test(before)) continue;
      const evidence: Span = { fieldId: field.id, start: m.index, end: m.index + m[0].length, text: m[0] };
      return { payer: 'medicare', source: 'page', reason: `the page says "${m[0]}"`, evidence };
    }
  }
  if (fallback && fallback !== 'unknown')
    return {
      payer: fallback,
      source: 'setting',
      reason: `the payer setting for this site (or the command line) says ${payerLabel(fallback)}`,
    };
  return {
    payer: 'unknown',
    source: 'unknown',
    reason: 'no coverage line on the page and no payer setting for this site',
  };
}

/** A payer id as typed in a setting or on the command line ("medicare"); undefined for anything else, never guessed. */
export function parsePayer(value: string): PayerId | undefined {
  const v = value.trim().toLowerCase();
  if (!v) return undefined;
  const exact: Record<string, PayerId> = {
    medicare: 'medicare',
    medicaid: 'medicaid',
    commercial: 'commercial',
    'self-pay': 'self-pay',
    'workers-comp': 'workers-comp',
    auto: 'auto',
    unknown: 'unknown',
  };
  return exact[v];
}
