import type { Span, Status } from '../types';

/** A diagnosis named by reference to the sentence before ("the prior diagnosis", "this impression"), not by name. */
const THE_DIAGNOSIS = String.raw`(?:the|this|that|these|those|such\s+a|said|their|his|her|its)\s+(?:(?:prior|previous|earlier|above|outside|original|reported|stated|referring|radiologist'?s)\s+)?(?:diagnos[ie]s|dx|impressions?|assessments?|reading|interpretation|conclusions?)`;
/** Said of a named diagnosis ("...the diagnosis of stenosis"), the sentence has its own target, read there. */
const NOT_NAMED = String.raw`(?!\s+(?:of|for)\b)`;
const WHO = String.raw`(?:I|we|the\s+(?:examiner|reviewer|consultant|neurosurgeon|surgeon|radiologist|physician))`;

/**
 * A sentence that opens by disputing the diagnosis of the sentence before, without naming it
 * (IME and record reviews): "I do not agree with the prior diagnosis", "We disagree with this
 * impression", a bare "I disagree:" or "I do not agree." (negated, as the same-sentence "disagree with the diagnosis of" rule reads it);
 * "This diagnosis was questioned", "That is doubtful" (uncertain, as "is disputed"). Group 1 is the
 * dispute for negated, group 2 for uncertain.
 */
export const DISPUTE = new RegExp(
  String.raw`[.;!]?\s+(?:however,?\s+|on\s+review,?\s+)?` +
    String.raw`(?:(${WHO}\s+(?:(?:do|does|did)\s+not|don'?t|cannot|can\s+not)\s+(?:agree|concur)\s+with\s+${THE_DIAGNOSIS}${NOT_NAMED}|${WHO}\s+(?:disagree[sd]?|(?:(?:do|does|did)\s+not|don'?t)\s+(?:agree|concur))(?=\s*(?:[:.;,]|$))|${WHO}\s+disagree[sd]?\s+with\s+${THE_DIAGNOSIS}${NOT_NAMED}|${THE_DIAGNOSIS}\s+(?:is|was|has\s+been)\s+(?:not\s+(?:supported|substantiated|corroborated|confirmed)|unsupported|unsubstantiated|refuted)\b)` +
    String.raw`|(${THE_DIAGNOSIS}\s+(?:is|was|has\s+been)\s+(?:questioned|disputed|contested|doubtful|questionable|in\s+(?:question|doubt|dispute))\b|(?:this|that)\s+(?:is|was|has\s+been)\s+(?:questioned|disputed|doubtful|questionable)\b|${WHO}\s+(?:question|doubt|dispute)\s+${THE_DIAGNOSIS}${NOT_NAMED}))`,
  'iy',
);

/** 1 for the letters (either case) DISPUTE's next sentence may open with: however, on review, I, we, its, the..., such, said, his, her. */
const OPENS_DISPUTE = new Uint8Array(128);
for (const ch of 'hoiwts') OPENS_DISPUTE[ch.charCodeAt(0)] = OPENS_DISPUTE[ch.toUpperCase().charCodeAt(0)] = 1;

/** The words DISPUTE's next sentence may open with (lower case): however, on review, WHO, THE_DIAGNOSIS, this/that. */
const OPENING_WORDS = ['however', 'on', 'i', 'we', 'the', 'this', 'that', 'these', 'those', 'such', 'said', 'their', 'his', 'her', 'its'];

/** Whether the ASCII letters of `word` (lower case) stand at `at`, in any case, and no ASCII letter follows them. */
function wordAt(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  const after = text.charCodeAt(at + word.length) | 32;
  return !(after >= 97 && after <= 122);
}

/**
 * Whether DISPUTE may match at `at`: past a [.;!] and the spaces after it (any character from 128
 * up counted as one), one of its first words. Most sentences go on with a word no dispute opens
 * with ("Assessment", "No", "At"; "There", "She", "T11-12" past the first letter), told here
 * without a RegExp call.
 */
function mayDispute(text: string, at: number): boolean {
  let p = at;
  const c = text.charCodeAt(p);
  if (c === 46 || c === 59 || c === 33) p++;
  let next = text.charCodeAt(p);
  while (next <= 32 || next >= 128) next = text.charCodeAt(++p);
  if (OPENS_DISPUTE[next] !== 1) return false;
  for (let i = 0; i < OPENING_WORDS.length; i++) if (wordAt(text, p, OPENING_WORDS[i] as string)) return true;
  return false;
}

/**
 * The status the next sentence gives, by disputing it, to a target its own sentence left
 * undecided (see DISPUTE), with the dispute as trigger; undefined when the next sentence does not
 * open with one. `sentenceEnd` is where the target's sentence ends (its terminator follows).
 *
 * @example disputeAfter('Lumbar stenosis. I do not agree with the prior diagnosis.', 15, 'n')?.status // 'negated'
 */
export function disputeAfter(text: string, sentenceEnd: number, fieldId: string): { status: Status; trigger: Span } | undefined {
  if (!mayDispute(text, sentenceEnd)) return undefined;
  DISPUTE.lastIndex = sentenceEnd;
  const m = DISPUTE.exec(text);
  if (!m) return undefined;
  const said = m[1] ?? m[2] ?? '';
  const start = sentenceEnd + m[0].length - said.length;
  return { status: m[1] !== undefined ? 'negated' : 'uncertain', trigger: { fieldId, start, end: start + said.length, text: said } };
}
