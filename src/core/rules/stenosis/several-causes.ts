import { M99_SUBCATEGORIES } from '../../m99/m99-axes';
import type { M99StenosisAxes } from '../../m99/m99-axes';
import { MECHANISM_WORDS } from '../../mentions/lexicon';
import type { Mechanism, Mention } from '../../types';

/**
 * A narrowing the note puts down to several causes that M99 codes apart (blind QA stop 51, H6:
 * "disc bulge with facet hypertrophy and ligamentum flavum thickening producing moderate central
 * canal stenosis" made M99.33, M99.43 and M99.53 each "supported"). M99's 4th character is the
 * cause (M99.2-M99.5 for the canal: subluxation, bone, connective tissue, disc; M99.6-/M99.7- for
 * the foramina: bone or subluxation, connective tissue or disc): a statement naming causes of two
 * of them documents no one of those codes more than the other, and which one to report is the
 * coder's choice, not ours (clinical brief §1.1, §5.2: "do not auto-pick"). mechanism-unclear asks,
 * as it does for a disc-osteophyte complex alone (indeterminate-cause.ts).
 */

/** Each mechanism word list, anchored to read one quoted word whole (as indeterminate-cause.ts reads them). */
const WHOLE = MECHANISM_WORDS.map((entry) => ({
  mechanisms: entry.mechanisms,
  // "disc osteophyte complex", "DOC": bone or disc, not both (indeterminate-cause.ts).
  indeterminate: entry.mechanisms.includes('disc') && entry.mechanisms.includes('osseous'),
  pattern: new RegExp(`^(?:${entry.pattern.source})$`, 'i'),
}));

/** The M99 subcategory ("M99.4") of a site and cause. */
function subcategoryOf(site: M99StenosisAxes['site'], mechanism: Mechanism): string | undefined {
  for (const s of M99_SUBCATEGORIES) if (s.site === site && s.mechanisms.includes(mechanism)) return s.code;
  return undefined;
}

function addSubcategories(
  site: M99StenosisAxes['site'],
  mechanisms: readonly Mechanism[],
  out: string[],
): void {
  for (const mechanism of mechanisms) {
    const sub = subcategoryOf(site, mechanism);
    if (sub !== undefined && !out.includes(sub)) out.push(sub);
  }
}

/**
 * The subcategories of the code's site among which a statement's causes divide, when they divide
 * among two or more; else none. Causes named plainly count each; a disc-osteophyte complex counts
 * only when it adds a subcategory none of them is in ("ligamentum flavum infolding and disc
 * osteophyte complexes" narrowing the canal: ligament, and bone or disc), not beside a cause it
 * may itself be ("uncovertebral spurring and a disc osteophyte complex": bone is named either way).
 */
export function causeSubcategories(m: Mention, site: M99StenosisAxes['site']): string[] {
  if (m.mechanisms.length < 2) return [];
  const plain: string[] = [];
  const complex: string[] = [];
  const spans = m.mechanismEvidence;
  if (!m.mechanismAmbiguous || spans === undefined || spans.length === 0)
    addSubcategories(site, m.mechanisms, plain);
  else
    for (const span of spans) {
      const entry = WHOLE.find((e) => e.pattern.test(span.text));
      if (entry === undefined) return [];
      addSubcategories(site, entry.mechanisms, entry.indeterminate ? complex : plain);
    }
  if (plain.length === 0) return [];
  if (complex.length > 0 && !complex.some((c) => plain.includes(c)))
    for (const c of complex) if (!plain.includes(c)) plain.push(c);
  return plain.length >= 2 ? plain.sort() : [];
}

/** Whether every statement (those naming a cause) names causes that divide among the code's site's subcategories. */
export function namesSeveralCauses(named: readonly { m: Mention }[], axes: M99StenosisAxes): boolean {
  for (const s of named) if (causeSubcategories(s.m, axes.site).length < 2) return false;
  return named.length > 0;
}

/**
 * What the question quotes and offers: the cause words the statements name (each once, at most
 * four) and the codes of the subcategories they divide among, in the code's region.
 */
export function severalCauses(
  named: readonly { m: Mention }[],
  axes: M99StenosisAxes,
): { words: string[]; codes: string[] } {
  const words: string[] = [];
  const subcategories: string[] = [];
  for (const s of named) {
    for (const span of s.m.mechanismEvidence ?? []) {
      const word = span.text.toLowerCase();
      if (words.length < 4 && !words.some((w) => w.toLowerCase() === word)) words.push(span.text);
    }
    for (const sub of causeSubcategories(s.m, axes.site))
      if (!subcategories.includes(sub)) subcategories.push(sub);
  }
  const digit = axes.regionDigit === undefined ? '' : String(axes.regionDigit);
  return { words, codes: subcategories.sort().map((sub) => `${sub}${digit}`) };
}
