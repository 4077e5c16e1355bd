import type { CodeFamily, KnowledgeSource, RegionScheme } from './types';

/** Thrown when the family or scheme data is malformed; the message names the bad entry. */
export class KnowledgeDataError extends Error {
  constructor(message: string) {
    super(`ChartLint knowledge data: ${message}`);
    this.name = 'KnowledgeDataError';
  }
}

function checkSources(where: string, ids: readonly string[], known: ReadonlySet<string>): void {
  if (ids.length === 0) throw new KnowledgeDataError(`${where} cites no source`);
  for (const id of ids) if (!known.has(id)) throw new KnowledgeDataError(`${where} cites unknown source "${id}"`);
}

function unique<T>(where: string, items: readonly T[], key: (item: T) => string): void {
  const seen = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) throw new KnowledgeDataError(`${where}: "${k}" appears twice`);
    seen.add(k);
  }
}

/**
 * Checks the schemes and families against each other and the source list. Throws
 * KnowledgeDataError naming the first bad entry; returns the inputs so callers can validate
 * where they define the data.
 */
export function validateKnowledge(
  sources: readonly KnowledgeSource[],
  schemes: readonly RegionScheme[],
  families: readonly CodeFamily[],
): void {
  unique('sources', sources, (s) => s.id);
  const known = new Set(sources.map((s) => s.id));
  for (const s of sources) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s.verified)) throw new KnowledgeDataError(`source "${s.id}" has no verified date (YYYY-MM-DD)`);
  }
  unique('region schemes', schemes, (s) => s.id);
  for (const scheme of schemes) {
    const where = `region scheme "${scheme.id}"`;
    checkSources(where, scheme.sources, known);
    unique(`${where} regions`, scheme.regions, (r) => r.id);
    unique(`${where} region digits`, scheme.regions, (r) => r.digit);
    for (const r of scheme.regions) if (!/^[0-9A-Z]$/.test(r.digit)) throw new KnowledgeDataError(`${where} region "${r.id}": digit "${r.digit}" is not one code character`);
    scheme.levelMap.forEach((rule, i) => {
      const at = `${where} level rule ${i + 1} (${rule.levels?.join(', ') ?? rule.letters?.join(', ') ?? '?'})`;
      if (!rule.levels?.length && !rule.letters?.length) throw new KnowledgeDataError(`${at} matches no level`);
      if (!scheme.regions.some((r) => r.id === rule.region)) throw new KnowledgeDataError(`${at} names region "${rule.region}", which the scheme does not have`);
      checkSources(at, rule.sources, known);
    });
  }
  unique('families', families, (f) => f.id);
  for (const family of families) {
    const where = `family "${family.id}"`;
    let pattern: RegExp;
    try {
      pattern = new RegExp(family.codePattern);
    } catch {
      throw new KnowledgeDataError(`${where}: codePattern "${family.codePattern}" is not a regular expression`);
    }
    const scheme = schemes.find((s) => s.id === family.scheme);
    if (!scheme) throw new KnowledgeDataError(`${where} uses region scheme "${family.scheme}", which does not exist`);
    checkSources(where, family.sources, known);
    if (family.subcategories.length === 0) throw new KnowledgeDataError(`${where} has no subcategories`);
    unique(`${where} subcategories`, family.subcategories, (s) => s.code);
    for (const sub of family.subcategories) {
      const at = `${where} subcategory "${sub.code}"`;
      checkSources(at, sub.sources, known);
      if (!pattern.test(sub.code) && sub.regionDigits.length === 0) throw new KnowledgeDataError(`${at} does not match the family's codePattern`);
      for (const digit of sub.regionDigits) {
        if (!scheme.regions.some((r) => r.digit === digit)) throw new KnowledgeDataError(`${at}: region digit "${digit}" is not in the ${scheme.name}`);
        const extras = sub.extra?.[digit];
        const codes = extras?.length ? extras.map((e) => `${sub.code}${digit}${e.char}`) : [`${sub.code}${digit}`];
        for (const code of codes) if (!pattern.test(code)) throw new KnowledgeDataError(`${at}: ${code} does not match the family's codePattern`);
      }
      for (const root of sub.rootLevels ?? []) {
        const rl = `${at} root ${root.root}`;
        checkSources(rl, root.sources, known);
        const region = scheme.levelMap.find((rule) => rule.levels?.includes(root.level))?.region;
        if (!region || !sub.regionDigits.includes(scheme.regions.find((r) => r.id === region)?.digit ?? '')) throw new KnowledgeDataError(`${rl}: level "${root.level}" is in no region the subcategory takes`);
      }
      if (sub.axes.side !== undefined && sub.regionDigits.length > 0) throw new KnowledgeDataError(`${at}: a side subcategory is a complete code and takes no region digit`);
      for (const digit of Object.keys(sub.extra ?? {})) {
        if (!sub.regionDigits.includes(digit)) throw new KnowledgeDataError(`${at}: extra characters for region digit "${digit}", which the subcategory does not take`);
      }
    }
    const lesions = new Set(family.subcategories.map((s) => s.axes.lesion));
    family.alternatives.forEach((alt, i) => {
      const at = `${where} alternative ${i + 1} (${alt.target})`;
      checkSources(at, alt.sources, known);
      for (const lesion of alt.lesions ?? []) if (!lesions.has(lesion)) throw new KnowledgeDataError(`${at} names lesion "${lesion}", which no subcategory of the family has`);
      for (const lesion of alt.besideLesions ?? []) if (!(alt.lesions ?? [...lesions]).includes(lesion)) throw new KnowledgeDataError(`${at} names beside-lesion "${lesion}", which is not among its lesions`);
    });
  }
}
