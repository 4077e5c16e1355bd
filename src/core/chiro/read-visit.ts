import { findSections } from '../context/find-sections';
import type { FieldText, FoundCode, Span } from '../types';
import type {
  ChiroM99Region,
  ChiroVisit,
  PartFinding,
  PartLetter,
  PayerId,
  ProcedureLine,
  RegionRow,
  SegmentMention,
  XrayFinding,
} from './chiro-types';
import { clauseCues, elidedTreatment, findSegments, leavesListOpen, listedTreatment, substitutesForDiagnosed } from './find-segments';
import { findNoManipulation } from './find-no-manipulation';
import { findCareType, findDateOrder, findDates, findPart, findPlan, findXray } from './find-findings';
import { detectPayer } from './detect-payer';
import { readProcedures, type UnknownProcedureToken } from './read-procedures';
import { conventionOf, M99_REGION_ORDER } from './region-conventions';
import { splitClauses } from './split-clauses';
import { isOsteopathicOnly } from './chiro-helpers';
import { readPartTables } from './part-table';
import { filmOutsideWindow } from './subluxation-proof';
import { readClauseRegionCounts, readFieldRegionCounts, type StatedRegionCount } from './read-region-count';

export type VisitInput = {
  fields: FieldText[];
  /** Codes entered in diagnosis fields (or the note, when there is no diagnosis field), in order. */
  codes: FoundCode[];
  /** The per-site payer setting or the CLI's --payer. */
  payer?: PayerId;
};

/**
 * `regionCounts`: the numbers of regions the fee ticket's manipulation lines, then the note's
 * clauses of today's manipulation, state ("CMT (2 regions)"), in that order.
 */
export type ReadVisit = { visit: ChiroVisit; unknownProcedures: UnknownProcedureToken[]; regionCounts: StatedRegionCount[] };

// A clause that may state a count of regions: the count reader runs only on those.
const REGION_WORD = /regions?\b/i;

/** The M99 region digit of an M99.0x/M99.1x code (segmental dysfunction, subluxation complex). */
export function chiroCodeRegion(code: string): ChiroM99Region | undefined {
  const m = /^M99\.[01](\d)$/.exec(code);
  return m ? M99_REGION_ORDER[Number(m[1])] : undefined;
}

/** Any M99.0-M99.8 code with a region digit, which qualifies for the region of its digit. */
export function m99Region(code: string): ChiroM99Region | undefined {
  const m = /^M99\.[0-8](\d)$/.exec(code);
  return m ? M99_REGION_ORDER[Number(m[1])] : undefined;
}

/**
 * Reads a chiropractic/osteopathic visit from page text: procedure lines, treated and examined
 * places, P/A/R/T findings, X-rays, care type, dates, plan and payer, and the per-region table the
 * side panel shows. Pure: text in, a plain object out.
 */
export function readVisit(input: VisitInput): ReadVisit {
  const notes = input.fields.filter((f) => f.kind === 'note');
  const procedureFields = input.fields.filter((f) => f.kind === 'procedure');
  const procedures: ProcedureLine[] = [];
  const unknownProcedures: UnknownProcedureToken[] = [];
  const regionCounts: StatedRegionCount[] = [];
  for (const field of procedureFields) regionCounts.push(...readFieldRegionCounts(field));
  // Lines on the fee ticket are what is billed; the note is read only when there is no such field.
  for (const field of procedureFields.length > 0 ? procedureFields : notes) {
    const read = readProcedures(field);
    procedures.push(...read.lines);
    unknownProcedures.push(...read.unknown);
  }
  const segments: SegmentMention[] = [];
  const part: PartFinding[] = [];
  const xrays: XrayFinding[] = [];
  const visit: ChiroVisit = {
    procedures,
    segments,
    part,
    xrays,
    care: { type: 'unknown' },
    payer: detectPayer(input.fields, input.payer),
    regions: [],
  };
  // P/A/R/T read from a film's report, by the index of the film: a film outside the window shows
  // no subluxation, by either route (QA stop 46, F).
  const fromFilm = new Map<PartFinding, XrayFinding>();
  for (const field of notes) {
    const clauses = splitClauses(field.text);
    const sections = findSections(field.text);
    const tables = readPartTables(field);
    let lineHeading = { line: -1, treated: false, lesion: false, regions: [] as ChiroM99Region[] };
    let previous: { text: string; places: number } | undefined;
    let listOpen = false;
    let listLine = -1;
    let substitute = false;
    const firstSegment = segments.length;
    for (const clause of clauses) {
      if (clause.line !== lineHeading.line)
        lineHeading = { line: clause.line, treated: false, lesion: false, regions: [] };
      // "C5 not adjusted today; L4 was.": the second clause's verb is the first one's; "Adjusted: C5;
      // L5; T4.": a list's items after a semicolon are treated as its first is.
      const listed = listedTreatment(listOpen && clause.line === listLine, clause.text);
      const heading = elidedTreatment(previous, clause.text) || listed ? { ...lineHeading, treated: true } : lineHeading;
      const found = withoutVertebraJoints(findSegments(field, clause, heading, sections));
      previous = { text: clause.text, places: found.length };
      listOpen = leavesListOpen(clause.text, heading.treated || clauseCues(clause.text).treated, found.length);
      listLine = clause.line;
      substitute ||= found.length > 0 && substitutesForDiagnosed(clause.text);
      segments.push(...found);
      // "P: Chiropractic manipulative treatment (2 regions)": the count of today's manipulation.
      if (REGION_WORD.test(clause.text) && (heading.treated || clauseCues(clause.text).treated))
        regionCounts.push(...readClauseRegionCounts(field, clause, sections));
      const regions = affirmedRegions(found);
      const credited = partCredit(found, regions);
      // A P/A/R/T table's header names its columns ("P (pain)"), and its rows mark them per segment.
      const hits = tables.headers.has(clause.line) ? [] : findPart(field, clause);
      const partRegions =
        regions.length > 0
          ? credited
          : lineHeading.regions.length > 0 || hits.length === 0 || !WHOLE_SPINE.test(clause.text)
            ? lineHeading.regions
            : SPINAL_REGIONS;
      const firstPart = part.length;
      for (const hit of hits) part.push({ letter: hit.letter, span: hit.span, regions: partRegions });
      const row = tables.rows.get(clause.line);
      if (row && regions.length > 0) {
        for (const hit of row) part.push({ letter: hit.letter, span: hit.span, regions: credited });
        // The row's level is where its marked findings are (a table's "C5 | + | + | + | -"), as
        // "tenderness at C5" is: kept with them for the level test (QA pages stop 54).
        if (row.length > 0) for (const s of found) if (s.status === 'affirmed' && s.levelStated && !s.lesion) s.finding = true;
        // Once per row: a row split into clauses (a "." in a cell) gives its cells to its first place.
        tables.rows.delete(clause.line);
      }
      // A listing written after a level ("C2 PRS") is a documented misalignment at that level.
      for (const s of found)
        if (s.listing && s.status === 'affirmed')
          part.push({ letter: 'A', span: s.span, regions: [conventionOf(s.kind).m99] });
      const xray = findXray(field, clause);
      if (xray) {
        const film: XrayFinding = { ...xray, regions };
        xrays.push(film);
        // What the clause reports after the film's name is the film's finding ("X-ray lumbar
        // 09/14/2023: L4 retrolisthesis"): it counts only as the film does.
        for (let i = firstPart; i < part.length; i++) {
          const p = part[i] as PartFinding;
          if (p.span.start >= xray.span.start) fromFilm.set(p, film);
        }
      }
      // A statement that no manipulation was done names no place ("Adjustment deferred today"); one
      // that names a place is that place's negation, read by findSegments.
      const none = found.length === 0 ? findNoManipulation(field, clause) : undefined;
      if (none && !visit.noManipulation) visit.noManipulation = none;
      // A clause that ends in ":" or carries a cue sets the context for the rest of its line; a
      // not-performed statement carries none (its "adjustment" must not make later places treated).
      // A clause's text is trimmed (split-clauses.ts): it ends in ":" exactly when /:\s*$/ matches it.
      if (clause.text.endsWith(':') || found.length === 0) {
        const cues = clauseCues(clause.text);
        lineHeading.treated ||= cues.treated && !none;
        lineHeading.lesion ||= cues.lesion;
      }
      if (regions.length > 0) lineHeading.regions = credited;
    }
    // The technique used in place of a withheld one treats the places this note diagnoses.
    if (substitute)
      for (let i = firstSegment; i < segments.length; i++) {
        const s = segments[i] as SegmentMention;
        if (s.status === 'affirmed' && s.lesion) s.treated = true;
      }
    if (visit.care.type !== 'maintenance') {
      const care = findCareType(field, clauses);
      if (care.type !== 'unknown' && (visit.care.type === 'unknown' || care.type === 'maintenance'))
        visit.care = care;
    }
    const dates = findDates(field);
    if (dates.initial && !visit.initialTreatment) visit.initialTreatment = dates.initial;
    if (dates.visit && !visit.visitDate) visit.visitDate = dates.visit;
    if (dates.onset && !visit.onset) visit.onset = dates.onset;
    const plan = findPlan(field);
    if (plan && !visit.plan) visit.plan = plan;
  }
  const dateOrder = findDateOrder(notes);
  if (dateOrder !== undefined) visit.dateOrder = dateOrder;
  // Only now are the start of treatment and the order of the dates known.
  if (fromFilm.size > 0) {
    const kept = part.filter((p) => {
      const film = fromFilm.get(p);
      return film === undefined || !filmOutsideWindow(visit, film);
    });
    part.length = 0;
    part.push(...kept);
  }
  visit.regions = regionRows(visit, input.codes);
  return { visit, unknownProcedures, regionCounts };
}

/**
 * A finding said of the whole spine, with no place of its own ("T — hypertonic paraspinal
 * musculature throughout", "diffuse paraspinal spasm", "restricted motion at all levels"): it is
 * each documented spinal region's (regionRows gives it only to rows the note has; QA stop 49, C6).
 */
const WHOLE_SPINE = /\b(?:throughout|diffuse(?:ly)?|(?:entire|whole)\s+spine|(?:all|every)\s+(?:spinal\s+)?(?:regions?|levels?|segments?))\b/i;
const SPINAL_REGIONS: ChiroM99Region[] = ['cervical', 'thoracic', 'lumbar', 'sacral', 'pelvic'];

// A rib joint named by its word, not by a rib level ("costotransverse area", "rib head"; not "R5").
const JOINT_WORD = /^(?:costo|(?:posterior\s+)?rib)/i;

/**
 * A clause's places without the rib joints it names beside a thoracic vertebra and does not
 * treat: "At T6 ... fixation ... and tenderness over the right costotransverse area" documents T6,
 * and its costotransverse joint is T6's (CPT counts those joints in the thoracic region, brief
 * §2.2); read alone it made an uncoded "rib cage" row (QA stop 46, K). A joint treated, or one
 * named by its rib level, stays.
 */
function withoutVertebraJoints(found: SegmentMention[]): SegmentMention[] {
  if (!found.some((s) => s.kind === 'costovertebral') || !found.some((s) => s.kind === 'thoracic-vertebra' && s.status === 'affirmed')) return found;
  return found.filter((s) => s.kind !== 'costovertebral' || s.treated || !JOINT_WORD.test(s.name));
}

/**
 * The regions a clause's P.A.R.T. findings count for: its places' M99 regions, and for the
 * sacro-iliac joint the pelvic region too. The Index codes the joint's dysfunction as sacral
 * (M99.04) while CPT counts the joint as pelvic (brief §2.2, region-conventions.json): "R SI joint
 * tender; R SI motion restricted" shows the lesion a pelvic code names as well as a sacral one, so
 * treated-region-uncoded's "add M99.05" is not then called unshown by subluxation-documentation
 * (blind QA stop 54, M6). Only rows the note already has are credited (regionRows).
 */
function partCredit(found: readonly SegmentMention[], regions: ChiroM99Region[]): ChiroM99Region[] {
  const joint = found.some((s) => s.status === 'affirmed' && s.kind === 'sacroiliac');
  return joint && !regions.includes('pelvic') ? [...regions, 'pelvic'] : regions;
}

/**
 * The M99 regions of the affirmed places, once each, in the order first named. A loop: this runs
 * for every clause, most of which name no place.
 */
function affirmedRegions(found: readonly SegmentMention[]): ChiroM99Region[] {
  const regions: ChiroM99Region[] = [];
  for (const s of found) {
    if (s.status !== 'affirmed') continue;
    const region = conventionOf(s.kind).m99;
    if (!regions.includes(region)) regions.push(region);
  }
  return regions;
}

function regionRows(visit: ChiroVisit, codes: FoundCode[]): RegionRow[] {
  const rows = new Map<ChiroM99Region, RegionRow>();
  const row = (region: ChiroM99Region): RegionRow => {
    let r = rows.get(region);
    if (!r) {
      r = {
        region,
        countedAs: [],
        levels: [],
        treated: false,
        lesion: false,
        coded: [],
        part: { P: false, A: false, R: false, T: false },
        xray: false,
        evidence: [],
      };
      rows.set(region, r);
    }
    return r;
  };
  // An osteopathic visit counts body regions (the occiput is the head's), a chiropractic one CPT's
  // regions (the occiput is cervical): the column says what its own code counts (QA stop 46, E).
  const osteopathic = isOsteopathicOnly(visit);
  for (const s of visit.segments) {
    if (s.status !== 'affirmed' || (!s.treated && !s.lesion)) continue;
    const convention = conventionOf(s.kind);
    const r = row(convention.m99);
    const counted = osteopathic ? convention.omt : convention.cmt;
    if (s.treated && !r.countedAs.includes(counted)) r.countedAs.push(counted);
    if (s.levelStated && !r.levels.includes(s.name)) r.levels.push(s.name);
    r.treated ||= s.treated;
    r.lesion ||= s.lesion;
    if (r.evidence.length < 6) r.evidence.push(s.span);
  }
  // A region whose lesion the note names by the region only ("Cervical segmental dysfunction") takes
  // its level from the places its findings are said at ("tenderness at C5"): BPM §240.1.4 wants the
  // level, and the note gives it there. A row that names its own levels keeps only those.
  const ownLevels = new Set([...rows.values()].filter((r) => r.levels.length > 0).map((r) => r.region));
  for (const s of visit.segments) {
    if (s.status !== 'affirmed' || !s.finding) continue;
    const r = rows.get(conventionOf(s.kind).m99);
    if (!r?.lesion || ownLevels.has(r.region) || r.levels.includes(s.name)) continue;
    r.levels.push(s.name);
    if (r.evidence.length < 6) r.evidence.push(s.span);
  }
  for (const c of codes) {
    const region = m99Region(c.code);
    if (region && !row(region).coded.includes(c.code)) row(region).coded.push(c.code);
  }
  for (const p of visit.part)
    for (const region of p.regions) if (rows.has(region)) addPart(row(region), p.letter, p.span);
  for (const x of visit.xrays)
    for (const r of rows.values()) if (x.regions.length === 0 || x.regions.includes(r.region)) r.xray = true;
  return [...rows.values()].sort(
    (a, b) => M99_REGION_ORDER.indexOf(a.region) - M99_REGION_ORDER.indexOf(b.region),
  );
}

function addPart(r: RegionRow, letter: PartLetter, span: Span): void {
  r.part[letter] = true;
  if (r.evidence.length < 8 && !r.evidence.some((e) => e.start === span.start && e.fieldId === span.fieldId))
    r.evidence.push(span);
}
