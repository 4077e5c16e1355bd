import type { Finding, FieldText, Span } from '../types';

/**
 * A finding's evidence that quotes a statement the note negates, hedges or puts in the past: the
 * quote takes in the words that decide it when they stand right beside it in the same sentence
 * ("No foraminal stenosis at L4-5", "stenosis at L3-4 ruled out"), so a coder reading the quote
 * sees why it counts as it does. A quote without its "No" read as the opposite of the note (QA
 * pages stop 54). Only a finding's evidence changes; the mentions keep their own spans and cues.
 */
type Decided = { span: Span; status: string; trigger: Span | null };

/** Characters between a cue and its statement that may be taken in (a few words of the sentence). */
const MAX_GAP = 48;
/** What ends a sentence or a list item: the cue of another statement is beyond it. */
const BREAK = /[.;!?\n]|\s:\s/;

export function quotesWithCues(
  findings: Finding[],
  statements: readonly Decided[],
  fields: readonly FieldText[],
): void {
  const decided = statements.filter(
    (s) => s.status !== 'affirmed' && s.trigger !== null && s.trigger.fieldId === s.span.fieldId,
  );
  if (decided.length === 0) return;
  const texts = new Map(fields.map((f) => [f.id, f.text]));
  const byField = indexByField(decided);
  for (const finding of findings)
    finding.evidence = finding.evidence.map((span) => {
      const text = texts.get(span.fieldId);
      const index = byField.get(span.fieldId);
      return text === undefined || index === undefined ? span : withCue(span, text, overlapping(index, span));
    });
}

/**
 * The decided statements of one field sorted by where they start, with the longest one's length:
 * a dense page has thousands of statements and of quotes, and trying every statement for every
 * quote cost 30 ms on 1 MB of MRI findings (bench, stop 54).
 */
type FieldIndex = { sorted: { s: Decided; order: number }[]; longest: number };

function indexByField(decided: readonly Decided[]): Map<string, FieldIndex> {
  const out = new Map<string, FieldIndex>();
  decided.forEach((s, order) => {
    let index = out.get(s.span.fieldId);
    if (!index) out.set(s.span.fieldId, (index = { sorted: [], longest: 0 }));
    index.sorted.push({ s, order });
    index.longest = Math.max(index.longest, s.span.end - s.span.start);
  });
  // Statements come in note order (find-mentions keeps its mentions sorted): most lists are in
  // order already, and a run-on page's twelve thousand were sorted again for nothing.
  for (const index of out.values())
    if (!inOrder(index.sorted)) index.sorted.sort((a, b) => a.s.span.start - b.s.span.start || a.order - b.order);
  return out;
}

/** Whether the entries are sorted as indexByField sorts them (by start, then order; orders rise as pushed). */
function inOrder(sorted: readonly { s: Decided; order: number }[]): boolean {
  for (let i = 1; i < sorted.length; i++)
    if ((sorted[i - 1] as { s: Decided }).s.span.start > (sorted[i] as { s: Decided }).s.span.start) return false;
  return true;
}

/** The statements whose span overlaps `span`, in their original order (the first that fits wins, as before). */
function overlapping(index: FieldIndex, span: Span): Decided[] {
  const { sorted, longest } = index;
  // The first statement starting at or after the quote's end: every overlap is before it.
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as { s: Decided }).s.span.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const found: { s: Decided; order: number }[] = [];
  for (let i = lo - 1; i >= 0; i--) {
    const entry = sorted[i] as { s: Decided; order: number };
    if (entry.s.span.start < span.start - longest) break;
    if (entry.s.span.end > span.start) found.push(entry);
  }
  if (found.length > 1) found.sort((a, b) => a.order - b.order);
  return found.map((e) => e.s);
}

function withCue(span: Span, text: string, decided: readonly Decided[]): Span {
  for (const s of decided) {
    const cue = s.trigger as Span;
    if (s.span.fieldId !== span.fieldId || s.span.end <= span.start || s.span.start >= span.end) continue;
    if (cue.start >= span.start && cue.end <= span.end) return span;
    let start = span.start;
    let end = span.end;
    if (cue.end <= span.start) {
      const gap = text.slice(cue.end, span.start);
      if (gap.length > MAX_GAP || BREAK.test(gap)) continue;
      start = cue.start;
    } else if (cue.start >= span.end && s.status === 'negated') {
      // A cue after the statement is taken in when it denies it ("stenosis ruled out"); a hedge or
      // a past after it ("stenosis status post …", "is possibly") would cut its own phrase in half.
      const gap = text.slice(span.end, cue.start);
      if (gap.length > MAX_GAP || BREAK.test(gap)) continue;
      end = cue.end;
    } else continue;
    return { fieldId: span.fieldId, start, end, text: text.slice(start, end) };
  }
  return span;
}
