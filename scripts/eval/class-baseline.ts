/**
 * Prints the class counts of test/corpus/dev-classes (both sets) for the core of the checkout it
 * runs in, as baseline.json stores them. To regenerate a baseline after adding cases: extract the
 * older commit (`git archive <commit> | tar -x -C /tmp/base`), link node_modules, copy the current
 * test/corpus/dev-classes and scripts/eval into it, and run `npx tsx scripts/eval/class-baseline.ts`
 * there. Checks an older core cannot answer (procedure evidence) count as errors, as they were.
 */
import { loadSpineLookup } from '../../test/corpus/icd10cm/order-rows';
import { evalClasses, readDevCases } from './eval-classes';

const lookup = loadSpineLookup();
const sets: Record<string, unknown> = {};
for (const set of ['cases', 'heldout'] as const) {
  const r = evalClasses(lookup, readDevCases(set));
  sets[set] = { classes: r.classes.map(({ class: c, checks, errors }) => ({ class: c, checks, errors })), mismatch: r.mismatch };
}
process.stdout.write(`${JSON.stringify(sets, null, 2)}\n`);
