/**
 * What the content script is made of: builds the Chrome extension with source maps into a
 * temporary folder and prints the built content script's bytes by source module (and by folder),
 * biggest first. Each generated character is counted for the source its mapping names.
 *   npx tsx scripts/bench/_content-bundle.ts [TOP]
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';

const top = Number(process.argv[2] ?? 40);
const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'chartlint-content-bundle-'));
process.env.TARGET = 'chrome';
await build({
  logLevel: 'error',
  configFile: join(root, 'vite.config.ts'),
  build: { outDir: out, sourcemap: true },
});
const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as {
  content_scripts?: { js: string[] }[];
};
const file = manifest.content_scripts?.[0]?.js[0] ?? 'src/content/main.js';
const code = readFileSync(join(out, file), 'utf8');
const map = JSON.parse(readFileSync(join(out, `${file}.map`), 'utf8')) as {
  sources: string[];
  mappings: string;
};

/** Base64 VLQ of a source map's mappings: each segment's numbers (relative to the last segment's). */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
function decodeSegment(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** A source's path from the project root (the content script's own build writes them relative to elsewhere). */
const sourceName = (path: string) =>
  /(?:^|\/)((?:src|node_modules|public|scripts)\/.*)$/.exec(path)?.[1] ?? path;

/** Bytes of generated code per source: from each mapped segment to the next one on its line. */
const bytes = new Map<string, number>();
/** Long generated stretches no source claims (JSON modules get no mappings): shown by their start. */
const unmappedRuns: string[] = [];
const lines = code.split('\n');
let source = 0;
map.mappings.split(';').forEach((group, index) => {
  const line = lines[index] ?? '';
  let column = 0;
  const segments = group
    .split(',')
    .filter(Boolean)
    .map((text) => {
      const [dColumn = 0, dSource] = decodeSegment(text);
      column += dColumn;
      if (dSource !== undefined) source += dSource;
      return { column, source: dSource === undefined ? -1 : source };
    });
  segments.forEach((segment, i) => {
    const end = segments[i + 1]?.column ?? line.length;
    const name = segment.source < 0 ? '(unmapped)' : sourceName(map.sources[segment.source] ?? '?');
    const text = line.slice(segment.column, end);
    bytes.set(name, (bytes.get(name) ?? 0) + Buffer.byteLength(text));
    if (segment.source < 0 && text.length > 2000) unmappedRuns.push(text);
  });
});
rmSync(out, { recursive: true, force: true });

const total = Buffer.byteLength(code);
const rows = [...bytes].sort((a, b) => b[1] - a[1]);
const folders = new Map<string, number>();
for (const [source, size] of rows) {
  const folder = source
    .split('/')
    .slice(0, source.startsWith('node_modules') ? 2 : 3)
    .join('/');
  folders.set(folder, (folders.get(folder) ?? 0) + size);
}
const line = ([name, size]: [string, number]) => `${String(size).padStart(9)}  ${name}`;
console.log(`${file}: ${total} bytes`);
console.log('\nby folder:');
console.log(
  [...folders]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(line)
    .join('\n'),
);
console.log(`\nby module (top ${top}):`);
console.log(rows.slice(0, top).map(line).join('\n'));
console.log('\nlong stretches with no source (JSON modules), by their first characters:');
console.log(
  unmappedRuns
    .sort((a, b) => b.length - a.length)
    .slice(0, 15)
    .map((text) => `${String(Buffer.byteLength(text)).padStart(9)}  ${text.slice(0, 90)}`)
    .join('\n'),
);
