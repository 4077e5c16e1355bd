#!/usr/bin/env node
// The `chartlint` bin: the CLI built as plain JavaScript (dist-cli/, made by `npm run build:cli`
// and by `npm run build`), with its data beside it and no dependency to install at run time.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist-cli/main.mjs', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('chartlint: the CLI is not built in this checkout; run `npm run build:cli` (or use `npm run cli -- …`)\n');
  process.exit(2);
}
await import(entry.href);
