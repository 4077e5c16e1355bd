/** CPU ms per call of `fn` (user + system), after half a second of warm-up, over about `seconds`. */
export function cpuPerCall(fn: () => unknown, seconds: number): { calls: number; ms: number } {
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) fn();
  const until = performance.now() + seconds * 1000;
  let calls = 0;
  const cpu = process.cpuUsage();
  while (performance.now() < until) {
    fn();
    calls++;
  }
  const used = process.cpuUsage(cpu);
  return { calls, ms: (used.user + used.system) / 1000 / calls };
}
