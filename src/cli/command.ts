/** A CLI command: parses its own arguments, writes to the streams it is given, returns an exit code. */
/** Bytes as they arrive (a stream), or already in memory (tests). */
export type ByteSource = AsyncIterable<Uint8Array> | Iterable<Uint8Array>;

export type CliIo = {
  /** Writes to standard output (text, or UTF-8 bytes already encoded); false means "buffer full", see drain. */
  stdout: (text: string | Uint8Array) => boolean | undefined;
  stderr: (text: string) => void;
  /** Reads all of standard input (for commands that accept piped text). */
  readStdin: () => Promise<string>;
  /** Standard input as bytes, as it arrives (batch input in constant memory; exact bytes for encoding checks). */
  stdinBytes?: () => ByteSource;
  /** Resolves when standard output can take more after stdout() returned false. */
  drain?: () => Promise<void>;
  /**
   * Tunes this process's V8 for a batch of notes (src/cli/batch/batch-jit.ts). Only the chartlint bin
   * passes it: V8 flags are process-wide, and a program or test runner calling the CLI in-process
   * must keep its own.
   */
  tuneJitForBatch?: () => void;
};

export type Command = {
  name: string;
  summary: string;
  usage: string;
  run: (args: string[], io: CliIo) => Promise<number> | number;
};

/** Exit codes: 0 ok, 1 findings/failure worth a non-zero status, 2 bad usage or unreadable input. */
export const EXIT_USAGE = 2;

/** Thrown for bad arguments or unreadable input; main prints the message and exits with 2. */
export class UsageError extends Error {}
