import { EXIT_USAGE, UsageError, type CliIo } from './command';
import { commands } from './commands';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return `usage: chartlint <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nchartlint help <command> shows a command's usage.\n`;
}

/** Runs one CLI invocation; separate from main.ts so tests can drive it with fake streams. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    const target = commands.find((c) => c.name === rest[0]);
    io.stdout(target ? `usage: ${target.usage}\n` : help());
    return 0;
  }
  if (name === '--version' || name === '-v') return runCli(['version'], io);
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`chartlint: unknown command "${name}"\n\n${help()}`);
    return EXIT_USAGE;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`chartlint ${command.name}: ${error.message}\nusage: ${command.usage}\n`);
      return EXIT_USAGE;
    }
    throw error;
  }
}
