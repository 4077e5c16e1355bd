import type { M99StenosisAxes, M99StenosisSite } from '../m99/m99-axes';
import type { Mention } from '../types';

/** Canal-side zones (lateral recess, subarticular) are coded as canal (clinical brief §5.1). */
const siteOf = (m: Mention): M99StenosisSite | undefined =>
  m.site === 'foramen' ? 'foramen' : m.site === 'canal' || m.site === 'lateral-recess' ? 'canal' : undefined;

/**
 * Whether one affirmed statement anywhere in the note documents the code: the same site (a lateral
 * recess or subarticular zone counts as canal), a region that includes the code's or none stated,
 * and a mechanism among the code's or none stated. Narrowing and compression statements both
 * count ("a disc protrusion flattens the cord" documents a canal stenosis by disc). When this
 * holds, a site, region or mechanism mismatch against other findings of the note would be a false
 * alarm: the coder picked the finding the note supports.
 *
 * @example documentsCode(parseM99Code('M99.33')!, findMentions(note)) // true when the note says "canal stenosis at L4-5 due to facet hypertrophy"
 */
export function documentsCode(axes: Pick<M99StenosisAxes, 'site' | 'region' | 'mechanisms'>, mentions: Mention[]): boolean {
  return mentions.some(
    (m) =>
      m.status === 'affirmed' &&
      siteOf(m) === axes.site &&
      (m.regions.length === 0 || axes.region === undefined || m.regions.includes(axes.region as never)) &&
      (m.mechanisms.length === 0 || m.mechanisms.some((x) => axes.mechanisms.includes(x))),
  );
}
