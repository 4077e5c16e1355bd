import type { FieldText, Span } from '../types';

/**
 * Whether a statement stands in the indication line of an imaging report ("History: LBP.",
 * "Indication: low back pain", "Reason for exam: neck pain"): the ordering reason a radiology report
 * repeats, not a diagnosis the interpreting physician documents. Guidelines IV.K (outpatient
 * diagnostic services): code the confirmed diagnoses documented in the interpretation, not the
 * related signs and symptoms; so the report alone does not say the back pain is discogenic (M51.37-'s
 * 6th character), and a qualifier finding resting only on it is info (QA stop 46, G34). A report is a
 * note with both a Findings and an Impression heading at a line start; in a clinic note, "History:"
 * heads the provider's own history, which documents the pain.
 */
const INDICATION_LINE =
  /^[ \t]*(?:clinical\s+)?(?:history|indications?|reason\s+for\s+(?:the\s+)?(?:exam(?:ination)?|study|imaging|referral)|clinical\s+(?:information|indication|data))[ \t]*:/i;
const FINDINGS_HEADING = /(?:^|\n)[ \t]*findings?[ \t]*:/i;
const IMPRESSION_HEADING = /(?:^|\n)[ \t]*(?:impressions?|conclusions?)[ \t]*:/i;

/** A reader of the notes for imagingIndication, made once per analysis: each note is judged a report once, when first asked. */
export type IndicationReader = (span: Span) => boolean;

export function imagingIndicationReader(notes: readonly FieldText[]): IndicationReader {
  const reports = new Map<string, boolean>();
  return (span) => {
    const note = notes.find((n) => n.id === span.fieldId);
    if (!note) return false;
    let report = reports.get(note.id);
    if (report === undefined)
      reports.set(note.id, (report = FINDINGS_HEADING.test(note.text) && IMPRESSION_HEADING.test(note.text)));
    if (!report) return false;
    const lineStart = note.text.lastIndexOf('\n', span.start - 1) + 1;
    return INDICATION_LINE.test(note.text.slice(lineStart, span.start));
  };
}
