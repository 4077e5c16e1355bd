import { parseFamilyCode, schemeById } from '../families';
import { parseM99Code } from '../m99/m99-axes';
import { notCheckedReason } from './check-families';

const QUALIFIER_WORDS: Record<string, string> = {
  myelopathy: 'myelopathy',
  radiculopathy: 'radiculopathy',
  'neurogenic-claudication': 'neurogenic claudication',
  'discogenic-back-pain': 'discogenic back pain',
  'lower-extremity-pain': 'lower-extremity pain',
};

/**
 * What ChartLint compares for a code when it meets one on a page, for the code's entry (popup and
 * side panel): the axes and the scheme, or why it is not checked.
 *
 * @example checksWords('M48.02') // 'When this code is on a page, ChartLint compares it with the note: ...'
 */
export function checksWords(code: string): string {
  const m99 = parseM99Code(code);
  const parsed = parseFamilyCode(code);
  if (!parsed?.complete || (parsed.family.id === 'm99' && !m99))
    return `Not checked by ChartLint: ${notCheckedReason(code, false)}.`;
  const scheme = schemeById(parsed.family.scheme);
  const parts: string[] = [];
  if (m99)
    parts.push(
      `site (${m99.site === 'canal' ? 'neural canal' : 'intervertebral foramina'})`,
      `mechanism (${m99.mechanisms.join(' or ')})`,
    );
  // A side code's title ends with its side ("Sciatica, right side"): the side is a part of its own.
  else
    parts.push(
      `that the note documents ${parsed.subcategory.title.replace(/, \w+ side$/, '').toLowerCase()}`,
    );
  if (parsed.axes.side) parts.push(`side (${parsed.axes.side})`);
  if (parsed.region && !parsed.region.residual)
    parts.push(
      `region (${parsed.region.label}${parsed.axes.level ? `, level ${parsed.axes.level}` : ''}, ${scheme.name})`,
    );
  if (!m99 && parsed.axes.site === 'canal') parts.push('site (spinal canal, not the foramina)');
  const q = Object.entries(parsed.axes.qualifiers ?? {}).map(
    ([k, v]) => `${v ? 'with' : 'without'} ${QUALIFIER_WORDS[k] ?? k}`,
  );
  if (q.length > 0) parts.push(q.join(', '));
  return `When ${code} is on a page, ChartLint compares it with the note: ${parts.join('; ')}.`;
}
