/**
 * `npx tsx scripts/bench/_profile-summary.ts FILE.cpuprofile [N]`: the N functions with the most
 * self time in a V8 CPU profile, and their total (inclusive) time, as text.
 */
import { readFileSync } from 'node:fs';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[]; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const [file, n = '30'] = process.argv.slice(2);
if (!file) throw new Error('usage: _profile-summary.ts FILE.cpuprofile [N]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parent = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

const key = (node: Node) => `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').at(-1)}:${node.callFrame.lineNumber + 1}`;
const selfBy = new Map<string, number>();
const totalBy = new Map<string, number>();
let all = 0;
for (const [id, t] of self) {
  all += t;
  const node = byId.get(id);
  if (!node) continue;
  selfBy.set(key(node), (selfBy.get(key(node)) ?? 0) + t);
  // Inclusive time: once per distinct function on the stack.
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const k = key(byId.get(at)!);
    if (seen.has(k)) continue;
    seen.add(k);
    totalBy.set(k, (totalBy.get(k) ?? 0) + t);
  }
}
const pct = (t: number) => `${((t / all) * 100).toFixed(1)}%`.padStart(6);
process.stdout.write(`self time (total ${(all / 1000).toFixed(0)} ms)\n`);
for (const [k, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) process.stdout.write(`${pct(t)} self ${pct(totalBy.get(k) ?? 0)} total  ${k}\n`);
process.stdout.write(`\ninclusive time\n`);
for (const [k, t] of [...totalBy].sort((a, b) => b[1] - a[1]).slice(0, Number(n))) process.stdout.write(`${pct(t)} total ${pct(selfBy.get(k) ?? 0)} self  ${k}\n`);
