import type { PageSnapshot } from '../protocol/messages';

/**
 * A frame's origin: what the content script read (`self.origin`, which about:blank and srcdoc
 * frames inherit from their parent), else its URL's. Opaque origins ("null": sandboxed frames,
 * data: URLs) are unique: such a frame is never grouped with any other.
 */
export function frameOrigin(frameId: string, snapshot: Pick<PageSnapshot, 'url' | 'origin'>): string {
  let origin = snapshot.origin;
  if (origin === undefined) {
    try {
      origin = new URL(snapshot.url).origin;
    } catch {
      origin = 'null';
    }
  }
  return origin === 'null' ? `null#${frameId}` : origin;
}

/**
 * Splits a tab's frames into the groups that are analysed together: frames of one origin, plus
 * origins the user paired in settings. A patient's note in one site's frame never explains a code
 * typed into another site's frame, and an embedded page cannot read the top page's findings.
 *
 * @example frameGroups({'0': {url: 'https://a.example/'}, '3': {url: 'https://b.example/'}}, [])
 *   // [['0'], ['3']]
 */
export function frameGroups(
  frames: Record<string, Pick<PageSnapshot, 'url' | 'origin'>>,
  pairs: readonly (readonly [string, string])[] = [],
): string[][] {
  // Union-find over origins: pairs link two origins (and, through chains, more).
  const parent = new Map<string, string>();
  const find = (o: string): string => {
    const p = parent.get(o) ?? o;
    if (p === o) return o;
    const root = find(p);
    parent.set(o, root);
    return root;
  };
  for (const [a, b] of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  }
  const groups = new Map<string, string[]>();
  const ordered = Object.entries(frames).sort(([a], [b]) => Number(a) - Number(b));
  for (const [id, frame] of ordered) {
    const root = find(frameOrigin(id, frame));
    const list = groups.get(root);
    if (list) list.push(id);
    else groups.set(root, [id]);
  }
  return [...groups.values()];
}
