import { MECHANISM_WORDS } from '../../mentions/lexicon';
import type { Mechanism, Mention } from '../../types';

/**
 * Each mechanism word list, anchored to read one quoted word whole: which causes a mention's
 * evidence span names, asked again of the few spans of an ambiguous mention only.
 */
const WHOLE = MECHANISM_WORDS.map((entry) => ({
  mechanisms: entry.mechanisms,
  // A list that names disc and bone in one word ("disc osteophyte complex", "DOC").
  indeterminate: entry.mechanisms.includes('disc') && entry.mechanisms.includes('osseous'),
  pattern: new RegExp(`^(?:${entry.pattern.source})$`, 'i'),
}));

/**
 * Whether a statement names the code's cause only through a word that does not tell bone from
 * disc. Why: "disc osteophyte complex" is deliberately non-specific (disc, osteophyte and
 * calcification that MRI cannot separate; clinical brief §5.2, AJNR editorial), so it supports
 * neither M99.6-/M99.3- (bone) nor M99.7-/M99.5- (disc) on its own, and the brief's rule is to ask
 * the clinician (§7.3, the mechanism router). A statement that also names the code's cause in its
 * own words ("uncovertebral spurring and a disc osteophyte complex") documents it.
 */
export function namesCauseOnlyAmbiguously(m: Mention, codeMechanisms: readonly Mechanism[]): boolean {
  const spans = m.mechanismEvidence;
  if (!m.mechanismAmbiguous || spans === undefined || spans.length === 0) return false;
  let ambiguous = false;
  for (const span of spans) {
    const entry = WHOLE.find((e) => e.pattern.test(span.text));
    if (entry === undefined) return false;
    if (!entry.mechanisms.some((c) => codeMechanisms.includes(c))) continue;
    if (!entry.indeterminate) return false;
    ambiguous = true;
  }
  return ambiguous;
}
