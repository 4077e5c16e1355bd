import { quotesParam } from '../text/message-params';
import type { CodeLookup, Comparison, Excludes1Note, Finding, SourceRef, Span } from '../types';
import { parseSpineCode } from '../spine-families';
import type { CodeGroup, PageRule } from './rule';
import { DISAGREE } from '../families-read/code-verdicts';
import { familyCheck } from '../families-read/family-rule';
import { names, refsOf } from '../families-read/excludes1-refs';
import { isInjuryCode, traumaDenied } from '../families-read/trauma-denied';

/** Guideline I.A.12.a, as the family Excludes1 check cites it (spine-families/sources.ts). */
const GUIDELINE_EXCLUDES1: SourceRef = {
  title:
    'ICD-10-CM Official Guidelines I.A.12.a: an Excludes1 note means the two conditions are never coded together (unless they are unrelated)',
  url: 'https://www.cms.gov/medicare/coding-billing/icd-10-codes',
};

const TABULAR_FILES = 'https://www.cdc.gov/nchs/icd/icd-10-cm/files.html';

/** One Excludes1 note at `owner`'s place in the tabular that names `other`. */
type Hit = { owner: string; other: string; note: Excludes1Note };

/**
 * Which of the two codes the notes say to report: a note at A naming B "NOS" says B is the
 * unspecified one (M51.1: "sciatica NOS (M54.3)", so M51.17 stays); any other note at A says A's
 * condition, when it is B's, is coded at B (M43.0: "spondylolisthesis (M43.1)", so M43.17 stays).
 * Undefined when the notes disagree.
 */
function kept(hits: readonly Hit[]): string | undefined {
  let keep: string | undefined;
  for (const h of hits) {
    const k = /\bNOS\b/.test(h.note.text) ? h.owner : h.other;
    if (keep !== undefined && keep !== k) return undefined;
    keep = k;
  }
  return keep;
}

/** The pair was already told by the family Excludes1 check (M54.17 beside M51.16: classified-elsewhere M54.17 → M51.16). */
function toldBefore(prior: readonly Finding[], a: string, b: string): boolean {
  const sameSub = (x: string, y: string) => x.slice(0, 5) === y.slice(0, 5);
  return prior.some(
    (f) =>
      f.rule === 'classified-elsewhere' &&
      ((f.code === a && f.suggestions.some((s) => sameSub(s, b))) ||
        (f.code === b && f.suggestions.some((s) => sameSub(s, a)))),
  );
}

/** The M54 codes the family Excludes1 check judges against the note (family check-family-code.ts, excludes1). */
const FAMILY_EXCLUDED = new Set(['radiculopathy', 'neck-pain', 'low-back-pain']);

/** An M54 code the family Excludes1 check reads the note for (radiculopathy, cervicalgia, low back pain). */
function familyExcluded(c: CodeGroup): boolean {
  return (
    c.family !== undefined &&
    c.family.family.id !== 'm99' &&
    FAMILY_EXCLUDED.has(parseSpineCode(c.code)?.axes.lesion ?? '')
  );
}

/**
 * The family Excludes1 check reads the note for this pair (M54.2 beside M50.30: is the neck pain
 * due to the disc?): its answer, finding or none, stands. M54.2 beside an unsupported M50.30 was
 * told to keep M50.30.
 */
function judgedByFamily(a: CodeGroup, b: CodeGroup): boolean {
  const lesion = (c: CodeGroup) =>
    c.family && c.family.family.id !== 'm99' ? (parseSpineCode(c.code)?.axes.lesion ?? '') : undefined;
  const la = lesion(a);
  const lb = lesion(b);
  return la !== undefined && lb !== undefined && (FAMILY_EXCLUDED.has(la) || FAMILY_EXCLUDED.has(lb));
}

/** Every Excludes1 hit between two entered codes, both ways, in page order. */
function hitsBetween(a: CodeGroup, b: CodeGroup, notesOf: (code: string) => readonly Excludes1Note[]): Hit[] {
  const hits: Hit[] = [];
  for (const [owner, other] of [
    [a.code, b.code],
    [b.code, a.code],
  ] as const)
    for (const note of notesOf(owner))
      if (refsOf(note.text).some((r) => names(r, other))) hits.push({ owner, other, note });
  return hits;
}

/**
 * excludes1-pair: two entered codes an official Excludes1 note keeps apart (M43.07 beside M43.17:
 * M43.0 Excludes1 spondylolisthesis (M43.1); M54.32 beside M51.17: M54.3 Excludes1 sciatica due to
 * intervertebral disc disorder (M51.1-)), whatever families ChartLint reads. Runs when the surface
 * gave the notes with its lookup (CodeLookup.excludes1); only Excludes1, never Excludes2 (QA stop 44, G1).
 */
export const excludes1Pair: PageRule = {
  id: 'excludes1-pair',
  title: 'Two codes that are not reported together',
  help: 'An official Excludes1 note says the two conditions are never coded together: report the one that fits, unless the note lets both stand because the conditions are unrelated.',
  defaultSeverity: 'warning',
  readsNote: false,
  families: ['*'],
  sources: [GUIDELINE_EXCLUDES1],
  scope: 'page',
  check(ctx) {
    const notesOf = ctx.lookup?.excludes1;
    if (!notesOf || ctx.entered.length < 2) return [];
    const findings: Finding[] = [];
    const compared: Comparison[] = [];
    const codes = ctx.entered.filter((c) => c.exists !== false);
    // The pairs the family Excludes1 check reads the note for (M54.17 beside M51.17): its reading
    // decides, and the finding is this rule's, as every entered pair is (excludes1-entered.ts).
    for (const c of codes) {
      if (!familyExcluded(c)) continue;
      const out = familyCheck('excludes1-pair', c, ctx);
      if (Array.isArray(out)) continue;
      for (const f of out.findings) findings.push(f);
      for (const x of out.compared ?? []) compared.push(x);
    }
    // What the note was read against, for the other pairs' decide(): the family's findings too.
    const told = findings.length > 0 ? ctx.prior.concat(findings) : ctx.prior;
    // Read once, and only for a pair with an injury code (trauma-denied.ts).
    let trauma: { span: Span | undefined } | undefined;
    for (let i = 0; i < codes.length; i++)
      for (let j = i + 1; j < codes.length; j++) {
        const a = codes[i] as CodeGroup;
        const b = codes[j] as CodeGroup;
        if (judgedByFamily(a, b)) continue;
        const hits = hitsBetween(a, b, notesOf);
        if (hits.length === 0 || toldBefore(ctx.prior, a.code, b.code)) continue;
        const injury = isInjuryCode(a.code) !== isInjuryCode(b.code);
        if (injury && !trauma) trauma = { span: traumaDenied(ctx.notes) };
        findings.push(
          pairFinding(a, b, hits, told, injury ? trauma?.span : undefined, ctx.noteText, ctx.lookup),
        );
      }
    return compared.length > 0 ? { findings, compared } : findings;
  },
};

/**
 * The disagreements that read the note. An invalid code or a header (M43.1) is faulted for its
 * form, not for what the note says: the header's condition may be exactly the note's (M43.1 beside
 * an isthmic slip at L5-S1, whose child M43.17 the note documents; blind QA stop 54, M9).
 */
const NOTE_DISAGREE: ReadonlySet<Finding['rule']> = new Set(
  [...DISAGREE].filter((r) => r !== 'invalid-code' && r !== 'non-billable-code'),
);

/**
 * Whether `keep` is a code no family reads, the other of the pair is one a family read and found
 * no fault with in the note, and the note does not name `keep`'s condition as the Excludes1 note
 * words it (`named`).
 */
function unreadInPlaceOfRead(
  keep: string,
  a: CodeGroup,
  b: CodeGroup,
  prior: readonly Finding[],
  named: boolean,
): boolean {
  const kept = keep === a.code ? a : b;
  const other = kept === a ? b : a;
  const read = (c: CodeGroup) => c.family !== undefined || c.m99 !== undefined;
  return (
    !named &&
    !read(kept) &&
    read(other) &&
    !prior.some((f) => f.code === other.code && NOTE_DISAGREE.has(f.rule))
  );
}

/** Whether the note was read against the code and found wanting: a disagreement, or a warning that its condition is classified elsewhere. */
function noteAgainst(code: string, prior: readonly Finding[]): boolean {
  return prior.some(
    (f) =>
      f.code === code &&
      (NOTE_DISAGREE.has(f.rule) ||
        (f.rule === 'classified-elsewhere' && f.severity !== 'info') ||
        f.messageId === 'finding_family_excludes1'),
  );
}

/**
 * Which code of the pair the finding falls on, and which to report (undefined: the coder chooses),
 * decided by the note, then by the Tabular's direction, never by the order the codes were entered
 * (blind QA stop 50, H4: S39.012A or M54.50, whichever came first). A code the note does not
 * support (`denied`: the injury code of a note that denies trauma) is the one dropped; the other is
 * named only where the Tabular sends the condition to it or the note was read for it and found no
 * fault, so a suggestion never contradicts the note (QA stop 50, M2). Nor is a code nothing read
 * against the note named in place of one the note was read for and found no fault with (Q76.2,
 * congenital, beside M43.17 for an isthmic slip; QA stop 49, C7): the unread one is looked at.
 */
function decide(
  a: CodeGroup,
  b: CodeGroup,
  notes: string | undefined,
  prior: readonly Finding[],
  denied: string | undefined,
  named: boolean,
): { drop: string; keep: string | undefined } {
  const against = (c: CodeGroup) => c.code === denied || noteAgainst(c.code, prior);
  const aAgainst = against(a);
  const bAgainst = against(b);
  if (aAgainst !== bAgainst) {
    const out = aAgainst ? a : b;
    const other = aAgainst ? b : a;
    const readUnfaulted = other.family !== undefined || other.m99 !== undefined;
    return { drop: out.code, keep: notes === other.code || readUnfaulted ? other.code : undefined };
  }
  if (notes !== undefined && !aAgainst) {
    if (unreadInPlaceOfRead(notes, a, b, prior, named)) return { drop: notes, keep: undefined };
    return { drop: notes === a.code ? b.code : a.code, keep: notes };
  }
  if (notes !== undefined) return { drop: notes === a.code ? b.code : a.code, keep: undefined };
  return { drop: a.code < b.code ? a.code : b.code, keep: undefined };
}

function pairFinding(
  a: CodeGroup,
  b: CodeGroup,
  hits: readonly Hit[],
  prior: readonly Finding[],
  trauma: Span | undefined,
  noteText: string,
  lookup: CodeLookup | undefined,
): Finding {
  const notes = kept(hits);
  const denied = trauma === undefined ? undefined : isInjuryCode(a.code) ? a.code : b.code;
  const named =
    notes !== undefined &&
    hits.some((h) => h.other === notes && noteNamesExcluded(h.note.text, h.owner, a, b, noteText));
  const decided = decide(a, b, notes, prior, denied, named);
  const { drop } = decided;
  const side = decided.keep && lookup ? sideCode(drop, decided.keep, lookup) : undefined;
  const keep = side ? side.code : decided.keep;
  // Both sides named (M54.31 beside M54.42): the other code stays, and the dropped one's side has its own code.
  const inPlace = side?.both === true;
  const said = hits.map((h) => `Excludes1 at ${h.note.at}: "${h.note.text}"`);
  const deniedPart =
    denied !== undefined && trauma
      ? ` The note denies trauma ("${trauma.text}"), so it does not support ${denied}, an injury code.`
      : '';
  const message = `${a.code} and ${b.code} are not reported together (${said.join('; ')}).${deniedPart}${
    inPlace
      ? ` Report ${keep} in place of ${drop}, unless the two conditions are unrelated: ${decided.keep} is for another side, and ${keep} is the same code for ${drop}'s side.`
      : keep
        ? ` Report ${keep} for the condition, unless the two conditions are unrelated.`
        : ' Report the one that fits, unless the two conditions are unrelated.'
  }`;
  return {
    rule: 'excludes1-pair',
    severity: 'warning',
    code: drop,
    suggestions: keep ? [keep] : [],
    message,
    messageId: 'finding_excludes1_pair',
    params: {
      code: a.code,
      other: b.code,
      excludes_msgs: JSON.stringify(
        hits.map((h) => ({
          id: 'part_excludes1_note',
          params: { at: h.note.at, text_quotes: quotesParam([h.note.text]) },
        })),
      ),
      keep_msg: inPlace ? 'part_excludes1_keep_side' : keep ? 'part_excludes1_keep' : 'part_excludes1_either',
      keep: keep ?? '',
      ...(inPlace ? { drop, kept: decided.keep ?? '' } : {}),
      denied_msg: deniedPart ? 'part_excludes1_trauma_denied' : '',
      denied: denied ?? '',
      denial_quotes: trauma && deniedPart ? quotesParam([trauma.text]) : '',
    },
    evidence: deniedPart && trauma ? a.evidence.concat(b.evidence, [trauma]) : a.evidence.concat(b.evidence),
    sources: hits
      .map((h): SourceRef => ({
        title: `ICD-10-CM Tabular List, Excludes1 at ${h.note.at}: ${h.note.text}`,
        url: TABULAR_FILES,
      }))
      .concat(GUIDELINE_EXCLUDES1),
  };
}

/** The side an official title ends with ("Sciatica, right side"). */
const TITLE_SIDE = /, (right|left|unspecified) side$/;

/**
 * The code to report for the dropped code's side when the code kept names another: Excludes1 at
 * M54.3 sends "sciatica with lumbago" to M54.4-, coded by side, and M54.42 is "Lumbago with
 * sciatica, left side" while M54.31 is "Sciatica, right side": the right side's is M54.41 "Lumbago
 * with sciatica, right side" (titles of the FY2027 order file; QA stop 57). `both`: the two codes
 * name a side each (right beside left), so the kept code stays too; else the kept code is of
 * unspecified side, and the side's code replaces both. A dropped code of unspecified side changes
 * nothing: the kept code's side is the one documented.
 */
function sideCode(
  drop: string,
  keep: string,
  lookup: CodeLookup,
): { code: string; both: boolean } | undefined {
  const dropSide = TITLE_SIDE.exec(lookup(drop)?.title ?? '')?.[1];
  const keepTitle = lookup(keep)?.title ?? '';
  const keepSide = TITLE_SIDE.exec(keepTitle)?.[1];
  if (!dropSide || !keepSide || dropSide === keepSide || dropSide === 'unspecified') return undefined;
  const want = keepTitle.replace(TITLE_SIDE, `, ${dropSide} side`);
  for (let d = 0; d <= 9; d++) {
    const code = `${keep.slice(0, -1)}${d}`;
    if (lookup(code)?.title === want) return { code, both: keepSide !== 'unspecified' };
  }
  return undefined;
}

/** Words an Excludes1 note joins its condition's words with, which name no condition. */
const JOINING = new Set(['and', 'with', 'without', 'due', 'other', 'the', 'of', 'or', 'in', 'to', 'nos']);

/** A word said not to hold just before it ("not congenital", "non-congenital", "no congenital"). */
const DENIED_BEFORE = /\b(?:no|not|non|without|never)[\s-]+$/i;

/**
 * Whether the note names the condition an Excludes1 note sends to another code, by the words that
 * set it apart from the entered code's own title: M43.1 Spondylolisthesis, Excludes1 "congenital
 * spondylolisthesis (Q76.2)" is named by a note that says "congenital", not by "isthmic". Every
 * such word must be in the note and none only as denied just before it; a note whose words are all
 * the owner's title names nothing apart. A code nothing reads is preferred only on this evidence.
 */
function noteNamesExcluded(text: string, owner: string, a: CodeGroup, b: CodeGroup, note: string): boolean {
  const title = (owner === a.code ? a : b).info?.title.toLowerCase() ?? '';
  const own = new Set(title.match(/[a-z]+/g) ?? []);
  const words = (
    text
      .replace(/\([^)]*\)/g, ' ')
      .toLowerCase()
      .match(/[a-z]{4,}/g) ?? []
  ).filter((w) => !JOINING.has(w) && !own.has(w));
  if (words.length === 0) return false;
  const lower = note.toLowerCase();
  return words.every((w) => {
    for (let at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
      const before = lower.charCodeAt(at - 1);
      if (at > 0 && before >= 97 && before <= 122) continue;
      if (!DENIED_BEFORE.test(lower.slice(Math.max(0, at - 12), at))) return true;
    }
    return false;
  });
}
