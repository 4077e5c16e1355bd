import type { M99Axes } from '../m99/m99-axes';
import type { CodeLookup, Finding, FoundCode, Mention } from '../types';
import { M99_NOTE, ORDER_FILE } from './sources';

// The dorsopathy families (M43.1, M47.2, M48.0, M50/M51) use their own region scheme with
// junctions as separate regions (official-m99-extract.md §2), so the level decides the code.
type Zone = 'oaa' | 'cervical' | 'cervicothoracic' | 'thoracic' | 'thoracolumbar' | 'lumbar' | 'lumbosacral' | 'sacral';
const DIGIT: Record<Zone, number> = { oaa: 1, cervical: 2, cervicothoracic: 3, thoracic: 4, thoracolumbar: 5, lumbar: 6, lumbosacral: 7, sacral: 8 };

function zonesOf(m: Mention): Zone[] {
  const zones = new Set<Zone>();
  for (const { normalized } of m.levels) {
    if (/^C0|^C1-C2$/.test(normalized)) zones.add('oaa');
    else if (normalized === 'C7-T1') zones.add('cervicothoracic');
    else if (normalized === 'T12-L1') zones.add('thoracolumbar');
    else if (normalized === 'L5-S1') zones.add('lumbosacral');
    else if (normalized.startsWith('C')) zones.add('cervical');
    else if (normalized.startsWith('T')) zones.add('thoracic');
    else if (normalized.startsWith('L')) zones.add('lumbar');
    else if (normalized.startsWith('S')) zones.add('sacral');
  }
  if (zones.size === 0) {
    for (const r of m.regions) zones.add(r === 'head' ? 'oaa' : r);
  }
  return [...zones];
}

const stenosisCode = (z: Zone) => (z === 'lumbar' ? 'M48.061' : `M48.0${DIGIT[z]}`);
const listhesisCode = (z: Zone) => `M43.1${DIGIT[z]}`;
const spondylosisRadiculopathyCode = (z: Zone) => `M47.2${DIGIT[z]}`;
function discRadiculopathyCode(z: Zone, m: Mention): string | undefined {
  if (z === 'oaa') return undefined;
  if (z === 'cervical') {
    const level = m.levels.find((l) => ['C4-C5', 'C5-C6', 'C6-C7'].includes(l.normalized))?.normalized;
    return level ? `M50.12${['C4-C5', 'C5-C6', 'C6-C7'].indexOf(level) + 1}` : 'M50.1-';
  }
  if (z === 'cervicothoracic') return 'M50.13';
  return `M51.1${DIGIT[z]}`;
}

const RADICULOPATHY = /\b(?:radiculopathy|radiculopathies|radicular|radiculitis|sciatica)\b/i;

/**
 * classified-elsewhere (info): the M99 note says M99 is not used when the condition can be
 * classified elsewhere; this names the codes outside M99 that fit what the note documents.
 */
export function classifiedElsewhere(
  found: FoundCode[],
  axes: M99Axes,
  mentions: Mention[],
  noteText: string,
  lookup: CodeLookup | undefined,
): Finding | undefined {
  const affirmed = mentions.filter((m) => m.status === 'affirmed');
  if (affirmed.length === 0) return undefined;
  const radiculopathy = RADICULOPATHY.test(noteText);
  const codes = new Set<string>();
  const reasons = new Set<string>();
  for (const m of affirmed) {
    for (const zone of zonesOf(m)) {
      if (m.kind !== 'compression') {
        codes.add(stenosisCode(zone));
        reasons.add('spinal stenosis (M48.0-)');
      }
      if (m.mechanisms.includes('subluxation')) {
        codes.add(listhesisCode(zone));
        reasons.add('spondylolisthesis (M43.1-)');
      }
      if (radiculopathy && m.mechanisms.includes('osseous') && zone !== 'oaa') {
        codes.add(spondylosisRadiculopathyCode(zone));
        reasons.add('spondylosis with radiculopathy (M47.2-)');
      }
      const disc = radiculopathy && m.mechanisms.includes('disc') ? discRadiculopathyCode(zone, m) : undefined;
      if (disc) {
        codes.add(disc);
        reasons.add('disc disorder with radiculopathy (M50.1-/M51.1-)');
      }
    }
  }
  const suggestions = [...codes].filter((c) => c.endsWith('-') || !lookup || lookup(c)?.billable === true);
  if (suggestions.length === 0) return undefined;
  return {
    rule: 'classified-elsewhere',
    severity: 'info',
    code: axes.code,
    suggestions,
    message: `The M99 category note says M99 is not used when the condition can be classified elsewhere. The note documents ${[...reasons].join(', ')}: ${suggestions.join(', ')} may describe it more specifically than ${axes.code}.`,
    evidence: [...found.map((f) => f.span), ...affirmed.slice(0, 3).map((m) => m.span)],
    sources: [M99_NOTE, ORDER_FILE],
  };
}
