/**
 * Generates the knowledge base's data files in src/kb/data/ from the official files in
 * data/icd10cm/ (see data/icd10cm/SOURCES.md), the runtime release table
 * src/kb/data/releases.generated.ts, and the data-file table in src/kb/README.md.
 * Run with `npm run build:kb` (every release in scripts/kb/release-table.ts), or for one release:
 * `npm run build:kb -- --release FY2028 --order FILE [--addenda FILE] [--tabular FILE] [--index FILE]`
 * (the release must have its row in the table; the file options override the row's paths).
 * Never hand-edit the outputs: change this script or the table and regenerate.
 * `npm run build:kb -- --check` regenerates in memory and exits 1 if any file on disk differs.
 *
 * It fails loudly instead of guessing: wrong counts, a category outside every block, a note or
 * index code that does not exist in the release, an addenda file that does not turn the release
 * before into this one, or an addenda patch that no longer applies.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { changesFromAddenda, parseAddenda, type CodeChange } from './kb/addenda.ts';
import { formatDataFile } from './kb/canonical-json.ts';
import { readIndex, type IndexPath } from './kb/index-terms.ts';
import { readOrderFile, type OrderRow } from './kb/order-file.ts';
import { RELEASE_TABLE, type ReleaseRow } from './kb/release-table.ts';
import { readTabular, type NoteKind, type TabularNote } from './kb/tabular.ts';
import { renderDataFileTable } from './kb/readme-table.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const PATCH = 'data/icd10cm/tabular-addenda-patch.json';
const OUT = 'src/kb/data';
const RETRIEVED: Record<string, string> = { FY2026: '2026-11-24', FY2027: '2026-12-02' };
const LICENSE = 'Public domain (US Government work)';
const PUBLISHER = 'CDC National Center for Health Statistics (NCHS) and CMS';
const CDC = 'https://ftp.cdc.gov/pub/Health_Statistics/NCHS/Publications/ICD10CM';

/** The categories whose notes ChartLint carries and whose FY2022-FY2026 addenda were read. */
export const NOTE_CATEGORIES = ['M43', 'M47', 'M48', 'M50', 'M51', 'M53', 'M54', 'M99'];
const NOTE_CHAPTER = 13;

/** The alphabetic-index subtrees kept as synonyms: the ways into M99 and its stenosis neighbours. */
const INDEX_ROOTS: [string, string][] = [
  ['Stenosis, stenotic (cicatricial)', 'intervertebral foramina'],
  ['Stenosis, stenotic (cicatricial)', 'neural canal'],
  ['Stenosis, stenotic (cicatricial)', 'spinal'],
  ['Stenosis, stenotic (cicatricial)', 'caudal'],
  ['Complex', 'subluxation (vertebral)'],
  ['Subluxation', 'complex, vertebral'],
  ['Dysfunction', 'somatic'],
  ['Dysfunction', 'segmental'],
  ['Lesion(s) (nontraumatic)', 'biomechanical'],
  ['Lesion(s) (nontraumatic)', 'nonallopathic'],
];

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const read = (rel: string) => readFileSync(rel.startsWith('/') ? rel : ROOT + rel);
const fail = (message: string): never => {
  throw new Error(`build-kb: ${message}`);
};

// ---------------------------------------------------------------------------------------------
// Arguments: which releases, and any file overrides for a single release.
const argv = process.argv.slice(2);
const CHECK = argv.includes('--check');
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  if (i < 0) return undefined;
  const value = argv[i + 1];
  if (!value || value.startsWith('--')) fail(`--${name} needs a value`);
  return value;
};
const only = option('release')?.toUpperCase();
const overrides = { order: option('order'), addenda: option('addenda'), tabular: option('tabular'), index: option('index') };
if (!only && Object.values(overrides).some(Boolean)) fail('--order, --addenda, --tabular and --index need --release');
if (only && !RELEASE_TABLE.some((r) => r.version === only)) {
  fail(
    `release ${only} is not in the release table (scripts/kb/release-table.ts; carried: ${RELEASE_TABLE.map((r) => r.version).join(', ')}). ` +
      `Add one row with its effective dates, order file and expected counts, then run this command again (steps in src/kb/README.md).`,
  );
}
const selected: ReleaseRow[] = RELEASE_TABLE.filter((r) => !only || r.version === only).map((r) => ({
  ...r,
  ...(overrides.order ? { order: overrides.order } : {}),
  ...(overrides.addenda ? { addenda: overrides.addenda } : {}),
  ...(overrides.tabular ? { tabular: overrides.tabular } : {}),
  ...(overrides.index ? { index: overrides.index } : {}),
}));
for (const r of selected) for (const f of [r.order, r.tabular, r.index, r.addenda]) if (f && !existsSync(f.startsWith('/') ? f : ROOT + f)) fail(`${r.version}: file not found: ${f}`);

/** --check: regenerate in memory and fail if any output differs from the file on disk (hand edits, stale data). */
const stale: string[] = [];
function output(rel: string, text: string) {
  if (!CHECK) writeFileSync(ROOT + rel, text);
  else if (!existsSync(ROOT + rel) || readFileSync(ROOT + rel, 'utf8') !== text) stale.push(rel);
}

/** Writes a data file in canonical form plus its type declaration (so tsc never parses the JSON). */
function write(rel: string, data: Record<string, unknown>, rawType: string) {
  const text = formatDataFile(data);
  output(rel, text);
  const declaration = `// Generated by scripts/build-kb.ts: the type of ${rel.split('/').pop() ?? rel}.\nimport type { ${rawType} } from '../raw-types';\n\ndeclare const data: ${rawType};\nexport default data;\n`;
  output(rel.replace(/\.json$/, '.d.json.ts'), declaration);
  console.log(`${CHECK ? 'checked' : 'wrote'} ${rel} (${text.length.toLocaleString('en-US')} bytes)`);
}

// Parsed once per file: releases usually share the newest obtainable tabular and index.
const tabulars = new Map<string, ReturnType<typeof readTabular>>();
const indexes = new Map<string, ReturnType<typeof readIndex>>();
const orders = new Map<string, OrderRow[]>();
const readOrder = (file: string) => {
  let rows = orders.get(file);
  if (!rows) orders.set(file, (rows = readOrderFile(file.startsWith('/') ? file : ROOT + file)));
  return rows;
};
const patch = JSON.parse(read(PATCH).toString('utf8')) as { operations: PatchOp[]; withheld: { code: string; reason: string }[] };
const patchSha = sha256(read(PATCH));
type PatchOp = { op: 'add' | 'remove' | 'revise'; code: string; kind: NoteKind; text: string; to?: string; addendum: string; reason: string };

for (const rel of selected) buildRelease(rel);

function buildRelease(rel: ReleaseRow) {
  const V = rel.version;
  const file = `${OUT}/icd10cm-${V.toLowerCase()}`;
  const started = performance.now();
  // -------------------------------------------------------------------------------------------
  // Catalog: every code and header, in order-file order.
  const rows: OrderRow[] = readOrder(rel.order);
  const orderSha = sha256(gunzipSync(read(rel.order)));
  const billable = rows.filter((r) => r.billable).length;
  const counts = { entries: rows.length, billable, headers: rows.length - billable };
  if (JSON.stringify(counts) !== JSON.stringify(rel.expected)) fail(`${V} order file counts ${JSON.stringify(counts)} != ${JSON.stringify(rel.expected)}`);
  rows.forEach((r, i) => r.order === i + 1 || fail(`${V}: order number ${r.order} at line ${i + 1}`));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  if (byCode.size !== rows.length) fail(`${V}: duplicate codes in the order file`);

  let tabular = tabulars.get(rel.tabular);
  if (!tabular) tabulars.set(rel.tabular, (tabular = readTabular(rel.tabular.startsWith('/') ? rel.tabular : ROOT + rel.tabular)));
  const tabularSha = sha256(gunzipSync(read(rel.tabular)));
  const leafBlocks = tabular.sections.filter((s) => s.hasCodes);
  // Blocks are contiguous runs of categories in order-file order (C4A sits between C43 and C44,
  // so ranges cannot be compared as strings). A category that the tabular does not have takes
  // the block of the category before it; the build lists those so they can be checked.
  const placedByPosition: string[] = [];
  let previousBlock: string | undefined;
  for (const r of rows) {
    if (r.code.length !== 3) continue;
    let block = tabular.categorySection.get(r.code);
    if (!block) {
      placedByPosition.push(r.code);
      block = previousBlock ?? fail(`${V}: category ${r.code} has no block and no predecessor`);
    }
    if (!leafBlocks.some((b) => b.id === block)) fail(`${V}: category ${r.code} is in section ${block}, which has no codes`);
    previousBlock = block;
  }
  if (placedByPosition.length) console.log(`${V}: categories not in the ${tabular.version} tabular, placed by position: ${placedByPosition.join(', ')}`);
  // The shipped catalog stores, per block and chapter, the first category in it; the runtime
  // walks the categories in order and switches block there. Compute those first categories here.
  const categoryBlock = new Map<string, string>();
  {
    let prev: string | undefined;
    for (const r of rows) {
      if (r.code.length !== 3) continue;
      prev = tabular.categorySection.get(r.code) ?? prev;
      categoryBlock.set(r.code, prev ?? fail(`${V}: no block for ${r.code}`));
    }
  }
  const firstCategoryOf = (blockId: string) =>
    [...categoryBlock].find(([, b]) => b === blockId)?.[0] ?? fail(`${V}: block ${blockId} has no category`);
  const chapterOfBlock = new Map(leafBlocks.map((b) => [b.id, b.chapter]));
  const firstCategoryOfChapter = (n: number) =>
    [...categoryBlock].find(([, b]) => chapterOfBlock.get(b) === n)?.[0] ?? fail(`${V}: chapter ${n} has no category`);
  // Blocks must be contiguous in order-file order, or "switch at the first category" would be wrong.
  {
    const seen = new Set<string>();
    let last: string | undefined;
    for (const b of categoryBlock.values()) {
      if (b !== last && seen.has(b)) fail(`${V}: block ${b} is not contiguous in the order file`);
      seen.add(b);
      last = b;
    }
  }
  const caveat = rel.caveat ? { caveat: rel.caveat } : {};

  write(`${file}.catalog.json`, {
    system: 'http://hl7.org/fhir/sid/icd-10-cm',
    version: V,
    content: 'complete',
    effectiveFrom: rel.effectiveFrom,
    effectiveTo: rel.effectiveTo,
    publisher: PUBLISHER,
    source: rel.orderSource,
    sourceFile: rel.order,
    sha256: orderSha,
    structureSource: `${CDC}/2021/ January 2021 tabular XML (chapters and blocks only), ${rel.tabular}, sha256 ${tabularSha}`,
    retrieved: RETRIEVED[V] ?? new Date().toISOString().slice(0, 10),
    license: LICENSE,
    generatedBy: 'scripts/build-kb.ts',
    format: `entries: [code (dotted), billable (1/0), long title, short title only when it differs]; order = position + 1; parent and category are derived from the code; chapters: [number, first ${V} category, range, title]; blocks: [first ${V} category, range, title]; inferredPlacement: categories added after the January 2021 tabular, given the block of the category before them`,
    counts,
    inferredPlacement: placedByPosition,
    chapters: tabular.chapters.map((c) => [c.number, firstCategoryOfChapter(c.number), `${c.first}-${c.last}`, c.title]),
    blocks: leafBlocks.map((b) => [firstCategoryOf(b.id), b.id, b.title]),
    entries: rows.map((r) => {
      const row: (string | number)[] = [r.code, r.billable ? 1 : 0, r.longTitle];
      if (r.shortTitle !== r.longTitle) row.push(r.shortTitle);
      return row;
    }),
  }, 'RawCatalog');

  // -------------------------------------------------------------------------------------------
  // Notes: chapter 13, the spine blocks, and the spine categories, brought forward with the patch.
  const inScope = (code: string) => NOTE_CATEGORIES.includes(code.slice(0, 3));
  const withheldFor = (code: string) => patch.withheld.find((w) => code === w.code || code.startsWith(w.code));
  type OutNote = { kind: NoteKind; text: string; addendum?: string };
  const codeNotes = new Map<string, OutNote[]>();
  for (const [code, notes] of tabular.diagNotes) {
    if (!inScope(code) || withheldFor(code)) continue;
    if (!byCode.has(code)) fail(`${V}: tabular notes for ${code}, which is not in ${V}`);
    codeNotes.set(code, notes.map((n: TabularNote) => ({ kind: n.kind, text: n.text })));
  }
  for (const op of patch.operations) {
    if (!byCode.has(op.code)) fail(`${V}: patch names ${op.code}, which is not in ${V}`);
    const list = codeNotes.get(op.code) ?? [];
    if (op.op === 'remove' || op.op === 'revise') {
      const i = list.findIndex((n) => n.kind === op.kind && n.text === op.text);
      if (i < 0) fail(`patch: nothing to ${op.op} at ${op.code} (${op.kind} "${op.text}")`);
      if (op.op === 'remove') list.splice(i, 1);
      else list[i] = { kind: op.kind, text: op.to ?? fail(`patch: revise at ${op.code} without "to"`), addendum: op.addendum };
    } else {
      if (list.some((n) => n.kind === op.kind && n.text === op.text)) fail(`patch: ${op.code} already has "${op.text}"`);
      list.push({ kind: op.kind, text: op.text, addendum: op.addendum });
    }
    if (list.length) codeNotes.set(op.code, list);
    else codeNotes.delete(op.code);
  }
  // Every code a note points at, e.g. "(M43.3-M43.5X9)" or "(M51.06, M51.16, M51.26)", must exist.
  const CODE_IN_NOTE = /\b([A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?)-?(?=[),\s-])/g;
  const checkNoteCodes = (owner: string, notes: { text: string }[]) => {
    for (const n of notes) for (const m of n.text.matchAll(CODE_IN_NOTE)) {
      const c = m[1] ?? '';
      if (!byCode.has(c)) fail(`${V}: note at ${owner} names ${c}, which is not in ${V}: "${n.text}"`);
    }
  };
  for (const [code, notes] of codeNotes) checkNoteCodes(code, notes);
  const chapter = tabular.chapters.find((c) => c.number === NOTE_CHAPTER) ?? fail('no chapter 13');
  checkNoteCodes('chapter 13', chapter.notes);
  const noteBlocks = tabular.sections.filter((s) => s.chapter === NOTE_CHAPTER && NOTE_CATEGORIES.some((c) => s.first <= c && c <= s.last));
  for (const b of noteBlocks) checkNoteCodes(`block ${b.id}`, b.notes);

  write(`${file}.notes.json`, {
    system: 'http://hl7.org/fhir/sid/icd-10-cm',
    version: V,
    content: 'fragment',
    publisher: PUBLISHER,
    source: `${CDC}/2021/ January 2021 tabular XML, brought forward with the official tabular addenda FY2022-FY2026 (${PATCH})`,
    sourceFile: rel.tabular,
    sha256: tabularSha,
    patchSha256: patchSha,
    retrieved: RETRIEVED[V] ?? new Date().toISOString().slice(0, 10),
    license: LICENSE,
    generatedBy: 'scripts/build-kb.ts',
    ...caveat,
    scope: { chapter: NOTE_CHAPTER, categories: NOTE_CATEGORIES },
    withheld: patch.withheld,
    chapterNotes: [{ chapter: NOTE_CHAPTER, notes: chapter.notes }],
    blockNotes: noteBlocks.map((b) => ({ block: b.id, title: b.title, hasCodes: b.hasCodes, notes: b.notes })),
    entries: rows.filter((r) => codeNotes.has(r.code)).map((r) => ({ code: r.code, notes: codeNotes.get(r.code) })),
  }, 'RawNotes');

  // -------------------------------------------------------------------------------------------
  // Alphabetic index: the subtrees that lead to M99 and its stenosis neighbours.
  let index = indexes.get(rel.index);
  if (!index) indexes.set(rel.index, (index = readIndex(rel.index.startsWith('/') ? rel.index : ROOT + rel.index)));
  const indexSha = sha256(gunzipSync(read(rel.index)));
  const kept: (IndexPath & { addendum?: string })[] = index.terms
    .filter((t) => INDEX_ROOTS.some(([a, b]) => t.path[0] === a && t.path[1] === b))
    .map((t) => ({ ...t, path: [...t.path] }));
  // FY2018 index addenda: "- - lumbar region M48.06" revised to "- - lumbar region (NOS) (without
  // neurogenic claudication) M48.061", and "- - - with neurogenic claudication M48.062" added.
  const lumbar = kept.find((t) => t.path.join('|') === 'Stenosis, stenotic (cicatricial)|spinal|lumbar region' && t.code === 'M48.06');
  if (lumbar) {
    lumbar.code = 'M48.061';
    lumbar.path = [...lumbar.path.slice(0, -1), 'lumbar region (NOS) (without neurogenic claudication)'];
    lumbar.addendum = 'FY2018';
    kept.splice(kept.indexOf(lumbar) + 1, 0, { path: [...lumbar.path, 'with neurogenic claudication'], code: 'M48.062', addendum: 'FY2018' });
  } else if (rel.index.includes('2017')) fail('index: "Stenosis, spinal, lumbar region" M48.06 not found; the FY2018 fix no longer applies');
  for (const t of kept) {
    if (!t.code) continue;
    const row = byCode.get(t.code) ?? fail(`${V}: index term ${t.path.join(', ')} -> ${t.code}, not in ${V}`);
    if (!row.billable) fail(`${V}: index term ${t.path.join(', ')} -> ${t.code}, a header in ${V}`);
  }
  write(`${file}.index-terms.json`, {
    system: 'http://hl7.org/fhir/sid/icd-10-cm',
    version: V,
    content: 'fragment',
    publisher: PUBLISHER,
    source: `${CDC}/2017/ICD10CM_FY2017_Full_XML.zip (member icd10cm_index_2017.xml), with the FY2018 index addenda change for Stenosis, spinal, lumbar region; FY2019-FY2026 index addenda do not touch these entries`,
    sourceFile: rel.index,
    sha256: indexSha,
    retrieved: RETRIEVED[V] ?? new Date().toISOString().slice(0, 10),
    license: LICENSE,
    generatedBy: 'scripts/build-kb.ts',
    ...caveat,
    roots: INDEX_ROOTS.map(([a, b]) => `${a} > ${b}`),
    entries: kept.map((t) => ({ path: t.path, ...(t.code ? { code: t.code } : {}), ...(t.see ? { see: t.see } : {}), ...(t.seeAlso ? { seeAlso: t.seeAlso } : {}), ...(t.addendum ? { addendum: t.addendum } : {}) })),
  }, 'RawIndexTerms');

  // -------------------------------------------------------------------------------------------
  // Changes from the release before, from the official order addenda: what a coder needs when a
  // code was deleted, turned into a header or did not exist yet on the date of service.
  if (rel.addenda) {
    const text = read(rel.addenda).toString('latin1');
    const changes = changesFromAddenda(parseAddenda(text));
    checkChanges(V, changes, rows, byCode, RELEASE_TABLE[RELEASE_TABLE.findIndex((r) => r.version === V) - 1]);
    const withReplacements = changes.map((c) => ({ ...c, ...replacementsFor(c, changes, byCode) }));
    const tally = (kind: CodeChange['change']) => changes.filter((c) => c.change === kind).length;
    write(`${file}.changes.json`, {
      system: 'http://hl7.org/fhir/sid/icd-10-cm',
      version: V,
      content: 'fragment',
      publisher: PUBLISHER,
      source: rel.addendaSource ?? rel.addenda,
      sourceFile: rel.addenda,
      sha256: sha256(read(rel.addenda)),
      retrieved: RETRIEVED[V] ?? new Date().toISOString().slice(0, 10),
      license: LICENSE,
      generatedBy: 'scripts/build-kb.ts',
      format: 'one entry per code the official order addenda changed in this release; replacements: billable codes added under the nearest code that survives (the addenda list no replacement themselves; none when nothing was added there)',
      effectiveFrom: rel.effectiveFrom,
      counts: { added: tally('added'), deleted: tally('deleted'), billableToHeader: tally('billable-to-header'), headerToBillable: tally('header-to-billable'), titleRevised: tally('title-revised') },
      entries: withReplacements,
    }, 'RawChanges');
  }
  console.log(`${V}: ${(performance.now() - started).toFixed(0)} ms`);
}

/** The addenda must describe this release: every added or kept code is in it, every deleted code is not. */
function checkChanges(V: string, changes: CodeChange[], rows: OrderRow[], byCode: Map<string, OrderRow>, previous: ReleaseRow | undefined) {
  for (const c of changes) {
    const row = byCode.get(c.code);
    if (c.change === 'deleted') {
      if (row) fail(`${V}: addenda delete ${c.code}, which is still in the ${V} order file`);
    } else {
      if (!row) fail(`${V}: addenda ${c.change} ${c.code}, which is not in the ${V} order file`);
      else if ((row.billable ? 1 : 0) !== c.after) fail(`${V}: addenda give ${c.code} flag ${c.after}, the order file ${row.billable ? 1 : 0}`);
      if (row && c.title !== undefined && row.longTitle !== c.title) fail(`${V}: addenda title of ${c.code} differs from the order file`);
    }
  }
  // With the release before carried too, the addenda must turn its order file into this one exactly.
  const prevFile = previous?.order;
  if (!prevFile || !existsSync(ROOT + prevFile)) return;
  const before = new Map(readOrder(prevFile).map((r) => [r.code, r]));
  const byChange = new Map(changes.map((c) => [c.code, c]));
  for (const [code, r] of before) {
    const c = byChange.get(code);
    if (c?.change === 'deleted') continue;
    const now = byCode.get(code) ?? fail(`${V}: ${code} vanished from ${previous.version} without an addenda line`);
    if (!c && (now.billable !== r.billable || now.longTitle !== r.longTitle)) fail(`${V}: ${code} changed without an addenda line`);
  }
  for (const r of rows) if (!before.has(r.code) && byChange.get(r.code)?.change !== 'added') fail(`${V}: ${r.code} is new but the addenda do not add it`);
}

/**
 * Replacement codes for a code that stopped being reportable: for a header that was billable,
 * its billable children; for a deleted code, the billable codes added under the nearest code
 * that survives, keeping those that share the most characters position by position (T52.8X1A →
 * T52.811A, T52.821A, T52.891A). The addenda name no replacements, so none is better than a guess
 * when nothing was added there.
 */
function replacementsFor(c: CodeChange, changes: CodeChange[], byCode: Map<string, OrderRow>): { replacements?: string[] } {
  const added = changes.filter((x) => x.change === 'added' && x.after === 1).map((x) => x.code);
  if (c.change === 'billable-to-header') {
    const children = [...byCode.values()].filter((r) => r.billable && r.code.startsWith(c.code) && r.code !== c.code).map((r) => r.code);
    return { replacements: children };
  }
  if (c.change !== 'deleted' || c.before !== 1) return {};
  let ancestor = c.code.slice(0, -1).replace(/\.$/, '');
  while (ancestor.length > 3 && !byCode.has(ancestor)) ancestor = ancestor.slice(0, -1).replace(/\.$/, '');
  const candidates = added.filter((a) => a.startsWith(ancestor) && a.length === c.code.length);
  const score = (a: string) => Array.from({ length: a.length }, (_, i) => i).filter((i) => i >= ancestor.length && a[i] === c.code[i]).length;
  const best = Math.max(0, ...candidates.map(score));
  return { replacements: best > 0 ? candidates.filter((a) => score(a) === best) : [] };
}

// ---------------------------------------------------------------------------------------------
// The runtime release tables: every release in the table whose catalog exists (or was just built).
// Three files, so each surface pulls in only what it may: the validity windows (plain data, for
// choosing a release anywhere), the pages' and CLI's loaders (dynamic imports, one chunk each), and
// the service worker's loaders (`?load`: packaged files read with fetch; workers may not import()).
{
  const built = RELEASE_TABLE.filter((r) => selected.some((s) => s.version === r.version) || existsSync(`${ROOT}${OUT}/icd10cm-${r.version.toLowerCase()}.catalog.json`));
  const head = (what: string) => [
    `// Generated by scripts/build-kb.ts from scripts/kb/release-table.ts: ${what}.`,
    '// Never edit by hand: add a row to the release table and run npm run build:kb.',
  ];
  const windows = [
    ...head('the carried releases and their validity windows, oldest first'),
    "import type { ReleaseWindow } from '../choose-release';",
    '',
    'export const RELEASE_WINDOWS: readonly ReleaseWindow[] = [',
    ...built.map((r) => `  { version: '${r.version}', effectiveFrom: '${r.effectiveFrom}', effectiveTo: '${r.effectiveTo}'${r.caveat ? `, caveat: ${JSON.stringify(r.caveat)}` : ''} },`),
    '];',
    '',
  ];
  const loaders = [
    ...head('each release\'s data loaders (dynamic imports: one lazily loaded chunk per file)'),
    "import type { ReleaseLoaders } from '../releases';",
    '',
    'export const RELEASE_LOADERS: Readonly<Record<string, ReleaseLoaders>> = {',
    ...built.flatMap((r) => {
      const f = `./icd10cm-${r.version.toLowerCase()}`;
      return [
        `  ${r.version}: {`,
        `    loadCatalog: () => import('${f}.catalog.json').then((m) => m.default),`,
        `    loadNotes: () => import('${f}.notes.json').then((m) => m.default),`,
        `    loadIndexTerms: () => import('${f}.index-terms.json').then((m) => m.default),`,
        ...(r.addenda ? [`    loadChanges: () => import('${f}.changes.json').then((m) => m.default),`] : []),
        '  },',
      ];
    }),
    '};',
    '',
  ];
  // Only the latest release's titles are resolved (the worker's loadTitleLookup reads the latest,
  // whatever release a visit's checks use), so only its title hashes ship: 0.69 MB per release.
  const titled = built.reduce<(typeof built)[number] | undefined>((last, r) => (!last || r.effectiveFrom > last.effectiveFrom ? r : last), undefined);
  const assets = [
    ...head('the service worker\'s loaders (packaged files read with fetch; see scripts/kb-data-as-asset.ts)'),
    "import type { CatalogTableBytes } from '../catalog-table';",
    "import type { RawChanges, RawIndexTerms, RawNotes } from '../raw-types';",
    ...built.flatMap((r) => {
      const v = r.version.toLowerCase();
      return [
        `import ${v}CatalogTable from './icd10cm-${v}.catalog.json?table';`,
        ...(r === titled ? [`import ${v}CatalogTitles from './icd10cm-${v}.catalog.json?titles';`] : []),
        ...(r.addenda ? [`import ${v}Changes from './icd10cm-${v}.changes.json?load';`] : []),
        `import ${v}IndexTerms from './icd10cm-${v}.index-terms.json?load';`,
        `import ${v}Notes from './icd10cm-${v}.notes.json?load';`,
      ];
    }),
    '',
    '/**',
    ' * The catalog ships as its per-category table, whose bytes are read whole and never parsed whole',
    ' * (src/kb/catalog-table.ts); the latest release\'s titles\' hashes (src/kb/title-hashes.ts) only',
    ' * when a page shows an official title without its code; notes and index terms only when the side',
    ' * panel asks the worker to explain a code.',
    ' */',
    'export type ReleaseAssets = {',
    '  catalogTable: () => Promise<CatalogTableBytes>;',
    '  catalogTitles?: () => Promise<Uint32Array>;',
    '  changes?: () => Promise<RawChanges>;',
    '  notes: () => Promise<RawNotes>;',
    '  indexTerms: () => Promise<RawIndexTerms>;',
    '};',
    '',
    'export const RELEASE_ASSETS: Readonly<Record<string, ReleaseAssets>> = {',
    ...built.flatMap((r) => {
      const v = r.version.toLowerCase();
      return [
        `  ${r.version}: {`,
        `    catalogTable: ${v}CatalogTable as () => Promise<CatalogTableBytes>,`,
        ...(r === titled ? [`    catalogTitles: ${v}CatalogTitles,`] : []),
        ...(r.addenda ? [`    changes: ${v}Changes as () => Promise<RawChanges>,`] : []),
        `    notes: ${v}Notes as () => Promise<RawNotes>,`,
        `    indexTerms: ${v}IndexTerms as () => Promise<RawIndexTerms>,`,
        '  },',
      ];
    }),
    '};',
    '',
  ];
  // Each release's data-file records (version, publisher, source, licence), so the options page
  // can list them without loading a 12 MB catalog to read four fields of its head.
  const header = (file: string) => {
    const { version, publisher, source, license } = JSON.parse(readFileSync(`${ROOT}${OUT}/${file}`, 'utf8')) as Record<string, string>;
    return { version, publisher, source, license };
  };
  const provenance = [
    ...head('each release\'s data-file records (what the options page lists; src/kb/release-provenance.test.ts checks them against the files)'),
    "import type { DataFileRecord } from '../release-provenance';",
    '',
    'export const RELEASE_PROVENANCE: Readonly<Record<string, Readonly<Record<\'catalog\' | \'notes\' | \'index\', DataFileRecord>>>> = {',
    ...built.flatMap((r) => {
      const f = `icd10cm-${r.version.toLowerCase()}`;
      return [
        `  ${r.version}: {`,
        `    catalog: ${JSON.stringify(header(`${f}.catalog.json`))},`,
        `    notes: ${JSON.stringify(header(`${f}.notes.json`))},`,
        `    index: ${JSON.stringify(header(`${f}.index-terms.json`))},`,
        '  },',
      ];
    }),
    '};',
    '',
  ];
  output(`${OUT}/release-windows.generated.ts`, windows.join('\n'));
  output(`${OUT}/release-provenance.generated.ts`, provenance.join('\n'));
  output(`${OUT}/releases.generated.ts`, loaders.join('\n'));
  output(`${OUT}/release-assets.generated.ts`, assets.join('\n'));
  console.log(`${CHECK ? 'checked' : 'wrote'} ${OUT}/release-windows.generated.ts, release-provenance.generated.ts, releases.generated.ts, release-assets.generated.ts (${built.map((r) => r.version).join(', ')})`);
}

// ---------------------------------------------------------------------------------------------
// README table of every data file (generated and curated).
const readmePath = `${ROOT}src/kb/README.md`;
const readme = readFileSync(readmePath, 'utf8');
const dataFiles = ['src/kb/data', 'src/kb/curated'].flatMap((dir) =>
  readdirSync(ROOT + dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => `${dir}/${f}`),
);
output('src/kb/README.md', renderDataFileTable(readme, dataFiles.map((f) => ({ path: f, text: readFileSync(ROOT + f, 'utf8') }))));
console.log(`${CHECK ? 'checked' : 'updated'} src/kb/README.md (${dataFiles.length} data files)`);
if (stale.length) {
  console.error(`build-kb --check: these files differ from what the build generates (run npm run build:kb): ${stale.join(', ')}`);
  process.exitCode = 1;
}
