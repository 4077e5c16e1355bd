import { assessContext } from '../context/assess-context';
import { parseSpineCode } from '../spine-families';
import { quotesParam } from '../text/message-params';
import { sentenceBounds } from '../text/sentence-bounds';
import type { FieldText, Span } from '../types';
import type { FamilyCheck } from './check-family-code';
import { sourceRef } from './family-sources';

/**
 * Signs of radiculopathy a note can describe without the provider naming it (QA pages stop 52
 * H4): pain or numbness in a dermatome (a symptom word first: "sensation intact in the L1-L2
 * dermatomes" is a normal exam, "sensory level at the C4 dermatome" a cord level), or radiating below the knee or down the arm; a disc
 * touching, displacing or pressing on a nerve root; a positive root tension test (straight leg
 * raise, slump, femoral stretch, Spurling); a reduced or absent tendon reflex. "Compressing" or
 * "impinging on" the root is read as radiculopathy itself (condition-lexicon.ts); these are not:
 * a coder codes from the provider's diagnostic statement, not from the signs that support it
 * (ICD-10-CM Official Guidelines I.A.19). They change what the finding says, never the verdict.
 */
const SIGNS: readonly RegExp[] = [
  /\b(?:pain|numb\w*|paresthes\w*|tingling|dysesthes\w*|hypo?esthes\w*|(?:decreased|diminished|reduced|altered|loss\s+of)\s+sensation|sensory\s+loss|radiat\w*|symptoms)\b[^.;\n]{0,40}?\b(?:dermatom(?:e|es|al)|[CTLS]\d(?:\s?[-/]\s?[CTLS]?\d)?\s+(?:nerve\s+root\s+)?distribution)\b/gi,
  /\bradiat\w*\s+(?:[\w/-]+\s+){0,5}?(?:below\s+the\s+knee|(?:in)?to\s+the\s+(?:[\w/-]+\s+){0,4}?(?:foot|feet|toes?|calf|heel|hand|fingers?)|down\s+the\s+(?:\w+\s+)?(?:leg|arm))\b/gi,
  /\b(?:contact(?:s|ing)?|abut(?:s|ting)?|touch(?:es|ing)?|displac(?:es|ing|ement\s+of)|deflect(?:s|ing)?|deviat(?:es|ing)|mass\s+effect\s+(?:up)?on|effac(?:es|ing|ement\s+of))\s+(?:(?:up)?on\s+|of\s+)?(?:the\s+)?(?:[\w/-]+\s+){0,3}?(?:nerve\s+)?roots?\b/gi,
  /(?:\b(?:positive|pos\.?)\s+|\(\+\)\s*|\+\s?)(?:straight[-\s]leg[-\s]rais\w*|(?:crossed\s+)?SLR|slump|femoral\s+(?:nerve\s+)?stretch|Spurling'?s?)\b|\b(?:straight[-\s]leg[-\s]rais\w*|SLR|slump(?:\s+test)?|femoral\s+(?:nerve\s+)?stretch(?:\s+test)?|Spurling'?s?(?:\s+(?:test|sign|maneuver))?)\s*(?:test\s*)?(?::\s*|is\s+|was\s+)?(?:positive\b|pos\b|\(\+\)|\+)/gi,
  /\b(?:diminished|decreased|reduced|absent|depressed|hypoactive|trace|sluggish)\s+(?:(?:left|right|bilateral|lt|rt|L|R)\s+)?(?:ankle|achilles|patellar|knee|biceps|triceps|brachioradialis)\s+(?:reflex(?:es)?|jerks?|DTRs?)\b|\b(?:ankle|achilles|patellar|knee|biceps|triceps|brachioradialis)\s+(?:reflex(?:es)?|jerks?|DTRs?)\s+(?:(?:is|are|was|were)\s+)?(?:diminished|decreased|reduced|absent|depressed|hypoactive|trace|sluggish)\b/gi,
];

/** The signs the notes affirm, as spans, in note order (at most six). */
export function radicularSigns(notes: readonly FieldText[]): Span[] {
  const out: Span[] = [];
  for (const note of notes) {
    const text = note.text;
    for (const pattern of SIGNS) {
      pattern.lastIndex = 0;
      for (let m = pattern.exec(text); m !== null && out.length < 6; m = pattern.exec(text)) {
        const start = m.index;
        const end = start + m[0].length;
        const { status } = assessContext(
          text,
          { start, end },
          { fieldId: note.id, sentence: sentenceBounds(text, start, end) },
        );
        if (status === 'affirmed') out.push({ fieldId: note.id, start, end, text: m[0] });
      }
    }
  }
  return out.sort((a, b) => (a.fieldId === b.fieldId ? a.start - b.start : 0));
}

/**
 * A radiculopathy code (M54.1-) the lesion check found undocumented, beside a note that describes
 * signs of radiculopathy: the finding says so, quotes them and suggests a query, in place of "the
 * note does not document radiculopathy". Still a finding: nothing here supports the code.
 */
export function radicularSignsFinding(
  code: string,
  codeEvidence: Span[],
  checked: FamilyCheck,
  notes: readonly FieldText[],
): void {
  const finding = checked.findings.find((f) => f.messageId === 'finding_family_lesion_absent');
  if (!finding || parseSpineCode(code)?.axes.lesion !== 'radiculopathy') return;
  const signs = radicularSigns(notes);
  if (signs.length === 0) return;
  const quoted = signs.map((s) => s.text.replace(/\s+/g, ' '));
  const message = `${code} is radiculopathy, but the provider does not name it: the note describes signs of radiculopathy (${quoted.map((q) => `"${q}"`).join(', ')}). A code is assigned from the provider's diagnosis, not from signs (Official Guidelines I.A.19): query the provider whether radiculopathy is the diagnosis.`;
  const params = { code, quotes_quotes: quotesParam(quoted) };
  finding.message = message;
  finding.messageId = 'finding_family_radicular_signs';
  finding.params = params;
  finding.evidence = [...codeEvidence, ...signs];
  finding.sources = [sourceRef('index-dorsopathies'), sourceRef('guideline-provider-statement')];
  const compared = checked.compared.find(
    (c) => c.rule === finding.rule && c.messageId === 'finding_family_lesion_absent',
  );
  if (compared) {
    compared.reason = message;
    compared.messageId = 'finding_family_radicular_signs';
    compared.params = params;
    compared.evidence = signs;
  }
}
