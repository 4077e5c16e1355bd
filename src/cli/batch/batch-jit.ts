import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings for a batch of notes (`analyze --jsonl`, short or long), set once before the first
 * note is analysed. They were chosen for a long batch; a short one takes them because the batch
 * bundle's code cache is made under them (see below and run-batch.ts).
 *
 * Why: a batch isolate (this thread at --jobs 1, each worker otherwise) lives for a few thousand
 * notes, so TurboFan's compile time is a large share of its cost. Over the 16 MiB bench batch an
 * isolate spent about 2.2 s compiling in the background against 1.7 s to analyse the notes once
 * warm: most of it inlining the core's message builders into the rules (checkFamilyCode alone took
 * 235 ms) and optimising lukewarm functions that never repay it. A later tier-up (a larger
 * interrupt budget, default 67,584) and a smaller inlining budget (default 920) took the batch from
 * about 3.0 s to 2.0 s wall at --jobs 2 on a quiet 2-core machine (scripts/bench/cli.ts). Output
 * is unchanged: these flags change when and how much V8 optimises, never what the code computes.
 * V8 flags are per process, so the workers started after this call inherit them; for the same reason
 * only the bin calls it (CliIo.tuneJitForBatch), never a process that runs the CLI in-process.
 *
 * Regular expressions are compiled straight to machine code (--no-regexp-tier-up). By default V8
 * compiles each one twice: to bytecode for its first run, then to machine code once it runs again
 * or meets a long subject, which in a batch is at once for nearly all of the core's ~230 patterns
 * (--trace-regexp-tier-up: 233 bytecode compiles, 228 tier-ups over 2 MiB). Those patterns are
 * long case-insensitive alternations whose compilation (ICU case folding, bytecode peephole pass)
 * is costly, and every analysing isolate pays it: over 2 MiB of the bench notes at --jobs 1, regexp
 * compilation fell from about 348 M to 236 M instructions of about 3.4 G (cachegrind).
 *
 * A worker's young generation starts at its full size (16 MB a semi-space, V8's default maximum on
 * 64-bit) instead of growing from 1 MB. Why: a worker loads the core (the cue trie, the regex
 * sources) and then makes a few MB of short-lived objects per run of notes; while its young
 * generation is small, each scavenge copies and promotes objects that would have died a little
 * later. Over the 16 MiB batch at --jobs 2 the worker's scavenges fell from 25 to 15 (and their
 * time by a fifth, --trace-gc on a loaded host). Heap sizes are read when an isolate is made, so
 * this reaches the workers started after it, not the thread that sets it.
 *
 * The thread that sets them (the only analysing thread at --jobs 1, one of them otherwise) grows its
 * young generation in one step, 1 MB to 16 MB, instead of doubling its way there. V8 reads the growth
 * factor each time it grows the young generation, so unlike the sizes it reaches this thread too.
 * Why: loading the core here makes some 20 MB that live for the whole batch, and at each of the
 * doublings' scavenges the part of it still young was copied again; the bin's start-up is on the
 * critical path of every batch (at --jobs 2 this thread starts analysing while the worker loads).
 * A one-note batch ran 1.44 G instructions instead of 1.23 G, 100 notes 2.69 G instead of 2.52 G
 * (cachegrind, --jobs 1); its resident memory grows by about 13 MB (90 to 103 MB), which a longer
 * batch's young generation reaches anyway.
 *
 * The batch bundle's code cache (load-batch-code.ts) is made at build time (make-batch-cache.ts)
 * and read under these flags: V8 refuses a cache made under other flags, so a bin whose flags
 * differ from its build's compiles the core in every thread, as it did before the cache.
 */
export function tuneJitForBatch(): void {
  setFlagsFromString('--interrupt-budget=400000');
  setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');
  setFlagsFromString('--no-regexp-tier-up');
  setFlagsFromString('--min-semi-space-size=16');
  setFlagsFromString('--semi-space-growth-factor=16');
}
