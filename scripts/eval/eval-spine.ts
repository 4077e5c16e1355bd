import { findMentions, findProcedureEvidence, type Mention } from '../../src/core';
import { emptyCounts, ratio, ratios } from './metrics';
import { readSpineNotes, type GoldFinding, type SpineNote } from './read-corpus';

/** The annotation guide files consent-form risks under uncertain; ConText calls them hypothetical. */
const asGoldStatus = (s: Mention['status']) => (s === 'hypothetical' ? 'uncertain' : s);

const overlaps = (m: Mention, g: GoldFinding) => m.span.start < g.evidenceEnd && m.span.end > g.evidenceStart;
const regionAgrees = (m: Mention, g: GoldFinding) => (g.region === null ? m.regions.length === 0 : m.regions.includes(g.region as never));

/** The prediction that best explains a gold finding: same site first, then same region, then overlap. */
function bestMatch(candidates: Mention[], g: GoldFinding): Mention | undefined {
  const score = (m: Mention) =>
    (m.site === g.site ? 4 : 0) + (regionAgrees(m, g) ? 2 : 0) + (asGoldStatus(m.status) === g.status ? 1 : 0);
  return [...candidates].sort((a, b) => score(b) - score(a))[0];
}

export type SpineError = { noteId: number; what: string; gold: string; got: string; evidence: string };

/** Mention detection and site/region/status agreement with the MTSamples spine annotations. */
export function evalSpine(notes: SpineNote[] = readSpineNotes()) {
  let gold = 0;
  let detected = 0;
  let predicted = 0;
  let predictedTrue = 0;
  let site = 0;
  let region = 0;
  let status = 0;
  const negation = emptyCounts();
  const errors: SpineError[] = [];
  // Procedure evidence (class 5) is read apart and never scored as a mention: count it, and check
  // that none of it is also a mention (the annotation guide's "decompression" trap).
  const procedures = { found: 0, byStatus: {} as Record<string, number>, overlappingMentions: 0, insideGoldEvidence: 0 };
  for (const note of notes) {
    const mentions = findMentions({ id: String(note.noteId), kind: 'note', text: note.text });
    for (const p of findProcedureEvidence({ id: String(note.noteId), kind: 'note', text: note.text })) {
      procedures.found++;
      procedures.byStatus[p.status] = (procedures.byStatus[p.status] ?? 0) + 1;
      if (mentions.some((m) => m.span.start < p.span.end && m.span.end > p.span.start)) procedures.overlappingMentions++;
      if (note.findings.some((g) => g.evidenceStart < p.span.end && g.evidenceEnd > p.span.start)) procedures.insideGoldEvidence++;
    }
    predicted += mentions.length;
    predictedTrue += mentions.filter((m) => note.findings.some((g) => overlaps(m, g))).length;
    for (const m of mentions) {
      if (!note.findings.some((g) => overlaps(m, g))) {
        errors.push({ noteId: note.noteId, what: 'spurious', gold: '', got: `${m.site} ${m.status}`, evidence: m.span.text });
      }
    }
    for (const g of note.findings) {
      gold++;
      const match = bestMatch(mentions.filter((m) => overlaps(m, g)), g);
      if (!match) {
        errors.push({ noteId: note.noteId, what: 'missed', gold: `${g.site} ${g.status}`, got: '', evidence: g.evidence });
        continue;
      }
      detected++;
      const got = asGoldStatus(match.status);
      if (match.site === g.site) site++;
      else errors.push({ noteId: note.noteId, what: 'site', gold: g.site, got: match.site, evidence: g.evidence });
      if (regionAgrees(match, g)) region++;
      else errors.push({ noteId: note.noteId, what: 'region', gold: String(g.region), got: match.regions.join('/'), evidence: g.evidence });
      if (got === g.status) status++;
      else errors.push({ noteId: note.noteId, what: 'status', gold: g.status, got: `${got} (${match.trigger?.text ?? ''})`, evidence: g.evidence });
      const isNeg = got === 'negated';
      const goldNeg = g.status === 'negated';
      if (isNeg && goldNeg) negation.tp++;
      else if (isNeg) negation.fp++;
      else if (goldNeg) negation.fn++;
      else negation.tn++;
    }
  }
  return {
    notes: notes.length,
    goldFindings: gold,
    predictedMentions: predicted,
    detection: { recall: ratio(detected, gold), precision: ratio(predictedTrue, predicted), detected },
    agreement: { site: ratio(site, detected), region: ratio(region, detected), status: ratio(status, detected) },
    negation: ratios(negation),
    procedures,
    errors,
  };
}
