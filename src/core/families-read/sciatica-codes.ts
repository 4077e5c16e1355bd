import { listParam, quotesParam, term, terms } from '../text/message-params';
import { spanOf } from '../text/span-of';
import { statusWord, statusWordText } from '../context/status-word';
import type { ParsedSpineCode } from '../spine-families';
import type { Side } from '../families/types';
import type { Comparison, Finding, RuleId, Severity, Span } from '../types';
import { statusOf, statusReasonOf, triggerOf, type Condition } from './find-conditions';
import { LESION_KINDS } from './lesion-kinds';
import { codesBySide, sidesOf, type SciaticaSides } from './lumbago-sciatica';
import { sciaticaCauseOf } from './sciatica-cause';

/**
 * The side and the lumbago of M54.3- Sciatica and M54.4- Lumbago with sciatica, read from the
 * sciatica statements the lesion check affirmed (check-family-code.ts). The data is the families'
 * (spine-families/families.ts: each code's `side` axis and its lesion); the words are the
 * Tabular's and the Index's:
 * - M54.30/M54.40 unspecified side, M54.31/M54.41 right side, M54.32/M54.42 left side (order file).
 *   No code names both sides: a bilateral sciatica is coded with the right and the left code
 *   (Guidelines I.B.13), so a right code beside a bilateral sciatica asks for the left one too.
 * - M54.3 Excludes1 "sciatica with lumbago (M54.4-)", and M54.4 is "Lumbago with sciatica": a
 *   sciatica code beside low back pain is M54.4- (by side), and an M54.4- code whose note affirms
 *   no low back pain is sciatica alone, M54.3-.
 * Sciatica the note ties to a disc is the disc's (Excludes1 at M54.3 and M54.4: M51.1-): the
 * family's Excludes1 check says so (check-family-code.ts, excludes1), and it is not read here.
 */

/** What the checks below found, added to the code's findings or comparisons by the caller. */
export type SciaticaOutcome =
  | {
      outcome: 'finding';
      rule: RuleId;
      severity: Severity;
      suggestions: string[];
      message: string;
      spans: Span[];
      sources: string[];
      template: { messageId: string; params: Record<string, string> };
    }
  | {
      outcome: 'supported';
      rule: RuleId;
      spans: Span[];
      reason: string;
      template: { messageId: string; params: Record<string, string> };
    };

/** What the checks need from the family check: a statement's sentence, its broad areas, and whether a disc is its cause. */
export type SciaticaReaders = {
  sentenceOf: (c: Condition) => string;
  areasOf: (c: Condition) => readonly string[];
  fromDisc: (c: Condition, conditions: readonly Condition[]) => boolean;
};

const ORDER = 'order-fy2026-dorsopathies';
const SCIATICA_TAB = 'tabular-m54-3-sciatica';
const LUMBAGO_TAB = 'tabular-m54-4-sciatica';
const LOW_BACK_KINDS = LESION_KINDS['low-back-pain'] ?? [];

/** Where a side word stands just before the statement, or just after it ("left-sided sciatica", "sciatica, right side"). */
const SIDE_WORD = String.raw`\b(?:left|right|lt|rt|bilateral(?:ly)?|both|[LR])\b`;
/** The nearest side word before the statement (no other side word after it). */
const SIDE_BEFORE = new RegExp(`${SIDE_WORD}(?![^.;:\\n]*${SIDE_WORD})[^.;:\\n]{0,30}$`, 'i');
const SIDE_AFTER =
  /^[^.;:\n]{0,20}?\b(?:left|right|bilateral(?:ly)?)\b(?:\s+(?:side|leg|lower\s+(?:extremity|limb)))?/i;

/** The statement with the side word the note writes beside it, for quotation ("right-sided sciatica"). */
function withSide(c: Condition): Span {
  const field = c.note?.field;
  if (!field) return c.span;
  const text = field.text;
  const before = SIDE_BEFORE.exec(text.slice(Math.max(c.sentence.start, c.span.start - 40), c.span.start));
  if (before) return spanOf(field, c.span.start - before[0].length, c.span.end);
  const after = SIDE_AFTER.exec(text.slice(c.span.end, Math.min(c.sentence.end, c.span.end + 40)));
  return after ? spanOf(field, c.span.start, c.span.end + after[0].length) : c.span;
}

function firstQuotes(spans: readonly Span[]): string[] {
  const out: string[] = [];
  for (const s of spans) if (!out.includes(s.text) && out.length < 3) out.push(s.text);
  return out;
}
const quoted = (spans: readonly Span[]) =>
  firstQuotes(spans)
    .map((t) => `"${t}"`)
    .join(', ');
const quotes = (spans: readonly Span[]) => quotesParam(firstQuotes(spans));

/** "a" or "a and b" (a side-coded category has two sided codes at most). */
const andList = (items: readonly string[]) => items.join(' and ');

/** The sides a note names, in words: "right", "left", "right and left". */
const sideWords = (sides: SciaticaSides): Side[] => [
  ...(sides.right ? (['right'] as const) : []),
  ...(sides.left ? (['left'] as const) : []),
];

/**
 * The side and lumbago checks for an M54.3- or M54.4- code, given its affirmed sciatica
 * statements. Empty for another code, and when every statement is tied to a disc.
 */
export function sciaticaCodeChecks(
  parsed: ParsedSpineCode,
  sciatica: readonly Condition[],
  conditions: readonly Condition[],
  read: SciaticaReaders,
): SciaticaOutcome[] {
  const side = parsed.axes.side;
  const lesion = parsed.axes.lesion;
  if (!side || (lesion !== 'sciatica' && lesion !== 'lumbago-with-sciatica')) return [];
  const own = sciatica.filter((c) => !read.fromDisc(c, conditions));
  if (own.length === 0) return [];
  const sides = sidesOf(own, read.sentenceOf);
  // Sciatica the note puts down to the sciatic nerve itself is G57.0-, not the spine's (sciatica-cause.ts).
  const nerve = nerveLesion(parsed, lesion, own, conditions, sides, read);
  if (nerve) return [nerve];
  const out: SciaticaOutcome[] = [sideCheck(parsed, side, own, sides)];
  // The suggestions of the lumbago checks keep the side the note names, else the code's own.
  const kept: SciaticaSides =
    sides.left || sides.right ? sides : { right: side === 'right', left: side === 'left' };
  const lumbago = lumbagoCheck(parsed, lesion, own, conditions, kept, read);
  if (lumbago) out.push(lumbago);
  return out;
}

/**
 * G57.0- by side, as G57 codes it: 1 right, 2 left, 3 both (it has a bilateral code, unlike M54.3-), 0 unspecified.
 */
function sciaticNerveCodes(sides: SciaticaSides): string[] {
  if (sides.left && sides.right) return ['G57.03'];
  return [sides.right ? 'G57.01' : sides.left ? 'G57.02' : 'G57.00'];
}

/**
 * An M54.3-/M54.4- code whose every sciatica statement the note puts down to a lesion of the sciatic
 * nerve ("right sciatica secondary to piriformis syndrome"): M54.3 Excludes1 "lesion of sciatic nerve
 * (G57.0)", and G57.0 Excludes1 "sciatica NOS (M54.3-)". M54.4- holds the same sciatica: its low
 * back pain, if the note affirms one, is then M54.5- on its own (M54.50, the Index's "Pain, low
 * back"). Undefined unless every statement names such a cause.
 */
function nerveLesion(
  parsed: ParsedSpineCode,
  lesion: string,
  own: readonly Condition[],
  conditions: readonly Condition[],
  sides: SciaticaSides,
  read: SciaticaReaders,
): SciaticaOutcome | undefined {
  const causes: Span[] = [];
  for (const c of own) {
    const cause = sciaticaCauseOf(c);
    if (!cause?.nerve) return undefined;
    causes.push(cause.span);
  }
  const code = parsed.code;
  const nerveCodes = sciaticNerveCodes(sides);
  const lumbago =
    lesion === 'lumbago-with-sciatica' &&
    lowBackPain(conditions, read).some((c) => statusOf(c) === 'affirmed');
  const suggestions = lumbago ? [...nerveCodes, 'M54.50'] : nerveCodes;
  return {
    outcome: 'finding',
    rule: 'classified-elsewhere',
    severity: 'warning',
    suggestions,
    message: `${code} is ${lesion === 'sciatica' ? 'sciatica' : 'lumbago with sciatica'}, but the note puts the sciatica down to a lesion of the sciatic nerve (${quoted(causes)}). An Excludes1 note at M54.3- (sciatica) sends a lesion of the sciatic nerve to G57.0-, coded by side (${andList(nerveCodes)}).${lumbago ? ' The low back pain is then coded on its own (M54.50; Index: Pain, low back).' : ''}`,
    spans: [...own.map(withSide), ...causes],
    sources: [SCIATICA_TAB, 'guideline-excludes1'],
    template: {
      messageId: 'finding_family_sciatic_nerve',
      params: {
        code,
        lesion_term: term('lesion', lesion),
        quotes_quotes: quotes(causes),
        codes_list: listParam(nerveCodes),
        lumbago_msg: lumbago ? 'sentence_low_back_pain_alone' : '',
      },
    },
  };
}

function sideCheck(
  parsed: ParsedSpineCode,
  side: Side,
  own: readonly Condition[],
  sides: SciaticaSides,
): SciaticaOutcome {
  const code = parsed.code;
  const category = code.slice(0, 5);
  const spans = own.map(withSide);
  const named = sideWords(sides);
  const sources = [ORDER, category === 'M54.4' ? LUMBAGO_TAB : SCIATICA_TAB];
  if (side === 'unspecified') {
    if (named.length === 0)
      return {
        outcome: 'supported',
        rule: 'region-mismatch',
        spans,
        reason: `the note names no side for the sciatica (${quoted(spans)}), as the code's unspecified side says`,
        template: { messageId: 'reason_family_side_none', params: { quotes_quotes: quotes(spans) } },
      };
    const suggestions = codesBySide(category, sides);
    return {
      outcome: 'finding',
      rule: 'region-mismatch',
      severity: 'info',
      suggestions,
      message: `${code} is for an unspecified side, but the note documents the sciatica on the ${named.join(' and ')} side (${quoted(spans)}): a code that names the side says more (${andList(suggestions)}). The unspecified code is for when the note does not say.`,
      spans,
      sources: [...sources, 'guideline-unspecified', ...(named.length > 1 ? ['guideline-laterality'] : [])],
      template: {
        messageId: 'finding_family_side_unspecified',
        params: {
          code,
          sides_terms: terms('side', named),
          quotes_quotes: quotes(spans),
          codes_list: listParam(suggestions),
        },
      },
    };
  }
  const other: Side = side === 'right' ? 'left' : 'right';
  const otherCode = `${category}${other === 'right' ? '1' : '2'}`;
  if (named.length === 0)
    return {
      outcome: 'finding',
      rule: 'region-mismatch',
      severity: 'info',
      suggestions: [],
      message: `${code} is for the ${side} side, but the note names no side for the sciatica (${quoted(spans)}). Check the side.`,
      spans,
      sources,
      template: {
        messageId: 'finding_family_side_none',
        params: { code, side_term: term('side', side), quotes_quotes: quotes(spans) },
      },
    };
  if (sides[side] && !sides[other])
    return {
      outcome: 'supported',
      rule: 'region-mismatch',
      spans,
      reason: `the note documents the sciatica on the ${side} side (${quoted(spans)})`,
      template: {
        messageId: 'reason_family_side',
        params: { side_term: term('side', side), quotes_quotes: quotes(spans) },
      },
    };
  if (sides[side])
    return {
      outcome: 'finding',
      rule: 'region-mismatch',
      severity: 'info',
      suggestions: [otherCode],
      message: `${code} is for the ${side} side, and the note documents the sciatica on both sides (${quoted(spans)}). No code names both sides: the right and the left code are reported together (${category}1 and ${category}2).`,
      spans,
      sources: [...sources, 'guideline-laterality'],
      template: {
        messageId: 'finding_family_side_both',
        params: {
          code,
          side_term: term('side', side),
          quotes_quotes: quotes(spans),
          codes_list: listParam([`${category}1`, `${category}2`]),
        },
      },
    };
  return {
    outcome: 'finding',
    rule: 'region-mismatch',
    severity: 'error',
    suggestions: [otherCode],
    message: `${code} is for the ${side} side, but the note documents the sciatica on the ${other} side (${quoted(spans)}).`,
    spans,
    sources,
    template: {
      messageId: 'finding_family_side_other',
      params: {
        code,
        side_term: term('side', side),
        other_term: term('side', other),
        quotes_quotes: quotes(spans),
      },
    },
  };
}

/** Low back pain in the low back or placed nowhere (back pain is the low back's by name). */
function lowBackPain(conditions: readonly Condition[], read: SciaticaReaders): Condition[] {
  const out: Condition[] = [];
  for (const c of conditions) {
    if (!LOW_BACK_KINDS.includes(c.kind)) continue;
    const areas = read.areasOf(c);
    if (areas.length === 0 || areas.includes('low')) out.push(c);
  }
  return out;
}

function lumbagoCheck(
  parsed: ParsedSpineCode,
  lesion: string,
  own: readonly Condition[],
  conditions: readonly Condition[],
  kept: SciaticaSides,
  read: SciaticaReaders,
): SciaticaOutcome | undefined {
  const code = parsed.code;
  const pain = lowBackPain(conditions, read);
  const affirmed = pain.filter((c) => statusOf(c) === 'affirmed');
  const spans = affirmed.map((c) => c.span);
  if (lesion === 'lumbago-with-sciatica') {
    if (affirmed.length > 0)
      return {
        outcome: 'supported',
        rule: 'qualifier-mismatch',
        spans,
        reason: `the note documents low back pain with the sciatica (${quoted(spans)})`,
        template: { messageId: 'reason_family_lumbago', params: { quotes_quotes: quotes(spans) } },
      };
    const suggestions = codesBySide('M54.3', kept);
    const otherSpans = pain.map((c) => c.span);
    const statuses = [...new Set(pain.map((c) => statusWord(statusOf(c), triggerOf(c), statusReasonOf(c))))];
    const said =
      pain.length === 0
        ? 'does not document low back pain (lumbago)'
        : `documents low back pain only as ${statuses.map(statusWordText).join(' or ')} (${quoted(otherSpans)})`;
    return {
      outcome: 'finding',
      rule: 'qualifier-mismatch',
      severity: 'warning',
      suggestions,
      message: `${code} is lumbago with sciatica, but the note ${said}: sciatica alone is M54.3-, by side (${andList(suggestions)}).`,
      spans: otherSpans,
      sources: [ORDER, LUMBAGO_TAB, SCIATICA_TAB],
      template:
        pain.length === 0
          ? {
              messageId: 'finding_family_lumbago_absent',
              params: { code, codes_list: listParam(suggestions) },
            }
          : {
              messageId: 'finding_family_lumbago_only_as',
              params: {
                code,
                statuses_or_terms: terms('status', statuses),
                quotes_quotes: quotes(otherSpans),
                codes_list: listParam(suggestions),
              },
            },
    };
  }
  if (affirmed.length === 0) return undefined;
  const suggestions = codesBySide('M54.4', kept);
  const linked = affirmed.some((p) => own.some((s) => s.sentence.start === p.sentence.start));
  return {
    outcome: 'finding',
    rule: 'classified-elsewhere',
    severity: linked ? 'warning' : 'info',
    suggestions,
    message: `The note documents ${quoted(spans)} with the sciatica. An Excludes1 note at M54.3- (sciatica) sends sciatica with lumbago to M54.4-, coded by side (${andList(suggestions)}); ${code} is not coded beside it.${linked ? '' : ' The note does not state the two in one sentence: check whether the back pain goes with the sciatica.'}`,
    spans,
    sources:
      suggestions.length > 1
        ? [SCIATICA_TAB, 'guideline-excludes1', 'guideline-laterality']
        : [SCIATICA_TAB, 'guideline-excludes1'],
    template: {
      messageId: 'finding_family_sciatica_lumbago',
      params: {
        code,
        quotes_quotes: quotes(spans),
        combination_list: listParam(suggestions),
        unlinked_msg: linked ? '' : 'sentence_lumbago_not_linked',
      },
    },
  };
}

/**
 * A side code beside a sciatica on both sides, with the other side's code entered too (M54.41 and
 * M54.42, or M54.31 and M54.42): the pair is how Guidelines I.B.13 codes it, so the both-sides finding (made before the
 * entered codes were known) becomes the side's agreement, in place.
 */
export function bothSidesEntered(
  checked: { findings: Finding[]; compared: Comparison[] },
  own: string,
  entered: readonly string[],
): void {
  if (entered.length < 2 || !/^M54\.[34][12]$/.test(own)) return;
  // The other side coded in either category: M54.31 beside M54.42 codes both sides, and the
  // excludes1-pair rule says which category (M54.41 in place of M54.31; QA stop 57).
  const digit = own.endsWith('1') ? '2' : '1';
  const other = entered.find((e) => e === `M54.3${digit}` || e === `M54.4${digit}`);
  if (other === undefined) return;
  const i = checked.findings.findIndex((f) => f.code === own && f.messageId === 'finding_family_side_both');
  if (i < 0) return;
  checked.findings.splice(i, 1);
  for (const c of checked.compared) {
    if (c.code !== own || c.messageId !== 'finding_family_side_both') continue;
    const quotesParamValue = c.params?.['quotes_quotes'] ?? '';
    c.outcome = 'supported';
    c.reason = `the note documents the sciatica on both sides (${quoted(c.evidence)}), coded with ${andList([own, other].sort())}`;
    c.messageId = 'reason_family_side_both';
    c.params = { quotes_quotes: quotesParamValue, codes_list: listParam([own, other].sort()) };
  }
}
