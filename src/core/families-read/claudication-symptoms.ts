import { assessContext } from '../context/assess-context';
import { parseSpineCode } from '../spine-families';
import { quotesParam, term } from '../text/message-params';
import { sentenceBounds } from '../text/sentence-bounds';
import type { FieldText, Span } from '../types';
import type { FamilyCheck } from './check-family-code';
import { sourceRef } from './family-sources';

/**
 * Neurogenic claudication described by its symptoms without the provider naming it (QA stop 54,
 * class 2): leg or buttock symptoms brought on by walking or standing and eased by a posture that
 * flexes the lumbar spine (sitting, leaning or bending forward, leaning on a cart). That posture is
 * what tells it from vascular claudication, which eases with rest whatever the posture (clinical
 * brief, spinal stenosis), so relief by rest alone is not read here. One sentence holds all three.
 * A coder codes from the provider's diagnostic statement, not the symptoms (Official Guidelines
 * I.A.19): a "with neurogenic claudication" code beside them is a question for the provider, not
 * a "without" code, which would say the note rules it out.
 */
const RELIEF =
  /\b(?:reliev\w*|improv\w*|eas(?:es|ed|ing)|better|resolv\w*|alleviat\w*|subsid\w*|goes\s+away|went\s+away)\b[^.;\n]{0,40}?\b(?:sitting|sits|sit(?:s)?\s+down|(?:lean|bend|stoop)(?:s|ing)?\s+forward|forward\s+(?:flexion|lean(?:ing)?|bend(?:ing)?)|lumbar\s+flexion|flexion|flexing|stooping|lean(?:s|ing)\s+on\s+(?:a\s+|the\s+)?(?:shopping\s+)?cart)\b|\bshopping[-\s]cart\s+sign\b/gi;
/** A leg or buttock symptom: where the claudication is felt. */
const LEG = /\b(?:legs?|buttocks?|thighs?|calf|calves|lower\s+extremit(?:y|ies)|LEs?|BLE)\b/i;
/** What brings it on. */
const EXERTION = /\b(?:walk\w*|ambulat\w*|standing|stand(?:s)?\b|upright)/i;

/** The symptom descriptions the notes affirm, one span per sentence (its first leg or exertion word to the relief), at most three. */
export function claudicationSymptoms(notes: readonly FieldText[]): Span[] {
  const out: Span[] = [];
  for (const note of notes) {
    const text = note.text;
    RELIEF.lastIndex = 0;
    for (let m = RELIEF.exec(text); m !== null && out.length < 3; m = RELIEF.exec(text)) {
      const end = m.index + m[0].length;
      const sentence = sentenceBounds(text, m.index, end);
      const before = text.slice(sentence.start, m.index);
      const leg = LEG.exec(before);
      const exertion = EXERTION.exec(before);
      const shoppingCart = /^shopping/i.test(m[0]);
      if (!shoppingCart && (!leg || !exertion)) continue;
      const start = shoppingCart
        ? m.index
        : sentence.start + Math.min(leg?.index ?? Infinity, exertion?.index ?? Infinity);
      const { status } = assessContext(text, { start, end }, { fieldId: note.id, sentence });
      if (status === 'affirmed') out.push({ fieldId: note.id, start, end, text: text.slice(start, end) });
    }
  }
  return out;
}

/**
 * A "with neurogenic claudication" code (M48.062) whose qualifier check found it undocumented,
 * beside a note that describes its symptoms: the finding says so, quotes them and asks for a query,
 * in place of "the note does not document neurogenic claudication", and suggests no "without" code.
 * Info, as every finding that asks the provider; never a supported verdict.
 */
export function claudicationSymptomsFinding(
  code: string,
  codeEvidence: Span[],
  checked: FamilyCheck,
  notes: readonly FieldText[],
): void {
  if (parseSpineCode(code)?.axes.qualifiers?.['neurogenic-claudication'] !== true) return;
  const finding = checked.findings.find(
    (f) => f.rule === 'qualifier-mismatch' && f.messageId === 'finding_family_qualifier',
  );
  if (!finding || !onlyClaudicationAbsent(finding.params?.parts_msgs)) return;
  const symptoms = claudicationSymptoms(notes);
  if (symptoms.length === 0) return;
  const quoted = symptoms.map((s) => s.text.replace(/\s+/g, ' '));
  const message = `${code} says with neurogenic claudication, but the provider does not name it: the note describes its symptoms (${quoted.map((q) => `"${q}"`).join(', ')}). A code is assigned from the provider's diagnosis, not from symptoms (Official Guidelines I.A.19): query the provider whether neurogenic claudication is the diagnosis.`;
  const params = { code, quotes_quotes: quotesParam(quoted) };
  const original = { message: finding.message, messageId: finding.messageId };
  finding.severity = 'info';
  finding.suggestions = [];
  finding.message = message;
  finding.messageId = 'finding_family_claudication_symptoms';
  finding.params = params;
  finding.evidence = [...codeEvidence, ...symptoms];
  finding.sources = [sourceRef('index-dorsopathies'), sourceRef('guideline-provider-statement')];
  const compared = checked.compared.find(
    (c) => c.rule === finding.rule && c.reason === original.message && c.messageId === original.messageId,
  );
  if (compared) {
    compared.reason = message;
    compared.messageId = 'finding_family_claudication_symptoms';
    compared.params = params;
    compared.evidence = symptoms;
  }
}

/** Whether a qualifier finding's only part says the note does not document neurogenic claudication. */
function onlyClaudicationAbsent(partsJson: string | undefined): boolean {
  if (!partsJson) return false;
  try {
    const parts = JSON.parse(partsJson) as { id?: string; params?: Record<string, string> }[];
    return (
      parts.length === 1 &&
      parts[0]?.id === 'part_says_with_absent' &&
      parts[0].params?.qualifier_term === term('qual', 'neurogenic-claudication')
    );
  } catch {
    return false;
  }
}
