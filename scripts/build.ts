/** Builds the Chrome/Edge extension into dist/, the Firefox variant into dist-firefox/ and the CLI into dist-cli/. */
import { build } from 'vite';
import { buildCli } from './build-cli';

const only = process.argv[2]; // optional: 'chrome' or 'firefox'
for (const target of ['chrome', 'firefox'] as const) {
  if (only && only !== target) continue;
  process.env.TARGET = target;
  const started = performance.now();
  await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
  console.log(`built ${target} in ${Math.round(performance.now() - started)} ms`);
}
delete process.env.TARGET;
if (!only || only === 'cli') {
  const started = performance.now();
  await buildCli();
  console.log(`built the CLI (dist-cli/) in ${Math.round(performance.now() - started)} ms`);
}
