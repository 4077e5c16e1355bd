/**
 * A payer named with no "Insurance:" label, as patient banners show it: "MEDICARE PART B — PRIMARY ·
 * Secondary: AARP Medicare Supplement Plan G", "Primary: MEDICARE PART B", a pill reading
 * "Medicare" (QA stops 48 and 49: read only with a label, such a banner left the Medicare rules
 * silent). Pure. A statement is a whole item of a short text (items part at "·", "|", ";", a line
 * break, and where no whole item is one, at a dash with a space on each side: "Jane Doe · DOB
 * 01/02/1950 — Medicare Part B"): a rank, a public program's name with the words a plan adds to it,
 * and nothing else. So
 * "Patient asked whether Medicare covers this" or "per Medicare guidelines" is no statement: words
 * that are not a plan's name make it a sentence about Medicare, not a coverage line.
 * The content script sends only elements whose text holds a statement (find-coverage-fields.ts),
 * and detect-payer.ts reads it from coverage fields only, never from a note.
 */

/** Ranks that put a payer first, and ranks (and plan kinds) billed after the first. */
const PRIMARY_RANK = ['primary', 'prim', 'pri', '1st', 'first'];
/** A Medicare Supplement (Medigap) plan pays after Medicare: it never names the primary payer. */
const LATER_RANK = [
  'secondary',
  'sec',
  'tertiary',
  '2nd',
  '3rd',
  'second',
  'third',
  'supplement',
  'supplemental',
  'medigap',
];
/** Public programs whose name is the payer's name: a banner needs no label to say them. */
const PROGRAMS = ['medicare', 'medicaid', 'medi-cal', 'tricare', 'champva'];
/**
 * What a plan's name adds to the program's ("Part B", "Plan G", "Advantage (Part C)", "HMO").
 * "Advantage" stays in the statement: classifyPayer reads a Medicare Advantage plan as the private
 * plan it is.
 */
const PLAN_WORDS = [
  'part [a-d]',
  '\\(part [a-d]\\)',
  'plan(?: [a-n])?',
  'advantage',
  'adv',
  'hmo',
  'ppo',
  'pffs',
  'snp',
  'ffs',
  'fee[- ]for[- ]service',
  'select',
  'supplement(?:al)?',
  'medigap',
  'insurance',
  'coverage',
];
/** Capitalised words before the program that are not a carrier's or a plan's name ("Asked Medicare"). */
const NOT_A_CARRIER = [
  'the',
  'a',
  'an',
  'on',
  'by',
  'per',
  'for',
  'to',
  'no',
  'not',
  'non',
  'if',
  'asked',
  'about',
  'whether',
  'patient',
  'pt',
];

const words = (list: readonly string[]) => list.join('|');
const RANK = `${words(PRIMARY_RANK)}|${words(LATER_RANK)}`;
/** "Primary:", "Secondary -" before the payer. */
const RANK_BEFORE = new RegExp(
  String.raw`^\(?(${RANK})\b\)?(?:\s+(?:payer|payor|plan|ins\.?|insurance|coverage))?\s*(?::|-|–|—)?\s*`,
  'i',
);
/** "— PRIMARY", "(Primary)", ", secondary" after the payer. */
const RANK_AFTER = new RegExp(String.raw`\s*(?:,|-|–|—|\()?\s*\b(${RANK})\)?$`, 'i');
/** The program and its plan words, the whole of what is left once the carrier's name is taken off. */
const PROGRAM_AND_PLAN = new RegExp(
  String.raw`\b(?:${words(PROGRAMS)})(?:\s+(?:${words(PLAN_WORDS)}))*$`,
  'i',
);
const LATER = new RegExp(String.raw`\b(?:${words(LATER_RANK)})\b`, 'i');
const PRIMARY = new RegExp(String.raw`^(?:${words(PRIMARY_RANK)})$`, 'i');
const BARE_RANK = new RegExp(
  String.raw`^\s*\(?(${RANK})\b\)?(?:\s+(?:payer|payor|plan|ins\.?|insurance|coverage))?\s*:?\s*$`,
  'i',
);
/** A word of a carrier's name: capitalised, no colon ("Plan:" is a heading), no hanging hyphen ("Non-"). */
const CARRIER_WORD = /^[A-Z(][\w&'.()]*(?:-[\w&'.()]+)*$/;
const STOP = new RegExp(String.raw`^(?:${words(NOT_A_CARRIER)})$`, 'i');
/** Where a banner's items part. */
const ITEM = /[^·•|;\n]+/g;
/**
 * Where an item's parts may part as well: a dash with white space on each side ("DOB 01/02/1950 —
 * Medicare Part B", "Doe, Jane - Medicaid"), never one inside a name ("Medi-Cal", "Non-Medicare").
 * A dash also joins a payer to its rank ("MEDICARE PART B — PRIMARY"), so the parts are tried in runs.
 */
const DASH = /\s+[-–—―‒−]\s+/g;
/** An item split at more dashes than this is no banner line: it is read whole only. */
const MAX_DASH_PARTS = 8;
/** A carrier's name: at most three capitalised words ("Humana", "AARP", "Blue Cross"). */
const MAX_CARRIER_WORDS = 3;

export type PayerStatement = {
  /** The program and plan as written, without the rank ("MEDICARE PART B"). */
  payerText: string;
  /** The item as written, rank included ("MEDICARE PART B — PRIMARY"), and where it is in the text. */
  text: string;
  start: number;
  end: number;
  /** primary: ranked first; later: secondary, tertiary or a supplement; unranked: said alone. */
  rank: 'primary' | 'later' | 'unranked';
};

/** The rank a bare label states ("Secondary", "Primary payer:"); undefined for any other text. */
export function rankOfLabel(text: string): 'primary' | 'later' | undefined {
  const m = BARE_RANK.exec(text);
  if (!m) return undefined;
  return PRIMARY.test(m[1] ?? '') ? 'primary' : 'later';
}

/** One item read as a statement, or undefined when it is anything else. */
function readItem(item: string, at: number): PayerStatement | undefined {
  const text = item.trim();
  if (!text || text.length > 80) return undefined;
  const start = at + item.indexOf(text);
  let rest = text;
  let rank: PayerStatement['rank'] = 'unranked';
  const before = RANK_BEFORE.exec(rest);
  if (before?.[0]) {
    rank = PRIMARY.test(before[1] ?? '') ? 'primary' : 'later';
    rest = rest.slice(before[0].length);
  }
  const after = RANK_AFTER.exec(rest);
  if (after && after.index > 0) {
    const said = PRIMARY.test(after[1] ?? '') ? 'primary' : 'later';
    rank = rank === 'later' || said === 'later' ? 'later' : said;
    rest = rest.slice(0, after.index);
  }
  rest = rest.trim();
  const program = PROGRAM_AND_PLAN.exec(rest);
  if (!program) return undefined;
  const carrier = rest.slice(0, program.index).trim();
  const carrierWords = carrier ? carrier.split(/\s+/) : [];
  // Only a carrier's name may stand before the program: capitalised words, no sentence around it.
  if (
    carrierWords.length > MAX_CARRIER_WORDS ||
    carrierWords.some((w) => !CARRIER_WORD.test(w) || STOP.test(w))
  )
    return undefined;
  // A supplement (Medigap) plan is billed after Medicare, whatever rank the banner gives it.
  if (LATER.test(rest)) rank = 'later';
  return { payerText: rest, text, start, end: start + text.length, rank };
}

/**
 * The primary payer a short text states without a label: the first item ranked primary, else the
 * first item said alone; a secondary or supplement item never is. Undefined when no item is a
 * statement (a sentence that mentions Medicare, a label with its value: detect-payer reads those).
 *
 * @example primaryPayerStatement('MEDICARE PART B — PRIMARY · Secondary: AARP Medicare Supplement Plan G')?.payerText === 'MEDICARE PART B'
 */
export function primaryPayerStatement(text: string): PayerStatement | undefined {
  let unranked: PayerStatement | undefined;
  for (const m of text.matchAll(ITEM)) {
    for (const statement of itemStatements(m[0], m.index)) {
      if (statement.rank === 'primary') return statement;
      if (statement.rank === 'unranked') unranked ??= statement;
    }
  }
  return unranked;
}

/**
 * The statements of one item: the item itself when it is one, else each longest run of its
 * dash-parted parts that is one, left to right, a part read at most once ("Jane Doe — Secondary —
 * Medicare" is the run "Secondary — Medicare", never "Medicare" alone).
 */
function itemStatements(item: string, at: number): PayerStatement[] {
  const whole = readItem(item, at);
  if (whole) return [whole];
  const parts: { start: number; end: number }[] = [];
  let from = 0;
  for (const dash of item.matchAll(DASH)) {
    parts.push({ start: from, end: dash.index });
    from = dash.index + dash[0].length;
  }
  if (parts.length === 0 || parts.length >= MAX_DASH_PARTS) return [];
  parts.push({ start: from, end: item.length });
  const found: PayerStatement[] = [];
  for (let i = 0; i < parts.length; i++) {
    for (let j = parts.length - 1; j >= i; j--) {
      // The whole item was read above.
      if (i === 0 && j === parts.length - 1) continue;
      const start = parts[i]?.start ?? 0;
      const statement = readItem(item.slice(start, parts[j]?.end), at + start);
      if (!statement) continue;
      found.push(statement);
      i = j;
      break;
    }
  }
  return found;
}
