/**
 * Reads an official ICD-10-CM order-file addenda file (CMS/CDC icd10cm_order_addenda_YYYY.txt):
 * "Add:", "Delete:", "Revise from:" / "Revise to:" lines, each followed by an order-file line
 * without its order number (flag at column 13, code 15-21, short title 23-82, long title 84-).
 * A billable code turned into a header is printed as "Delete: 1 CODE" then "Add: 0 CODE".
 */
import { dotCode } from './order-file.ts';

export type AddendaLine = { op: 'add' | 'delete' | 'revise-from' | 'revise-to'; code: string; billable: boolean; shortTitle: string; longTitle: string };

const PREFIXES: [string, AddendaLine['op']][] = [
  ['Add:', 'add'],
  ['Delete:', 'delete'],
  ['Revise from:', 'revise-from'],
  ['Revise to:', 'revise-to'],
];

export function parseAddenda(text: string): AddendaLine[] {
  const out: AddendaLine[] = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    const prefix = PREFIXES.find(([p]) => raw.startsWith(p));
    if (!prefix) continue; // the summary at the end and blank lines
    const line = raw.padEnd(85);
    const flag = line[13];
    if ((flag !== '0' && flag !== '1') || line[14] !== ' ') throw new Error(`addenda line ${i + 1} is not in the expected layout: ${JSON.stringify(raw.slice(0, 40))}`);
    out.push({
      op: prefix[1],
      code: dotCode(line.slice(15, 22).trim()),
      billable: flag === '1',
      shortTitle: line.slice(23, 83).trimEnd(),
      longTitle: line.slice(84).trimEnd(),
    });
  }
  return out;
}

/** What changed for one code between a release and the one before it. */
export type CodeChange = {
  code: string;
  change: 'added' | 'deleted' | 'billable-to-header' | 'header-to-billable' | 'title-revised';
  /** Billable flag in the release before (absent for added codes). */
  before?: 0 | 1;
  /** Billable flag in this release (absent for deleted codes). */
  after?: 0 | 1;
  /** Long title before the change (deleted, revised, flag changes). */
  titleBefore?: string;
  /** Long title in this release. */
  title?: string;
};

/** Folds the addenda lines into one change per code. */
export function changesFromAddenda(lines: AddendaLine[]): CodeChange[] {
  const byCode = new Map<string, { del?: AddendaLine; add?: AddendaLine; from?: AddendaLine; to?: AddendaLine }>();
  for (const l of lines) {
    const slot = byCode.get(l.code) ?? {};
    const key = l.op === 'add' ? 'add' : l.op === 'delete' ? 'del' : l.op === 'revise-from' ? 'from' : 'to';
    if (slot[key]) throw new Error(`addenda: ${l.code} has two "${l.op}" lines`);
    slot[key] = l;
    byCode.set(l.code, slot);
  }
  const out: CodeChange[] = [];
  for (const [code, { del, add, from, to }] of byCode) {
    const flag = (l: AddendaLine) => (l.billable ? 1 : 0);
    if (from || to) {
      if (!from || !to) throw new Error(`addenda: ${code} has a half revision`);
      out.push({ code, change: 'title-revised', before: flag(from), after: flag(to), titleBefore: from.longTitle, title: to.longTitle });
    } else if (del && add) {
      if (del.billable === add.billable) throw new Error(`addenda: ${code} is deleted and added with the same flag`);
      out.push({ code, change: del.billable ? 'billable-to-header' : 'header-to-billable', before: flag(del), after: flag(add), titleBefore: del.longTitle, title: add.longTitle });
    } else if (del) out.push({ code, change: 'deleted', before: flag(del), titleBefore: del.longTitle });
    else if (add) out.push({ code, change: 'added', after: flag(add), title: add.longTitle });
  }
  return out;
}
