/**
 * Runs a command and prints the CPU time of it and everything it started, Chromium's renderers
 * included (scripts/lib/process-cpu.ts says why /usr/bin/time is not enough for browser tests):
 *   npx tsx scripts/bench/_cpu-tree.ts npx playwright test test/e2e/axe.spec.ts
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { meterCpu } from '../lib/process-cpu';

const [cmd, ...args] = process.argv.slice(2);
if (!cmd) throw new Error('usage: tsx scripts/bench/_cpu-tree.ts COMMAND [ARGS…]');
const started = performance.now();
const child = spawn(cmd, args, { stdio: 'inherit' });
const meter = meterCpu(child.pid, 200);
child.on('close', (code) => {
  const cpu = meter.stop();
  const wall = (performance.now() - started) / 1000;
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  console.error(
    `cpu-tree: ${cpu?.toFixed(1) ?? '?'} CPU-s in ${wall.toFixed(1)} s wall (load average ${load})`,
  );
  process.exit(code ?? 1);
});
