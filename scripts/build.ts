/** Builds the Chrome/Edge extension into dist/ and the Firefox variant into dist-firefox/. */
import { build } from 'vite';

const only = process.argv[2]; // optional: 'chrome' or 'firefox'
for (const target of ['chrome', 'firefox'] as const) {
  if (only && only !== target) continue;
  process.env.TARGET = target;
  const started = performance.now();
  await build({ logLevel: 'warn', configFile: 'vite.config.ts' });
  console.log(`built ${target} in ${Math.round(performance.now() - started)} ms`);
}
delete process.env.TARGET;
