/**
 * The CPU time of a process and everything it started, read from /proc (Linux only; elsewhere it
 * reports undefined). `/usr/bin/time` and `process.cpuUsage` see only children that their parent
 * waited for, and Chromium's renderers and GPU process are not: a browser test busy for 3 CPU-s in
 * a page showed 2 s under `/usr/bin/time` (the whole browser, launch included, 5.6 s read here).
 * So the tree is sampled every `everyMs` and each process keeps the last time it was seen with;
 * what a process spends in its last interval before it exits is missed (a fraction of a second),
 * and so is a process that lives less than one interval.
 */
import { readdirSync, readFileSync } from 'node:fs';

type Sample = { ticks: number; key: string };

/** Clock ticks per second for /proc/<pid>/stat (USER_HZ: 100 on every Linux Node runs on). */
const TICKS_PER_SECOND = 100;

/** A file under /proc, or undefined once its process (or thread) is gone. */
export function readProc(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // the process is gone
  }
}

/** A process's thread ids, or none once it is gone. */
function tasksOf(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
}

/** A process's CPU ticks so far, keyed by pid and start time (a pid handed out again is another process). */
function sampleOf(pid: number): Sample | undefined {
  const stat = readProc(`/proc/${pid}/stat`);
  if (stat === undefined) return undefined;
  // Fields after the command name (which may hold spaces and parentheses): state, ppid, … utime (14), stime (15), … starttime (22).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { ticks: Number(fields[11]) + Number(fields[12]), key: `${pid}:${fields[19]}` };
}

/** The pids of `pid`'s children, from each of its threads' children lists (only the tree is read, not all of /proc). */
function childrenOf(pid: number, tasks = tasksOf(pid)): number[] {
  return tasks.flatMap((task) =>
    (readProc(`/proc/${pid}/task/${task}/children`) ?? '').split(' ').filter(Boolean).map(Number),
  );
}

/** One thread of a process tree as /proc shows it: CPU ticks (1/100 s) so far, start time in ticks since boot. */
export type TreeThread = { pid: number; tid: string; name: string; ticks: number; started: string };

/**
 * Every thread of `root` and of the processes under it, read now (the bench tools that split CPU by
 * process kind or thread name; meterCpu reads whole processes instead). A process or thread gone
 * meanwhile is skipped.
 */
export function treeThreads(root: number): TreeThread[] {
  const threads: TreeThread[] = [];
  for (let next = [root]; next.length > 0;) {
    const pids = next;
    next = [];
    for (const pid of pids) {
      const tasks = tasksOf(pid);
      for (const tid of tasks) {
        const stat = readProc(`/proc/${pid}/task/${tid}/stat`);
        if (!stat) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        threads.push({ pid, tid, name: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')), ticks: Number(fields[11]) + Number(fields[12]), started: fields[19] ?? '' });
      }
      next.push(...childrenOf(pid, tasks));
    }
  }
  return threads;
}

export type CpuMeter = { stop: () => number | undefined };

/**
 * Starts sampling `rootPid`'s tree; stop() returns its CPU seconds so far (undefined off Linux).
 * A process whose parent exits before it is sampled no longer hangs under the root and is missed
 * from then on (Chromium's processes stay under the browser process until it closes).
 */
export function meterCpu(rootPid: number | undefined, everyMs = 500): CpuMeter {
  if (process.platform !== 'linux' || rootPid === undefined || readProc(`/proc/${rootPid}/stat`) === undefined)
    return { stop: () => undefined };
  const ticks = new Map<string, number>();
  const sample = () => {
    for (let next = [rootPid]; next.length > 0;) {
      const pids = next;
      next = [];
      for (const pid of pids) {
        const s = sampleOf(pid);
        if (!s) continue;
        ticks.set(s.key, s.ticks);
        next.push(...childrenOf(pid));
      }
    }
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      sample();
      let total = 0;
      for (const t of ticks.values()) total += t;
      return total / TICKS_PER_SECOND;
    },
  };
}
