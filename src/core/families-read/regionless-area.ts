import { areaOf } from './place';

/** A broad part of the spine (place.ts areaOf): what a regionless code's title names. */
export type SpineArea = 'neck' | 'thoracic' | 'low';

/**
 * A spine code with no region character, and the part of the spine its official title names.
 * `regions`: the dorsopathy scheme's regions the title covers ('every' when it names none: the
 * code is for any part, and nothing is checked); `elsewhere`: per other area, the code the Tabular
 * gives it, or the category whose code is read from the note (M50: the cervical disc code the note
 * documents, subcategory and level from its statements).
 */
export type RegionlessArea = {
  code: string;
  /** The FY2027 order file's long title, word for word (regionless-area.test.ts holds it there). */
  title: string;
  regions: readonly string[] | 'every';
  elsewhere: Partial<Record<SpineArea, string>>;
  sources: readonly string[];
};

const ORDER = 'order-fy2027-regionless-titles';
const LOW = ['thoracolumbar', 'lumbar', 'lumbosacral', 'sacral'];
const NECK = ['occipito-atlanto-axial', 'cervical', 'cervicothoracic'];

/**
 * Data, one row per code: the family codes without a region character (families.ts, regionDigits
 * '') and the other unspecified spine codes coders enter, whose titles say "unspecified" for the
 * whole spine. Tabular M50/M51 split the disc disorders by region (cervical; thoracic to
 * lumbosacral) and M54 the back pains (M54.2 cervicalgia, M54.5- low back, M54.6 thoracic spine).
 */
export const REGIONLESS_AREAS: readonly RegionlessArea[] = [
  {
    code: 'M51.9',
    title: 'Unspecified thoracic, thoracolumbar and lumbosacral intervertebral disc disorder',
    // M51's codes name the lumbar region too (M51.16, M51.26 …): the title's "thoracolumbar and lumbosacral" spans it.
    regions: ['thoracic', 'thoracolumbar', 'lumbar', 'lumbosacral'],
    elsewhere: { neck: 'M50' },
    sources: [ORDER, 'tabular-dorsopathies'],
  },
  {
    code: 'M54.2',
    title: 'Cervicalgia',
    regions: NECK,
    elsewhere: { thoracic: 'M54.6', low: 'M54.50' },
    sources: [ORDER, 'tabular-dorsopathies'],
  },
  {
    code: 'M54.50',
    title: 'Low back pain, unspecified',
    regions: LOW,
    elsewhere: { neck: 'M54.2', thoracic: 'M54.6' },
    sources: [ORDER, 'tabular-dorsopathies'],
  },
  {
    code: 'M54.51',
    title: 'Vertebrogenic low back pain',
    regions: LOW,
    elsewhere: { neck: 'M54.2', thoracic: 'M54.6' },
    sources: [ORDER, 'tabular-dorsopathies'],
  },
  {
    code: 'M54.59',
    title: 'Other low back pain',
    regions: LOW,
    elsewhere: { neck: 'M54.2', thoracic: 'M54.6' },
    sources: [ORDER, 'tabular-dorsopathies'],
  },
  // Sciatica is the nerve's, by side, not a part of the spine's; "lumbago with sciatica" names the
  // low back, whose pain sciatica-codes.ts reads beside the sciatica (its lumbago check).
  ...(['unspecified', 'right', 'left'] as const).flatMap((side, d): RegionlessArea[] => [
    {
      code: `M54.3${d}`,
      title: `Sciatica, ${side} side`,
      regions: 'every',
      elsewhere: {},
      sources: [ORDER, 'tabular-m54-3-sciatica'],
    },
    {
      code: `M54.4${d}`,
      title: `Lumbago with sciatica, ${side} side`,
      regions: 'every',
      elsewhere: {},
      sources: [ORDER, 'tabular-m54-4-sciatica'],
    },
  ]),
  // Titles that name no part of the spine: left as they are (not checked: no family reads them).
  { code: 'M47.9', title: 'Spondylosis, unspecified', regions: 'every', elsewhere: {}, sources: [ORDER] },
  { code: 'M48.9', title: 'Spondylopathy, unspecified', regions: 'every', elsewhere: {}, sources: [ORDER] },
  { code: 'M53.9', title: 'Dorsopathy, unspecified', regions: 'every', elsewhere: {}, sources: [ORDER] },
  { code: 'M54.9', title: 'Dorsalgia, unspecified', regions: 'every', elsewhere: {}, sources: [ORDER] },
];

const BY_CODE = new Map(REGIONLESS_AREAS.map((e) => [e.code, e]));

/** A regionless code's row, when its title names a part of the spine (undefined for 'every' and for codes with a region). */
export function regionlessArea(code: string): (RegionlessArea & { regions: readonly string[] }) | undefined {
  const e = BY_CODE.get(code);
  return e && e.regions !== 'every' ? (e as RegionlessArea & { regions: readonly string[] }) : undefined;
}

/** The areas a row's regions lie in. */
export function areasOf(e: { regions: readonly string[] }): SpineArea[] {
  const out: SpineArea[] = [];
  for (const r of e.regions) {
    const a = areaOf(r);
    if (a && !out.includes(a)) out.push(a);
  }
  return out;
}
