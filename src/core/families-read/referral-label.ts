/**
 * Someone else's label for the visit, quoted in the note: "Referral diagnosis: lumbar
 * radiculopathy", "Reason for referral:", "Referring dx:", "Dx on referral:", "Reason for consultation:", "Lumbar
 * radiculopathy per referral", "referred by Dr. Patel for cervical radiculopathy". It is the reason
 * for the visit, not the treating provider's finding: outpatient coding codes what the provider
 * documents (Official Guidelines IV.A, IV.H; clinical-brief §5.5), so the provider's own
 * negation in the same note ("no signs of radiculopathy at this time") governs it (QA stop 51,
 * H3). A label nothing in the note contradicts still counts, as before: the provider who quotes it
 * without a word against it has not ruled it out, and calling such a code unsupported would accuse
 * many PT and consult notes that restate the referral as their diagnosis.
 */
export const REFERRAL_LABEL =
  /\b(?:(?:referral|referring|consult(?:ation)?)[ \t]+(?:diagnos[ie]s|dx|reason|question|request)|(?:diagnos[ie]s|dx)[ \t]+(?:on|from|per)[ \t]+(?:the[ \t]+)?referral|reasons?[ \t]+for[ \t]+(?:the[ \t]+)?(?:referral|consult(?:ation)?)|per[ \t]+(?:the[ \t]+)?(?:referral|referring[ \t]+(?:provider|physician|doctor|clinician|md|note|office))|referred[ \t]+(?:by|from|to[ \t]+(?:us|me|pt|physical[ \t]+therapy|clinic))\b(?:[ \t]+(?:dr|mr|mrs|ms)\.)?[^.\n]{0,60}?\b(?:for|with)|referred[ \t]+(?:for|with))\b/i;

/** A sentence's end, not a title's period ("Dr. Patel"). */
const SENTENCE_END = /(?<!\b(?:[Dd]r|[Mm]rs?|[Mm]s|[Vv]s))[.;?!][ \t]/g;

/** How far before a statement, on its line, a label may stand ("Referral diagnosis: ..." opens the line). */
const LABEL_REACH = 120;

/**
 * Whether the statement at [start, end) is a referral label: its line holds one before it (from
 * the line's start or the sentence's, LABEL_REACH characters at most), or its sentence says so after it ("...
 * radiculopathy per referral", "(per referral)").
 */
export function isReferralLabel(text: string, start: number, sentenceEnd: number): boolean {
  const reach = Math.max(0, start - LABEL_REACH);
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(Math.max(reach, lineStart), start);
  // Within the statement's sentence: "Lumbar radiculopathy per referral. On my exam today
  // radiculopathy is not present." (a label's colon does not end it).
  let cut = -1;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(before); m !== null; m = SENTENCE_END.exec(before))
    cut = m.index + m[0].length;
  if (REFERRAL_LABEL.test(cut < 0 ? before : before.slice(cut))) return true;
  let lineEnd = text.indexOf('\n', start);
  if (lineEnd < 0) lineEnd = text.length;
  return REFERRAL_LABEL.test(text.slice(start, Math.min(sentenceEnd + 1, lineEnd, start + LABEL_REACH)));
}

/**
 * Whether the note holds a word a referral label is made of ("efer", "onsult", or either in
 * capitals): most notes hold none. Two readers ask it of each note (the stenosis statements'
 * referral labels, mentions/referral-denied.ts, and the conditions', find-conditions.ts): the last
 * note's answer is kept. The lower-case pieces are looked for by their rarer part ("fer", "ult"),
 * then the letters before it: indexOf finds a piece's first character with memchr and compares the
 * rest at each, and "e" and "o" stand every few characters of a note where "f" and "u" do not.
 */
export function mayReferTo(text: string): boolean {
  if (text !== referChecked.text) {
    referChecked.text = text;
    referChecked.answer =
      holdsPiece(text, 'e', 'fer') ||
      text.indexOf('EFER') >= 0 ||
      holdsPiece(text, 'ons', 'ult') ||
      text.indexOf('ONSULT') >= 0;
  }
  return referChecked.answer;
}

/** The last note mayReferTo read and its answer (the empty text holds no piece). */
const referChecked = { text: '', answer: false };

/** Whether `head + tail` stands in `text` (as indexOf finds it), looked for by `tail`. */
function holdsPiece(text: string, head: string, tail: string): boolean {
  for (let at = text.indexOf(tail, head.length); at >= 0; at = text.indexOf(tail, at + 1))
    if (text.startsWith(head, at - head.length)) return true;
  return false;
}
