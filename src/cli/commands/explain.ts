import { CodeInputError, explainCode, releaseForDate, todayIso, type CodeExplanation } from '../../kb';
import { readArgs } from '../args';
import { EXIT_USAGE, UsageError, type Command } from '../command';
import { EXPLAIN } from './meta';
import { itemsFrom, printJson } from './many';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Plain-text rendering: the same content as --json, laid out for a terminal. */
function render(x: CodeExplanation, releaseNote: string | undefined): string {
  const out: string[] = [];
  const line = (s = '') => out.push(s);
  line(`${x.code}  ${x.title}`);
  line(x.status);
  line(`ICD-10-CM ${x.release.version} (effective ${x.release.effectiveFrom} to ${x.release.effectiveTo})`);
  if (releaseNote) line(releaseNote);
  line(`chapter ${x.chapter.number}: ${x.chapter.title} (${x.chapter.range})`);
  line(`block ${x.block.range}: ${x.block.title}${x.block.inferred ? ' (block inferred: category newer than the tabular)' : ''}`);
  for (const a of x.ancestors) line(`  ${a.code}  ${a.title}${a.billable ? '' : ' [header]'}`);
  if (x.children.length) {
    line('codes below it:');
    for (const c of x.children) line(`  ${c.code}  ${c.title}${c.billable ? '' : ' [header]'}`);
  }
  line('official notes that apply:');
  if (!x.notes.length) line('  (none)');
  for (const n of x.notes) line(`  ${n.kind} [${n.from}${n.addendum ? `, ${n.addendum} addenda` : ''}]: ${n.text}`);
  if (x.notesMessage) line(`  ${x.notesMessage}`);
  if (x.indexTerms.length) {
    line('alphabetic index:');
    for (const t of x.indexTerms) line(`  ${t}`);
  }
  const m = x.m99;
  if (m) {
    const list = (title: string, items: readonly string[]) => {
      line();
      line(`${title}:`);
      for (const i of items) line(`  - ${i}`);
    };
    line();
    line(`M99 reference (our own words; sources below; verified ${m.verified})`);
    line(`site: ${m.site}; mechanism: ${m.mechanisms.join(' or ') || 'n/a'}; region: ${m.region?.label ?? 'none (complete at four characters)'}`);
    if (m.region) {
      line(`region levels: ${m.region.levels}`);
      line(`convention: ${m.region.convention}`);
      if (m.region.contested) line(`known: ${m.region.contested.known}\nnot known: ${m.region.contested.unknown}`);
    }
    line(`plausibility: ${m.plausibility.level}. ${m.plausibility.text}`);
    list('sibling codes', m.siblings.map((s) => `${s.code}  ${s.title}${s.billable ? '' : ' [header]'} (${s.relation})`));
    list('axis neighbours', m.neighbours.map((s) => `${s.code}  ${s.title}${s.billable ? '' : ' [header]'} (${s.relation})`));
    list('classifiable elsewhere', [...m.alternatives.items.map((a) => `${a.code}  ${a.title} [${a.group}]`), m.alternatives.note]);
    list('documentation tips', m.documentation);
    list('common pitfalls', m.pitfalls);
    list('clinical context', m.clinicalContext);
    line();
    line('FAQ:');
    m.faq.forEach((f, i) => line(`  ${i + 1}. ${f.question}\n     ${f.answer}`));
    list('related procedures (CPT numbers, our own descriptions)', [...m.procedures.items.map((p) => `${p.cpt}  ${p.description}: ${p.why}`), m.procedures.note]);
    if (m.contested.length) list('contested', m.contested.map((c) => `${c.claim} Known: ${c.known} Not known: ${c.unknown} ChartLint: ${c.chartlintPosition}`));
    list('sources', m.sources.map((s) => `${s.title}, ${s.publisher}, ${s.url} (checked ${s.checked}; ${s.how})`));
  }
  line();
  line(`source: ${x.source}`);
  return `${out.join('\n')}\n`;
}

async function explainOne(input: string, options: { release?: string; dateOfService?: string }): Promise<CodeExplanation> {
  try {
    return await explainCode(input, options);
  } catch (error) {
    if (error instanceof CodeInputError) throw new UsageError(error.message);
    if (error instanceof Error && /is not loaded in ChartLint/.test(error.message)) throw new UsageError(error.message);
    throw error;
  }
}

export const explain: Command = {
  ...EXPLAIN,
  run: async (args, io) => {
    const { positionals, flags, values } = readArgs(args, { flags: ['json', 'jsonl'], values: ['date', 'release'] });
    if (positionals.length === 0) throw new UsageError('which code? e.g. chartlint explain M99.60');
    const date = values.get('date');
    if (date !== undefined && !ISO_DATE.test(date)) throw new UsageError(`--date must be YYYY-MM-DD, got "${date}"`);
    const choice = date ? releaseForDate(date) : undefined;
    const release = values.get('release');
    // No release and no date: the release in force today (chooseRelease's rule for the CLI).
    const options = release ? { release, ...(date ? { dateOfService: date } : {}) } : { dateOfService: date ?? todayIso() };
    const releaseNote = choice && !choice.coversDate ? choice.message : undefined;
    const inputs = await itemsFrom(positionals, io);
    const mode = flags.has('jsonl') ? 'jsonl' : flags.has('json') ? 'json' : 'text';
    // One code: unchanged behaviour, a bad code is a usage error (exit 2 with the usage line).
    if (inputs.length === 1 && positionals[0] !== '-') {
      const result = await explainOne(inputs[0] ?? '', options);
      if (mode === 'text') io.stdout(render(result, releaseNote));
      else printJson(io, [releaseNote ? { ...result, releaseNote } : result], mode, true);
      return 0;
    }
    // Several codes: every one is answered in order; a bad one is reported in its place (exit 2 at the end).
    let failed = false;
    const results: unknown[] = [];
    for (const input of inputs) {
      try {
        const result = await explainOne(input, options);
        if (mode === 'text') io.stdout(`${results.length ? '\n' : ''}${render(result, releaseNote)}`);
        results.push(releaseNote ? { ...result, releaseNote } : result);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        failed = true;
        io.stderr(`chartlint explain: ${error.message}\n`);
        results.push({ input, error: error.message });
      }
    }
    if (mode !== 'text') printJson(io, results, mode, false);
    return failed ? EXIT_USAGE : 0;
  },
};
