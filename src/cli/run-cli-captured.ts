import { runCli } from './run-cli';

/**
 * Runs one CLI invocation with in-memory streams and returns what it printed: how the CLI's tests
 * (and any tool embedding the CLI) drive it without a child process. Standard input may be text or
 * raw bytes (to test encodings and binary input).
 *
 * @example const { code, out } = await runCliCaptured(['codes', '--json'], 'M99.60');
 */
export async function runCliCaptured(argv: string[], stdin: string | Uint8Array = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const utf8 = new TextDecoder();
  const bytes = typeof stdin === 'string' ? new TextEncoder().encode(stdin) : stdin;
  const code = await runCli(argv, {
    stdout: (text) => {
      out += typeof text === 'string' ? text : utf8.decode(text, { stream: true });
      return true;
    },
    stderr: (text) => (err += text),
    readStdin: () => Promise.resolve(typeof stdin === 'string' ? stdin : new TextDecoder().decode(stdin)),
    stdinBytes: () => (bytes.length ? [bytes] : []),
  });
  return { code, out, err };
}
