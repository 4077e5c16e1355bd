import { parseSpineCode } from '../spine-families';
import { quotesParam, term } from '../text/message-params';
import { sentenceBounds } from '../text/sentence-bounds';
import type { FieldText, Span } from '../types';
import type { FamilyCheck } from './check-family-code';
import { sourceRef } from './family-sources';

/** An injury a provider diagnoses: a sprain, strain, whiplash, contusion, fracture or dislocation, or "injury" itself. */
const INJURY = String.raw`(?:sprains?|sprained|strains?|strained|whiplash|contusions?|fractures?|dislocations?|injury|injuries)`;
/** What says the pain comes from it: "from", "due to", "secondary to", "caused by", "d/t", "2/2" ... */
const BECAUSE = String.raw`(?:from|due\s+to|secondary\s+to|caused\s+by|because\s+of|related\s+to|attributed\s+to|attributable\s+to|a\s+result\s+of|resulting\s+from|d\/t|s\/t|2\/2)`;
/** The pain, then its cause: "neck pain is from the sprain", "low back pain secondary to an acute lumbar strain". */
const PAIN_FROM = new RegExp(
  String.raw`^[^.;]{0,40}?\b${BECAUSE}\s+(?:(?:an?|the|his|her|their|this|that|recent|acute|current|new|lumbar|cervical|thoracic|neck|back|low(?:er)?\s+back|paraspinal|muscle|muscular|ligament(?:ous)?|soft[-\s]tissue|lumbosacral|mild|moderate|severe|right|left|work|lifting|MVA|MVC|motor\s+vehicle|car|sports?|fall|and|of|the)\s+){0,6}${INJURY}\b`,
  'i',
);
/** The cause, then the pain: "cervical strain causing neck pain", "lumbar sprain with resulting low back pain". */
const INJURY_CAUSING = new RegExp(
  String.raw`\b${INJURY}\s+(?:\w+\s+){0,4}?(?:causing|producing|with\s+resulting|resulting\s+in|manifest(?:ed|ing)?\s+as)\s+(?:\w+\s+){0,3}$`,
  'i',
);
/** A cause said not to be there, or only as history ("no injury", "history of a strain", "old fracture"). */
const NOT_NOW =
  /\b(?:no|not|without|denies|negative\s+for|history\s+of|h\/o|hx\s+of|prior|previous|remote|old|healed)\b[^.;,]{0,30}$/i;

/** The words of the pain codes' Excludes1 notes this reads, by the code's lesion. */
const PAIN: Record<string, { words: string; regions: RegExp }> = {
  'neck-pain': { words: 'neck pain', regions: /^S1[0-9]/ },
  'low-back-pain': { words: 'low back pain', regions: /^(?:S3[0-9])/ },
};

/** The injury the pain's own sentence puts it down to, said as current: the stretch that says so, or undefined. */
function injuryCause(span: Span, text: string): { start: number; end: number } | undefined {
  const sentence = sentenceBounds(text, span.start, span.end);
  const after = text.slice(span.end, sentence.end);
  const from = PAIN_FROM.exec(after);
  if (from) {
    const end = span.end + from.index + from[0].length;
    if (!NOT_NOW.test(text.slice(span.end, end).replace(new RegExp(`${INJURY}$`, 'i'), '')))
      return { start: span.start, end };
  }
  const before = text.slice(sentence.start, span.start);
  const causing = INJURY_CAUSING.exec(before);
  if (causing && !NOT_NOW.test(before.slice(0, causing.index)))
    return { start: sentence.start + causing.index, end: span.end };
  return undefined;
}

/**
 * A pain code of the dorsopathies (M54.2 cervicalgia, M54.5- low back pain) the lesion check found
 * supported, whose quoted pain the note puts down to a current injury in the same sentence ("Neck
 * pain is from the sprain", "low back pain from an acute lumbar muscle strain"): the block M50-M54
 * Excludes1 "current injury - see injury of spine by body region" (and at M54.5 "low back strain
 * (S39.012)") sends that pain to the injury's code, and a symptom routinely part of a diagnosed
 * condition is not coded beside it (Official Guidelines I.B.5). Added, in place, as a
 * classified-elsewhere warning to `checked` (the code's fresh check), suggesting the entered
 * injury codes of the pain's body region (S10-S19 neck, S30-S39 lower back), if any. Blind QA stop
 * 50, H4: the pair's verdict fell on whichever code was entered first.
 */
export function painFromInjury(
  code: string,
  codeEvidence: Span[],
  checked: FamilyCheck,
  notes: readonly FieldText[],
  entered: readonly string[],
): void {
  const lesion = parseSpineCode(code)?.axes.lesion ?? '';
  const pain = PAIN[lesion];
  if (!pain) return;
  const supported = checked.compared.find((c) => c.rule === 'unsupported-code' && c.outcome === 'supported');
  if (!supported || supported.evidence.length === 0) return;
  const said: Span[] = [];
  for (const span of supported.evidence) {
    const note = notes.find((n) => n.id === span.fieldId);
    if (!note) continue;
    const cause = injuryCause(span, note.text);
    if (cause)
      said.push({
        fieldId: note.id,
        start: cause.start,
        end: cause.end,
        text: note.text.slice(cause.start, cause.end),
      });
  }
  if (said.length === 0) return;
  const injuries = entered.filter((e) => pain.regions.test(e));
  const quoted = said.map((s) => s.text);
  const message = `The note puts the ${pain.words} down to a current injury (${quoted.map((q) => `"${q}"`).join(', ')}). The Excludes1 note of block M50-M54 sends a current injury to the injury codes by body region${lesion === 'low-back-pain' ? ' (and M54.5 names low back strain, S39.012)' : ''}, and pain that is part of a diagnosed injury is not coded beside it: code the injury${injuries.length > 0 ? ` (${injuries.join(', ')})` : ''}, not ${code}.`;
  const params = {
    code,
    pain_term: term('lesion', lesion),
    quotes_quotes: quotesParam(quoted),
    strain_msg: lesion === 'low-back-pain' ? 'part_low_back_strain' : '',
    injuries_msg: injuries.length > 0 ? 'part_injury_codes' : '',
    injuries: injuries.join(', '),
  };
  checked.findings.push({
    rule: 'classified-elsewhere',
    severity: 'warning',
    code,
    suggestions: injuries,
    message,
    messageId: 'finding_family_pain_from_injury',
    params,
    evidence: [...codeEvidence, ...said],
    sources: [sourceRef('tabular-current-injury'), sourceRef('guideline-symptoms')],
  });
  checked.compared.push({
    rule: 'classified-elsewhere',
    code,
    outcome: 'finding',
    evidence: said,
    reason: message,
    messageId: 'finding_family_pain_from_injury',
    params,
  });
}
