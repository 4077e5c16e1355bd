/**
 * A supported M99 stenosis code is compared by three rules (site, region, mechanism), each giving
 * its own reason over the same mentions. Said one after another they repeat the documentation
 * three times ("X matches the code's site; X matches the code's region; X matches…"); a coder
 * reads it at a glance when it is said once: "the note documents X, which matches the code's
 * site, region and mechanism". The axis rules make their reasons with `axisReason`, so the shape
 * this file reads back is written in one place.
 */

export type AxisName = 'site' | 'region' | 'mechanism';
type Reason = { reason: string; messageId?: string; params?: Record<string, string> };

const AXIS_REASON_IDS: Record<string, AxisName> = { reason_axis_site: 'site', reason_axis_region: 'region', reason_axis_mechanism: 'mechanism' };
const MATCHES = " matches the code's ";
const AND = new Intl.ListFormat('en', { style: 'long', type: 'conjunction' });

/** One axis rule's English reason: "foraminal stenosis, C5-C6, osseous matches the code's site". */
export const axisReason = (described: readonly string[], axis: AxisName): string => `${described.join('; ')}${MATCHES}${axis}`;

/**
 * The reasons with every group of axis reasons that name the same documentation merged into one,
 * in the place of the first; other reasons as they are. A description that another one only
 * extends ("foraminal stenosis, C5-C6" beside "foraminal stenosis, C5-C6, osseous") is dropped:
 * the longer one says it.
 */
export function mergeAxisReasons(reasons: readonly Reason[]): Reason[] {
  const groups = new Map<string, { at: number; described: string; desc: string; axes: AxisName[] }>();
  const out: Reason[] = [];
  for (const r of reasons) {
    const axis = r.messageId ? AXIS_REASON_IDS[r.messageId] : undefined;
    const desc = r.params?.documented_desc;
    const cut = r.reason.lastIndexOf(MATCHES);
    if (!axis || desc === undefined || cut < 0) {
      out.push(r);
      continue;
    }
    const group = groups.get(desc);
    if (group) {
      if (!group.axes.includes(axis)) group.axes.push(axis);
      continue;
    }
    groups.set(desc, { at: out.length, described: r.reason.slice(0, cut), desc, axes: [axis] });
    out.push(r);
  }
  for (const g of groups.values()) {
    out[g.at] = {
      reason: `the note documents ${widest(g.described.split('; '), ', ').join('; ')}, which matches the code's ${AND.format(g.axes)}`,
      messageId: 'reason_axes',
      params: { documented_desc: widest(g.desc.split('|'), ';').join('|'), axes_terms: g.axes.map((a) => `axis_${a}`).join('|') },
    };
  }
  return out;
}

/** The items no other item extends (`item` + `joiner` + more parts). */
function widest(items: readonly string[], joiner: string): string[] {
  return items.filter((item) => !items.some((other) => other !== item && other.startsWith(`${item}${joiner}`)));
}
