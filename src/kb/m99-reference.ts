/**
 * The M99 reference for one code, derived from the axes (subcategory x region) instead of 91
 * hand-written pages: official titles and flags come from the catalog, notes from the tabular,
 * index words from the index, and the prose from curated/m99-reference.json (our own words).
 */
import { M99_FAMILY } from '../core/families/m99';
import type { AppliedNote } from './notes';
import type { IndexTerm } from './index-terms';
import { M99_REGIONS, M99_SUBCATEGORIES, m99Axes, m99Code, type M99Family, type M99Mechanism, type M99Site, type Plausibility } from '../core/m99/m99-axes';
import type { CuratedContested, CuratedM99, CuratedSource } from './curated-types';
import type { Catalog, CatalogEntry } from './types';

export type CodeRef = { code: string; title: string; billable: boolean };
/** `relationId` / `relationParams`: `relation` as a catalogue template (curated relations have none: their words are the curated file's). */
export type RelatedCode = CodeRef & { relation: string; relationId?: string; relationParams?: Record<string, string> };
/** A note the reference writes itself, with its catalogue template for the surfaces' other languages. */
export type TemplatedNote = { note: string; noteId: string; noteParams: Record<string, string> };
export type Sourced<T> = T & { sources: string[] };

export type M99Reference = {
  code: string;
  title: string;
  billable: boolean;
  family: M99Family;
  subcategory: CodeRef;
  site: M99Site;
  mechanisms: readonly M99Mechanism[];
  /** What the subcategory's lesion is, in one sentence. */
  summary: string;
  region: Sourced<{
    /** The M99 region scheme's id ('cervical', 'lower-extremity'), for a surface that names it in its own words. */
    id: string;
    digit: string;
    label: string;
    levels: string;
    indexWords: string;
    convention: string;
    contested?: Sourced<{ known: string; unknown: string }>;
  }> | null;
  plausibility: Sourced<{ level: Plausibility; text: string }>;
  /** The M99 category note (official) and the other notes that apply, inherited from chapter and block. */
  categoryNote: AppliedNote;
  notes: AppliedNote[];
  /** Index paths that lead to this code. */
  indexTerms: string[];
  siblings: RelatedCode[];
  neighbours: RelatedCode[];
  alternatives: { items: Sourced<RelatedCode & { group: string; when: string }>[] } & TemplatedNote;
  documentation: string[];
  pitfalls: string[];
  clinicalContext: string[];
  faq: Sourced<{ question: string; answer: string }>[];
  procedures: { items: Sourced<{ cpt: string; description: string; group: string; why: string }>[] } & TemplatedNote;
  contested: CuratedContested[];
  sources: CuratedSource[];
  verified: string;
};

/** Fills {name} placeholders; a missing value is a bug in the curated data, so it throws. */
export function fillTemplate(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = vars[name];
    if (value === undefined) throw new Error(`m99 reference: no value for {${name}} in "${template.slice(0, 60)}…"`);
    return value;
  });
}

const ref = (e: CatalogEntry): CodeRef => ({ code: e.code, title: e.title, billable: e.billable });

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`m99 reference: ${what} is missing`);
  return value;
}

/** Foraminal counterpart of a canal subcategory by mechanism, and the canal subcategories of a foraminal one. */
const OTHER_SITE: Record<string, string[]> = { '2': ['6'], '3': ['6'], '4': ['7'], '5': ['7'], '6': ['3', '2'], '7': ['4', '5'] };
/** The code FAQ 1 contrasts with (same region). */
const CONTRAST: Record<string, string> = { '0': '1', '1': '0', '2': '6', '3': '6', '4': '7', '5': '7', '6': '3', '7': '5', '8': '9' };

/**
 * Whether the M99 family data (core/families/m99.ts, the one source the classified-elsewhere rule
 * also reads) offers this code as an alternative for the lesion: the curated file adds prose and
 * per-region code lists, never an alternative the rule would not stand behind.
 */
function coreAllows(lesion: M99Family, code: string): boolean {
  return M99_FAMILY.alternatives.some((a) => code.startsWith(a.target) && (!a.lesions || a.lesions.includes(lesion)));
}

export function buildM99Reference(
  code: string,
  catalog: Catalog,
  notes: AppliedNote[],
  indexTerms: readonly IndexTerm[],
  curated: CuratedM99,
): M99Reference {
  const axes = must(m99Axes(code), `M99 axes for ${code}`);
  const entry = must(catalog.get(axes.code), `catalog entry ${axes.code}`);
  if (!entry.billable) throw new Error(`m99 reference: ${code} is a header; the reference covers billable codes`);
  const { subcategory: sub, region } = axes;
  const subEntry = must(catalog.get(sub.code), `catalog entry ${sub.code}`);
  const text = must(curated.subcategories.find((s) => s.digit === sub.digit), `curated subcategory ${sub.digit}`);
  const get = (c: string) => must(catalog.get(c), `catalog entry ${c}`);
  const stenosis = sub.site !== 'none';
  // Catalogue vocabulary (term_…) for the templates' `_term` placeholders.
  const regionTerm = (r: { id: string } | undefined) => (r ? `sregion_m99_${r.id}` : '');
  const mechTerms = (ms: readonly string[]) => ms.map((m) => `mech_${m}`).join('|');
  const implausible = axes.plausibility === 'implausible';

  // Region, plausibility
  const curatedRegion = region ? must(curated.regions.find((r) => r.digit === region.digit), `curated region ${region.digit}`) : undefined;
  const plaus = must(
    curated.plausibility.find((p) => p.level === axes.plausibility && p.sites.includes(sub.site) && (region ? p.regions.includes(region.digit) : p.regions.length === 0)),
    `plausibility text for ${code}`,
  );
  const vars: Record<string, string> = {
    code: entry.code,
    title: entry.title,
    component: text.component,
    region: region?.label ?? 'no region',
    site: sub.site === 'foramen' ? 'foraminal' : 'canal',
    levels: curatedRegion?.levels ?? '',
  };

  // Siblings: same subcategory, other regions (M99.9 has none: its family is the specified subcategories).
  const siblings: RelatedCode[] = region
    ? catalog.children(sub.code).filter((e) => e.code !== entry.code).map((e) => ({
        ...ref(e),
        relation: `same lesion, ${must(m99Axes(e.code)?.region, 'region').label}`,
        relationId: 'kb_relation_same_lesion',
        relationParams: { region_term: regionTerm(m99Axes(e.code)?.region) },
      }))
    : M99_SUBCATEGORIES.filter((s) => s.hasRegions).map((s) => ({
        ...ref(get(s.code)),
        relation: 'a specified lesion type: choose the region digit',
        relationId: 'kb_relation_specified_type',
        relationParams: {},
      }));

  // Axis neighbours.
  let neighbours: RelatedCode[];
  if (!region) {
    neighbours = catalog.children('M99.8').map((e) => ({
      ...ref(e),
      relation: `specified lesion type NEC, ${must(m99Axes(e.code)?.region, 'region').label}`,
      relationId: 'kb_relation_specified_nec',
      relationParams: { region_term: regionTerm(m99Axes(e.code)?.region) },
    }));
  } else if (stenosis) {
    const sameSite = M99_SUBCATEGORIES.filter((s) => s.site === sub.site && s.digit !== sub.digit).map((s) => ({
      ...ref(get(m99Code(s.digit, region.digit))),
      relation: `same site and region, other mechanism (${s.mechanisms.join(' or ')})`,
      relationId: 'kb_relation_other_mechanism',
      relationParams: { mechs_or_terms: mechTerms(s.mechanisms) },
    }));
    const otherSite = (OTHER_SITE[sub.digit] ?? []).map((d) => {
      const s = must(M99_SUBCATEGORIES.find((x) => x.digit === d), `subcategory ${d}`);
      const shared = s.mechanisms.filter((m) => sub.mechanisms.includes(m));
      return {
        ...ref(get(m99Code(d, region.digit))),
        relation: `same mechanism (${shared.join(' or ')}) and region, at the ${s.site === 'canal' ? 'spinal canal' : 'intervertebral foramen'}`,
        relationId: 'kb_relation_other_site',
        relationParams: { mechs_or_terms: mechTerms(shared), where_term: s.site === 'canal' ? 'at_spinal_canal' : 'at_intervertebral_foramen' },
      };
    });
    neighbours = [...sameSite, ...otherSite];
  } else {
    neighbours = M99_SUBCATEGORIES.filter((s) => s.site === 'none' && s.hasRegions && s.digit !== sub.digit).map((s) => ({
      ...ref(get(m99Code(s.digit, region.digit))),
      relation: 'same region, other functional lesion type',
      relationId: 'kb_relation_other_functional',
      relationParams: {},
    }));
  }

  // Classifiable-elsewhere alternatives.
  const altItems = region && !implausible
    ? curated.alternatives
        .filter((a) => a.families.includes(sub.family))
        .filter((a) => !stenosis || !a.mechanisms || a.mechanisms.some((m) => (sub.mechanisms as readonly string[]).includes(m)))
        .flatMap((a) => (a.codes[region.digit] ?? []).filter((c) => coreAllows(sub.family, c)).map((c) => ({ ...ref(get(c)), relation: a.label, group: a.label, when: a.when, sources: a.sources })))
    : [];
  const altNoteId = !region ? 'kb_alt_note_no_region' : implausible ? 'kb_alt_note_implausible' : altItems.length ? 'kb_alt_note_elsewhere' : 'kb_alt_note_none';
  const altNote = !region
    ? 'M99.9 names no region or lesion type, so no single code elsewhere replaces it; once the chart names the condition, code that condition (see the alternatives listed for the specific M99 codes).'
    : implausible
      ? `The spine categories that classify stenosis elsewhere (M48.0-, M47.1-/M47.2-, M50/M51, M43.1-, M54.1-) have no ${region.label} codes. If the finding is spinal, the region digit is wrong; if it is not spinal, it is not a canal or foraminal stenosis at all: code the condition the chart actually describes.`
      : altItems.length
        ? 'The M99 note says the category is not used when the condition can be classified elsewhere. If the chart supports one of these, use it instead of (not alongside) the M99 code.'
        : `No spine category classifies a ${text.component} of the ${region.label} elsewhere; if the chart names a specific joint or soft-tissue diagnosis of that region, that diagnosis is coded in its own right.`;

  // Documentation, pitfalls, context.
  const regionCheck = `Check the region first: a ${vars.site} stenosis needs a spinal level, and the ${region?.label ?? ''} has none. Document the vertebral level of the finding; its region (by the index: head, cervical, thoracic, lumbar or sacral) decides the code.`;
  const documentation = implausible
    ? [regionCheck, 'If the narrowing really lies outside the spine (for example a nerve entrapment in a limb), it is not an M99 stenosis: document and code the condition itself.']
    : text.tips.map((t) => fillTemplate(t, vars));
  const pitfalls = [
    ...(implausible ? [`Keying a non-spinal region digit (${region?.digit ?? ''}) for a spinal finding: the stenosis codes exist for all ten regions, but only 1-4 (and rarely 0) fit a canal or foramen.`] : []),
    ...(axes.plausibility === 'unusual' ? [fillTemplate(plaus.text, vars)] : []),
    ...text.pitfalls.map((t) => fillTemplate(t, vars)),
  ];
  const clinicalContext = [fillTemplate(text.summary, vars), fillTemplate(text.context, vars), fillTemplate(plaus.text, vars)];

  // FAQ: the six questions of the M99.60 page, adapted to the family.
  const contrast = CONTRAST[sub.digit];
  // M99.9 has no region, so M99.8x contrasts with it (and it with M99.89, "specified type NEC").
  const contrastEntry =
    sub.digit === '9' ? get('M99.89') : get(m99Code(must(contrast, 'contrast'), contrast === '9' ? undefined : region?.digit));
  const alt = region ? must(curated.regionAlternatives.find((r) => r.digit === region.digit), `region alternative ${region.digit}`) : undefined;
  const altEntry = alt ? get(m99Code(sub.digit, alt.alternative)) : get('M99.89');
  Object.assign(vars, {
    contrastCode: contrastEntry.code,
    contrastTitle: contrastEntry.title,
    regionAltCode: region ? altEntry.code : 'a code with a region digit',
    regionAltTitle: altEntry.title,
    regionAltWhen: alt?.when ?? '',
  });
  const familyKey: Record<M99Family, string> = {
    'segmental-somatic-dysfunction': 'dysfunction',
    'subluxation-complex': 'subluxation-complex',
    'canal-stenosis': 'canal',
    'foraminal-stenosis': 'foramen',
    'other-biomechanical': 'other',
    unspecified: 'unspecified',
  };
  const fam = familyKey[sub.family];
  const variant: Record<string, string> = {
    distinguish: fam,
    regionChoice: region ? 'region' : 'no-region',
    ncsEmg: stenosis ? (implausible ? 'stenosis-nonspinal' : 'stenosis-spinal') : 'functional',
    component: sub.site === 'foramen' ? `foramen-${sub.digit}` : fam,
    primary: implausible ? 'implausible' : sub.digit === '0' && region && Number(region.digit) <= 5 ? 'cmt-primary' : 'not-cmt-primary',
    chiroOsteo: implausible ? 'implausible' : stenosis ? 'stenosis' : fam,
  };
  const faq = curated.faq.map((f) => {
    const answer = must(f.answers[must(variant[f.id], `faq variant ${f.id}`)], `faq ${f.id} answer ${variant[f.id] ?? ''}`);
    return { question: fillTemplate(f.question, vars), answer: fillTemplate(answer, vars), sources: f.sources };
  });

  // Related procedures: only those that fit the family and region.
  const procItems =
    region && !implausible
      ? curated.procedures
          .filter((p) => p.regions.includes(region.digit) && p.families.includes(sub.family))
          .map((p) => ({ cpt: p.cpt, description: p.description, group: p.group, why: p.why, sources: p.sources }))
      : !region
        ? curated.procedures.filter((p) => p.families.includes('unspecified')).map((p) => ({ cpt: p.cpt, description: p.description, group: p.group, why: p.why, sources: p.sources }))
        : [];
  const procNoteId = implausible ? 'kb_proc_note_implausible' : 'kb_proc_note';
  const procNote = implausible
    ? `No procedure is linked: a ${vars.site} stenosis of the ${region?.label ?? ''} has no anatomical basis, so it cannot support one.`
    : 'CPT code numbers with our own short descriptions (the official descriptors are licensed). A procedure is listed only where it makes sense for this lesion and region; payer rules decide what is covered.';

  // Contested claims that touch this code.
  const contested = curated.contested.filter(
    (c) =>
      c.id === 'c1-c2-region'
        ? region?.digit === '0' || region?.digit === '1'
        : c.id === 'foraminal-stenosis-m48'
          ? // Where M48.0- is a real competitor: foraminal codes of the ordinary spinal regions.
            sub.site === 'foramen' && axes.plausibility === 'expected'
          : stenosis,
  );

  const categoryNote = must(notes.find((n) => n.from === 'M99' && n.kind === 'notes'), 'M99 category note');
  const result: M99Reference = {
    code: entry.code,
    title: entry.title,
    billable: entry.billable,
    family: sub.family,
    subcategory: ref(subEntry),
    site: sub.site,
    mechanisms: sub.mechanisms,
    summary: text.summary,
    region:
      region && curatedRegion
        ? {
            id: region.id,
            digit: region.digit,
            label: region.label,
            levels: curatedRegion.levels,
            indexWords: curatedRegion.indexWords,
            convention: curatedRegion.convention,
            ...(curatedRegion.contested
              ? { contested: { known: curatedRegion.contested.known, unknown: curatedRegion.contested.unknown, sources: curatedRegion.contested.sources } }
              : {}),
            sources: curatedRegion.sources,
          }
        : null,
    plausibility: { level: axes.plausibility, text: fillTemplate(plaus.text, vars), sources: plaus.sources },
    categoryNote,
    notes,
    indexTerms: indexTerms.filter((t) => t.code === entry.code).map((t) => t.term),
    siblings,
    neighbours,
    alternatives: { items: altItems, note: altNote, noteId: altNoteId, noteParams: { region_term: regionTerm(region), site_term: `site_${sub.site}` } },
    documentation,
    pitfalls,
    clinicalContext,
    faq,
    procedures: { items: procItems, note: procNote, noteId: procNoteId, noteParams: { region_term: regionTerm(region), site_term: `site_${sub.site}` } },
    contested,
    sources: [],
    verified: curated.verified,
  };
  // Every source any section cites, once, in the curated file's order.
  const cited = new Set<string>([
    ...text.sources,
    ...plaus.sources,
    ...(curatedRegion?.sources ?? []),
    ...(curatedRegion?.contested?.sources ?? []),
    ...altItems.flatMap((a) => a.sources),
    ...faq.flatMap((f) => f.sources),
    ...procItems.flatMap((p) => p.sources),
    ...contested.flatMap((c) => c.sources),
    'icd10cm-order-fy2026',
    'icd10cm-tabular',
  ]);
  result.sources = curated.sources.filter((s) => cited.has(s.id));
  const unknown = [...cited].filter((id) => !curated.sources.some((s) => s.id === id));
  if (unknown.length) throw new Error(`m99 reference: unknown source ids ${unknown.join(', ')}`);
  return result;
}

/** Every billable M99 code, in order (91). */
export function billableM99Codes(catalog: Catalog): string[] {
  return catalog.descendants('M99').filter((e) => e.billable).map((e) => e.code);
}

export { M99_REGIONS, M99_SUBCATEGORIES };
