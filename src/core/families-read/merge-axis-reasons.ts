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
  const groups = new Map<string, { at: number; first: AxisAgreement; axes: AxisName[] }>();
  const out: Reason[] = [];
  for (const r of reasons) {
    const a = r.agreement;
    if (!a) {
      out.push(r);
      continue;
    }
    // Keyed by what the reason will say: the mechanism agreement rests on the statements that name
    // a cause, a subset of the site's and region's, and says the same when the others only repeat it.
    const key = a.by === 'note' ? `note\n${widest(a.noteDesc, ';').join('|')}` : `procedure\n${JSON.stringify(a.procedures)}`;
    const group = groups.get(key);
    if (group) {
      if (!group.axes.includes(a.axis)) group.axes.push(a.axis);
      continue;
    }
    groups.set(key, { at: out.length, first: a, axes: [a.axis] });
    out.push(r);
  }
  for (const g of groups.values()) {
    const said = widestOf(g.first);
    // Every field in one literal, not spread in (docs/architecture.md, "Stable object shapes").
    const { messageId, params } = agreementTemplate(said, g.axes);
    out[g.at] = { reason: agreementWords(said, g.axes), messageId, params };
  }
  return out;
}

/** The agreement with the mention descriptions no other one extends (in words and in the template). */
function widestOf(a: AxisAgreement): AxisAgreement {
  if (a.by !== 'note') return a;
  // Every field in one literal, as axis-check.ts makes it: a spread copy has a shape of its own
  // that dies with the analysis (docs/architecture.md, "Stable object shapes").
  return {
    axis: a.axis,
    codeSays: a.codeSays,
    evidence: a.evidence,
    by: 'note',
    noteSays: widest(a.noteSays, ', '),
    noteDesc: widest(a.noteDesc, ';'),
  };
}

/** The items no other item extends (`item` + `joiner` + more parts). */
function widest(items: readonly string[], joiner: string): string[] {
  return items.filter((item) => !items.some((other) => other !== item && other.startsWith(`${item}${joiner}`)));
}
