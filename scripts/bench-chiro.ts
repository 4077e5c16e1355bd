/**
 * `npx tsx scripts/bench-chiro.ts`: analyze() on a chiropractic visit with a 1-line and a 40-line
 * fee ticket, and on the same note alone, so a long procedure list can be seen to cost about what
 * the note costs (issue 12). Prints medians; writes reports/bench-chiro.md.
 */
import { writeFileSync } from 'node:fs';
import { analyze } from '../src/core';
import { readVignettes, vignetteFields } from './eval/eval-chiro';

const visits = readVignettes();
const procedures40 = Array.from({ length: 40 }, (_, i) => ['98941-AT GP', '97140-59 GP', '97110 GP', '98904 ZZ'][i % 4] ?? '');

function median(run: () => void, rounds = 15): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? 0;
}

const all = (procedures: (v: (typeof visits)[number]) => string[]) => () => {
  for (const v of visits) analyze({ fields: vignetteFields({ ...v, procedures: procedures(v) }) });
};
const noteOnly = median(all(() => []));
const one = median(all(() => ['98941-AT']));
const forty = median(all(() => procedures40));
const lines = [
  `# Chiropractic visits: analyze() cost (${visits.length} vignettes per round, median of 15 rounds)`,
  '',
  '| input | ms per round | ms per visit |',
  '|---|---:|---:|',
  `| note and codes, no fee ticket | ${noteOnly.toFixed(1)} | ${(noteOnly / visits.length).toFixed(3)} |`,
  `| + 1-line fee ticket | ${one.toFixed(1)} | ${(one / visits.length).toFixed(3)} |`,
  `| + 40-line fee ticket | ${forty.toFixed(1)} | ${(forty / visits.length).toFixed(3)} |`,
  '',
];
writeFileSync(new URL('../reports/bench-chiro.md', import.meta.url), lines.join('\n'));
process.stdout.write(lines.join('\n'));
