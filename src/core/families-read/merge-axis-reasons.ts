/**
 * A supported M99 stenosis code is compared by three rules (site, region, mechanism), each giving
 * its own reason over the same mentions. Said one after another they repeat the documentation
 * three times ("X matches the code's site; X matches the code's region; X matches…"); a coder
 * reads it at a glance when it is said once: "the note documents X, which matches the code's
 * site, region and mechanism". The same holds for a procedure that implies the code's site and
 * region. The merge reads the rules' agreements (axis-agreement.ts), never their sentences, and
 * words the merged reason and its template from them.
 */
import { agreementTemplate, agreementWords, type AxisAgreement, type AxisName } from './axis-agreement';

type Reason = { reason: string; messageId?: string; params?: Record<string, string>; agreement?: AxisAgreement };

/**
 * The reasons with every group of axis agreements on the same documentation (the same mentions,
 * or the same procedures) merged into one, in the place of the first; other reasons as they are.
 * A mention description that another one only extends ("foraminal stenosis, C5-C6" beside
 * "foraminal stenosis, C5-C6, osseous") is dropped: the longer one says it.
 */
export function mergeAxisReasons(reasons: readonly Reason[]): Reason[] {
  // A short list of groups searched by key, not a Map: a verdict has a few reasons (three axis
  // rules). With the widest descriptions read once per agreement (widestOf reuses the first's)
  // and each item's prefix made once (widest), the merge went from 1.2% to 0.7% of a dense 10 KB
  // note's analysis in a CPU profile (a Map, its hashing and a string per pair of items before).
  const groups: Group[] = [];
  const out: Reason[] = [];
  for (const r of reasons) {
    const a = r.agreement;
    if (!a) {
      out.push(r);
      continue;
    }
    // Keyed by what the reason will say: the mechanism agreement rests on the statements that name
    // a cause, a subset of the site's and region's, and says the same when the others only repeat it.
    let desc: string[] | undefined;
    let key: string;
    if (a.by === 'note') {
      desc = widest(a.noteDesc, ';');
      key = `note\n${desc.join('|')}`;
    } else key = `procedure\n${JSON.stringify(a.procedures)}`;
    const group = groups.find((g) => g.key === key);
    if (group) {
      if (!group.axes.includes(a.axis)) group.axes.push(a.axis);
      continue;
    }
    groups.push({ key, at: out.length, first: a, desc, axes: [a.axis] });
    out.push(r);
  }
  for (const g of groups) {
    const said = widestOf(g.first, g.desc);
    // Every field in one literal, not spread in (docs/architecture.md, "Stable object shapes").
    const { messageId, params } = agreementTemplate(said, g.axes);
    out[g.at] = { reason: agreementWords(said, g.axes), messageId, params };
  }
  return out;
}

/** A group of agreements on the same documentation: where its reason goes, its first agreement and (by the note) that one's widest descriptions. */
type Group = { key: string; at: number; first: AxisAgreement; desc: string[] | undefined; axes: AxisName[] };

/** The agreement with the mention descriptions no other one extends (in words and in the template); `desc`, its descriptions' widest, read already. */
function widestOf(a: AxisAgreement, desc: string[] | undefined): AxisAgreement {
  if (a.by !== 'note') return a;
  // Every field in one literal, as axis-check.ts makes it: a spread copy has a shape of its own
  // that dies with the analysis (docs/architecture.md, "Stable object shapes").
  return {
    axis: a.axis,
    codeSays: a.codeSays,
    evidence: a.evidence,
    by: 'note',
    noteSays: widest(a.noteSays, ', '),
    noteDesc: desc ?? widest(a.noteDesc, ';'),
  };
}

/** The items no other item extends (`item` + `joiner` + more parts); each item's prefix made once, not once per other item. */
function widest(items: readonly string[], joiner: string): string[] {
  const out: string[] = [];
  for (const item of items) {
    const prefix = `${item}${joiner}`;
    let extended = false;
    for (let i = 0; i < items.length && !extended; i++) {
      const other = items[i] as string;
      extended = other !== item && other.startsWith(prefix);
    }
    if (!extended) out.push(item);
  }
  return out;
}
