import { tuneJitForBatch } from './batch/batch-jit';
import { runCli } from './run-cli';

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) return '';
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function* stdinBytes(): AsyncIterable<Uint8Array> {
  if (process.stdin.isTTY) return;
  for await (const chunk of process.stdin) yield chunk as Buffer;
}

// A reader that stops early (`chartlint lookup disc | head -1`) closes the pipe, and the rest of the
// output has nowhere to go: stop quietly, with the status of a program killed by SIGPIPE (128 + 13),
// rather than an unhandled 'error' event's stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(141);
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin,
  stdinBytes,
  drain: () => new Promise((resolve) => process.stdout.once('drain', resolve)),
  tuneJitForBatch,
});
process.exitCode = code;
