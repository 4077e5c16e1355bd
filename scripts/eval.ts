/**
 * `npm run eval`: measures the core on the corpora copied into test/corpus (never ../shared) and
 * writes reports/eval.json and reports/eval.md. Deterministic: no timestamps, so a rerun with no
 * change gives no diff.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadSpineLookup } from '../test/corpus/icd10cm/order-rows';
import { evalClasses, readClassBaseline, readDevCases } from './eval/eval-classes';
import { chiroSummaryLine, evalChiro, readVignettes, renderChiroMarkdown } from './eval/eval-chiro';
import { evalMismatch } from './eval/eval-mismatch';
import { evalNegex } from './eval/eval-negex';
import { evalSpine } from './eval/eval-spine';
import { familiesEvalSection } from './eval/eval-spine-families-hook';
import { renderEvalMarkdown } from './eval/render-eval';
import { readSpineNotes } from './eval/read-corpus';

const notes = readSpineNotes();
const negex = evalNegex();
const spine = evalSpine(notes);
const mismatch = evalMismatch(loadSpineLookup(), notes);
const lookup = loadSpineLookup();
const classes = { development: evalClasses(lookup, readDevCases('cases')), heldout: evalClasses(lookup, readDevCases('heldout')), baseline: readClassBaseline() };

const chiro = evalChiro();
const chiroHeldOut = evalChiro(readVignettes(new URL('../test/corpus/chiro/heldout.jsonl', import.meta.url)));
const report = { negex, spine, mismatch, classes, chiro, chiroHeldOut };

const out = new URL('../reports/', import.meta.url);
mkdirSync(out, { recursive: true });
writeFileSync(new URL('eval.json', out), `${JSON.stringify(report, null, 2)}\n`);
const families = await familiesEvalSection(out);
writeFileSync(new URL('eval.md', out), `${renderEvalMarkdown({ ...report, familiesExactSet: families.exactSet })}\n${families.markdown}`);
writeFileSync(
  new URL('eval-chiro.md', out),
  `${renderChiroMarkdown(chiro)}\n## Held-out set (test/corpus/chiro/heldout.jsonl)\n\n${renderChiroMarkdown(chiroHeldOut).split('\n').slice(2).join('\n')}`,
);

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
process.stdout.write(
  [
    `NegEx (${negex.rows} rows): accuracy ${pct(negex.accuracy)}, negated P ${pct(negex.precision)} R ${pct(negex.recall)} F1 ${pct(negex.f1)}`,
    `MTSamples spine (${spine.notes} texts, ${spine.goldFindings} findings): detection R ${pct(spine.detection.recall)} P ${pct(spine.detection.precision)}; agreement site ${pct(spine.agreement.site)} region ${pct(spine.agreement.region)} status ${pct(spine.agreement.status)}`,
    `Mismatch findings (${mismatch.trials} trials): site P ${pct(mismatch.siteMismatch.precision)} R ${pct(mismatch.siteMismatch.recall)}; region P ${pct(mismatch.regionMismatch.precision)} R ${pct(mismatch.regionMismatch.recall)}`,
    `Error classes (development cases): ${classes.development.classes.map((c) => `${c.class}:${c.errors}/${c.checks}`).join(' ')}; mismatch P ${pct(classes.development.mismatch.precision)}`,
    `Error classes (held-out cases): ${classes.heldout.classes.map((c) => `${c.class}:${c.errors}/${c.checks}`).join(' ')}; mismatch P ${pct(classes.heldout.mismatch.precision)}`,
    `Procedure evidence in the spine notes: ${spine.procedures.found} (${Object.entries(spine.procedures.byStatus).map(([k, n]) => `${k} ${n}`).join(', ')}), ${spine.procedures.overlappingMentions} also read as a mention`,
    families.line,
    chiroSummaryLine(chiro),
    `Chiro held-out (${chiroHeldOut.vignettes}): exact set ${pct(chiroHeldOut.exactSetAccuracy)}; warnings P ${pct(chiroHeldOut.warningPrecision)} R ${pct(chiroHeldOut.warningRecall)}`,
    'wrote reports/eval.md, reports/eval-chiro.md and reports/eval.json (spine families: reports/eval-spine-families.json)',
    '',
  ].join('\n'),
);
