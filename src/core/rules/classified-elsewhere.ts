import { regionOfLevel } from '../families/schemes';
import type { Mention } from '../types';
import type { CodeRule } from './rule';
import { M99_NOTE, ORDER_FILE } from './sources';

/** Regions of the dorsopathy scheme a mention's levels fall in (junctions are regions of their own). */
function dorsopathyRegions(m: Mention): { id: string; digit: string }[] {
  const regions = new Map<string, string>();
  for (const { normalized } of m.levels) {
    const hit = regionOfLevel('dorsopathy', normalized);
    if (hit) regions.set(hit.region.id, hit.region.digit);
  }
  if (regions.size === 0) {
    for (const r of m.regions) {
      const hit = regionOfLevel('dorsopathy', { head: 'C0', cervical: 'C4', thoracic: 'T6', lumbar: 'L3', sacral: 'S1' }[r]);
      if (hit) regions.set(hit.region.id, hit.region.digit);
    }
  }
  return [...regions].map(([id, digit]) => ({ id, digit }));
}

const stenosisCode = (r: { id: string; digit: string }) => (r.id === 'lumbar' ? 'M48.061' : `M48.0${r.digit}`);
const listhesisCode = (r: { digit: string }) => `M43.1${r.digit}`;
const spondylosisRadiculopathyCode = (r: { digit: string }) => `M47.2${r.digit}`;
function discRadiculopathyCode(r: { id: string; digit: string }, m: Mention): string | undefined {
  if (r.id === 'occipito-atlanto-axial') return undefined;
  if (r.id === 'cervical') {
    const levels = ['C4-C5', 'C5-C6', 'C6-C7'];
    const level = m.levels.find((l) => levels.includes(l.normalized))?.normalized;
    return level ? `M50.12${levels.indexOf(level) + 1}` : 'M50.1-';
  }
  if (r.id === 'cervicothoracic') return 'M50.13';
  return `M51.1${r.digit}`;
}

const RADICULOPATHY = /\b(?:radiculopathy|radiculopathies|radicular|radiculitis|sciatica)\b/i;

/**
 * classified-elsewhere (info): the M99 note says M99 is not used when the condition can be
 * classified elsewhere; this names the codes outside M99 that fit what the note documents.
 */
export const classifiedElsewhere: CodeRule = {
  id: 'classified-elsewhere',
  title: 'A code outside M99 may fit better',
  help: 'M99 is used only when the condition cannot be classified elsewhere; this names the spine codes outside M99 that fit what the note documents.',
  defaultSeverity: 'info',
  families: ['m99'],
  sources: [M99_NOTE, ORDER_FILE],
  scope: 'code',
  check(code, ctx) {
    if (!code.m99 || code.exists === false) return [];
    const affirmed = ctx.affirmed;
    if (affirmed.length === 0) return [];
    const radiculopathy = RADICULOPATHY.test(ctx.noteText);
    const codes = new Set<string>();
    const reasons = new Set<string>();
    for (const m of affirmed) {
      for (const region of dorsopathyRegions(m)) {
        if (m.kind !== 'compression') {
          codes.add(stenosisCode(region));
          reasons.add('spinal stenosis (M48.0-)');
        }
        if (m.mechanisms.includes('subluxation')) {
          codes.add(listhesisCode(region));
          reasons.add('spondylolisthesis (M43.1-)');
        }
        if (radiculopathy && m.mechanisms.includes('osseous') && region.id !== 'occipito-atlanto-axial') {
          codes.add(spondylosisRadiculopathyCode(region));
          reasons.add('spondylosis with radiculopathy (M47.2-)');
        }
        const disc = radiculopathy && m.mechanisms.includes('disc') ? discRadiculopathyCode(region, m) : undefined;
        if (disc) {
          codes.add(disc);
          reasons.add('disc disorder with radiculopathy (M50.1-/M51.1-)');
        }
      }
    }
    const suggestions = [...codes].filter((c) => c.endsWith('-') || !ctx.lookup || ctx.lookup(c)?.billable === true);
    if (suggestions.length === 0) return [];
    return [
      {
        rule: 'classified-elsewhere',
        severity: 'info',
        code: code.code,
        suggestions,
        message: `The M99 category note says M99 is not used when the condition can be classified elsewhere. The note documents ${[...reasons].join(', ')}: ${suggestions.join(', ')} may describe it more specifically than ${code.code}.`,
        evidence: [...code.evidence, ...affirmed.slice(0, 3).map((m) => m.span)],
        sources: [M99_NOTE, ORDER_FILE],
      },
    ];
  },
};
