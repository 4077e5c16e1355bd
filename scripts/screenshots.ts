/**
 * `npm run screenshots [-- --out DIR] [--docs] [--no-build] [--dist DIR]`: builds the extension, serves the demo
 * EHR and takes every surface's screenshots at its real size (scripts/lib/screenshot-set.ts), in
 * English and Spanish, light and dark. Default folder: test-results/screenshots/set (not in git).
 * --docs also refreshes the README's images in docs/screenshots. Same as `npm start -- --screenshots-only`.
 */
import { runScreenshots } from './lib/run-screenshots';

process.exit(await runScreenshots(process.argv.slice(2)));
