import { runCli } from './run-cli';

/**
 * Runs one CLI invocation with in-memory streams and returns what it printed: how the CLI's tests
 * (and any tool embedding the CLI) drive it without a child process.
 *
 * @example const { code, out } = await runCliCaptured(['codes', '--json'], 'M99.60');
 */
export async function runCliCaptured(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, {
    stdout: (text) => (out += text),
    stderr: (text) => (err += text),
    readStdin: () => Promise.resolve(stdin),
  });
  return { code, out, err };
}
