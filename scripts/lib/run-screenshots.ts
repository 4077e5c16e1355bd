import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { takeScreenshotSet } from './screenshot-set';
import { startServer } from './serve';

/** The screenshot command (npm run screenshots, npm start -- --screenshots-only); returns the exit code. */
export async function runScreenshots(args: string[]): Promise<number> {
  const value = (flag: string) => (args.indexOf(flag) >= 0 ? args[args.indexOf(flag) + 1] : undefined);
  const out = resolve(value('--out') ?? 'test-results/screenshots/set');
  // --dist: shoot another build (e.g. a "before" build of main) as it is, without building.
  const dist = value('--dist');
  if (!dist && !args.includes('--no-build')) {
    const build = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', 'chrome'], {
      stdio: 'inherit',
    });
    if (build.status !== 0) return build.status ?? 1;
  }
  // npm start's port when free, so the panel's page address in the images stays the same run to run.
  const server = await startServer(4317).catch(() => startServer(0));
  try {
    const { files, heights } = await takeScreenshotSet({
      dist: dist ?? 'dist',
      demoUrl: `${server.url}/`,
      out,
      docs: args.includes('--docs'),
      log: (l) => console.log(l),
    });
    console.log(`\n${files.length} screenshots in ${out}`);
    console.log('Panel heights (CSS px, whole page):');
    for (const [name, h] of Object.entries(heights)) console.log(`  ${name}: ${h}`);
    return 0;
  } catch (error) {
    console.error(`Screenshots failed: ${(error as Error).message}`);
    return 1;
  } finally {
    await server.close();
  }
}
