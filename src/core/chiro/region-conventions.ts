import data from './region-conventions.json' with { type: 'json' };
import type { SourceRef } from '../types';
import type { ChiroM99Region, CmtRegion, OmtRegion, SegmentKind } from './chiro-types';

export type ConventionSource = { title: string; url: string; verified: string };
export type RegionScheme = { label: string; regions: string[]; source: string; note: string };
export type SegmentConvention = {
  kind: SegmentKind;
  label: string;
  m99: ChiroM99Region;
  cmt: CmtRegion;
  omt: OmtRegion;
  sources: string[];
  why?: string;
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks the conventions file at load: every source has a title, URL and verified date; every
 * segment's region belongs to its scheme and every source it names exists. Throws naming the bad entry.
 */
export function validateConventions(raw: typeof data): {
  sources: Record<string, ConventionSource>;
  schemes: Record<'cmt-spinal' | 'cmt-extraspinal' | 'omt' | 'm99', RegionScheme>;
  segments: SegmentConvention[];
} {
  const sources = raw.sources as Record<string, ConventionSource>;
  for (const [id, s] of Object.entries(sources)) {
    if (!s.title || !s.url || !ISO_DATE.test(s.verified))
      throw new Error(
        `region-conventions.json: source "${id}" needs a title, a url and a verified yyyy-mm-dd date`,
      );
  }
  const schemes = raw.schemes;
  for (const [id, scheme] of Object.entries(schemes)) {
    if (!sources[scheme.source])
      throw new Error(`region-conventions.json: scheme "${id}" cites unknown source "${scheme.source}"`);
  }
  const cmt = new Set([...schemes['cmt-spinal'].regions, ...schemes['cmt-extraspinal'].regions]);
  const segments = raw.segments as SegmentConvention[];
  for (const seg of segments) {
    const bad = !schemes.m99.regions.includes(seg.m99)
      ? 'm99'
      : !cmt.has(seg.cmt)
        ? 'cmt'
        : !schemes.omt.regions.includes(seg.omt)
          ? 'omt'
          : undefined;
    if (bad)
      throw new Error(
        `region-conventions.json: segment "${seg.kind}" has a ${bad} region outside its scheme`,
      );
    for (const s of seg.sources)
      if (!sources[s])
        throw new Error(`region-conventions.json: segment "${seg.kind}" cites unknown source "${s}"`);
  }
  return { sources, schemes, segments };
}

const conventions = validateConventions(data);

export const CONVENTION_SOURCES = conventions.sources;
export const REGION_SCHEMES = conventions.schemes;
const BY_KIND = new Map(conventions.segments.map((s) => [s.kind, s]));

/** The convention for one kind of segment (M99 region, CMT region, OMT region, sources). */
export function conventionOf(kind: SegmentKind): SegmentConvention {
  const found = BY_KIND.get(kind);
  if (!found) throw new Error(`no region convention for segment kind "${kind}"`);
  return found;
}

/** M99 regions in fifth-character order: the index is the digit. */
export const M99_REGION_ORDER = REGION_SCHEMES.m99.regions as ChiroM99Region[];
export const CMT_SPINAL = REGION_SCHEMES['cmt-spinal'].regions as CmtRegion[];

/** A source as shown on a finding: title with its verified date. */
export function conventionSource(id: string): SourceRef {
  const s = CONVENTION_SOURCES[id];
  if (!s) throw new Error(`unknown convention source "${id}"`);
  return { title: `${s.title} (verified ${s.verified})`, url: s.url };
}
