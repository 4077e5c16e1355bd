import { writeFileSync } from 'node:fs';
import { loadCatalog } from '../../src/kb';
import { evalSpineFamilies, renderSpineFamilies } from './eval-spine-families';

/** The spine-family section of `npm run eval`: writes its JSON and returns its Markdown and summary line. */
export async function familiesEvalSection(out: URL): Promise<{ markdown: string; line: string; exactSet: number }> {
  const { lookup } = await loadCatalog();
  const r = evalSpineFamilies(lookup);
  writeFileSync(new URL('eval-spine-families.json', out), `${JSON.stringify(r, null, 2)}\n`);
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return {
    markdown: renderSpineFamilies(r),
    exactSet: r.exactSet,
    line: `Spine families (${r.vignettes} vignettes, ${r.codes} codes): exact set ${pct(r.exactSet)}, warning P ${pct(r.warning.precision)} R ${pct(r.warning.recall)}, not-checked ${pct(r.notCheckedShare)}, false all-clears ${r.falseAllClears}`,
  };
}
