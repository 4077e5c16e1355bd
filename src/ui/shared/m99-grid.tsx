import { M99_REGIONS, M99_SUBCATEGORIES, plausibilityOf, type Plausibility } from '../../core';

/** The six stenosis subcategories, grouped by site; short mechanism names fit a 320 px panel. */
const COLUMNS = [
  { digit: '2', short: 'Sublux.', long: 'subluxation' },
  { digit: '3', short: 'Bone', long: 'osseous' },
  { digit: '4', short: 'Lig.', long: 'connective tissue' },
  { digit: '5', short: 'Disc', long: 'intervertebral disc' },
  { digit: '6', short: 'Bone, sublux.', long: 'osseous and subluxation' },
  { digit: '7', short: 'Lig., disc', long: 'connective tissue and disc' },
] as const;

const REGION_SHORT: Record<string, string> = {
  head: 'Head',
  cervical: 'Cervical',
  thoracic: 'Thoracic',
  lumbar: 'Lumbar',
  sacral: 'Sacral',
  pelvic: 'Pelvic',
  'lower-extremity': 'Lower limb',
  'upper-extremity': 'Upper limb',
  'rib-cage': 'Rib cage',
  'abdomen-other': 'Abdomen, other',
};

const PLAUSIBILITY_WORDS: Partial<Record<Plausibility, string>> = {
  unusual: 'anatomically unusual',
  implausible: 'anatomically implausible (no spinal canal or intervertebral foramen there)',
};

/**
 * The M99 stenosis codes as a grid: site and mechanism (M99.2-M99.7) across, region down. The
 * entered codes and the codes the note supports are marked; cells that make no anatomical sense are
 * greyed. Every mark is also in words for screen readers.
 */
export function M99Grid({ entered, supported }: { entered: readonly string[]; supported: readonly string[] }) {
  return (
    <div class="grid-wrap">
      <table class="m99-grid">
        <caption>M99 stenosis codes: site and mechanism × region</caption>
        <thead>
          <tr>
            <td />
            <th scope="colgroup" colSpan={4}>
              Neural canal
            </th>
            <th scope="colgroup" colSpan={2}>
              Foramen
            </th>
          </tr>
          <tr>
            <td />
            {COLUMNS.map((c) => (
              <th scope="col" key={c.digit}>
                <span class="code">M99.{c.digit}</span>
                <abbr title={c.long}>{c.short}</abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {M99_REGIONS.map((region) => (
            <tr key={region.id}>
              <th scope="row">
                <span class="digit">{region.digit}</span> {REGION_SHORT[region.id] ?? region.label}
              </th>
              {COLUMNS.map((c) => {
                const sub = M99_SUBCATEGORIES.find((s) => s.digit === c.digit);
                const plausibility = sub ? plausibilityOf(sub, region) : 'expected';
                const code = `M99.${c.digit}${region.digit}`;
                const isEntered = entered.includes(code);
                const isSupported = supported.includes(code);
                const words = [
                  isEntered && 'entered',
                  isSupported && 'supported by the note',
                  PLAUSIBILITY_WORDS[plausibility],
                ].filter(Boolean);
                return (
                  <td
                    key={code}
                    data-cell={code}
                    data-plausibility={plausibility}
                    data-entered={isEntered || undefined}
                    data-supported={isSupported || undefined}
                    title={`${code}${words.length ? `: ${words.join(', ')}` : ''}`}
                  >
                    <span class="sr-only">M99.</span>
                    {c.digit}
                    {region.digit}
                    {words.length > 0 && <span class="sr-only"> ({words.join(', ')})</span>}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <p class="grid-legend" aria-hidden="true">
        <span class="swatch entered" /> entered <span class="swatch supported" /> note supports{' '}
        <span class="swatch unusual" /> unusual <span class="swatch implausible" /> implausible
      </p>
    </div>
  );
}
