import { term } from '../text/message-params';
import type { CodeRule } from './rule';
import { BRITANNICA_FORAMEN, M99_INDEX } from './sources';
import { isImplausible } from './stenosis/closest-mentions';
import { codesFor } from './stenosis/documented-codes';

/**
 * implausible-region: an M99 stenosis code whose region digit (pelvis, limbs, rib cage, abdomen)
 * has no spinal canal or intervertebral foramen; suggests the spinal code the note documents.
 */
export const implausibleRegion: CodeRule = {
  id: 'implausible-region',
  title: 'Region without a spine',
  help: 'A canal or foraminal stenosis code for a region that has no spinal canal or intervertebral foramen (pelvis, limbs, rib cage, abdomen): usually a keying error in the region digit.',
  defaultSeverity: 'warning',
  readsNote: false,
  families: ['m99'],
  sources: [BRITANNICA_FORAMEN, M99_INDEX],
  scope: 'code',
  check(code, ctx) {
    const axes = code.m99;
    if (!axes || code.exists === false || !isImplausible(axes)) return [];
    const suggestions = [...new Set(ctx.affirmed.flatMap((m) => (m.regions.length > 0 ? codesFor(m, { ...axes, region: 'cervical' }) : [])))];
    const region = code.family?.region?.label ?? axes.region ?? '';
    return [
      {
        rule: 'implausible-region',
        severity: 'warning',
        code: code.code,
        suggestions,
        message: `${code.code} puts a ${axes.site === 'canal' ? 'stenosis of the neural canal' : 'stenosis of the intervertebral foramina'} in the ${region.replace(/ region$/, '')} region, which has no spinal canal or intervertebral foramina. Use the spinal region (head, cervical, thoracic, lumbar or sacral) that was imaged.`,
        messageId: 'finding_region_without_spine',
        params: { code: code.code, code_site_term: term('stenosis_of', axes.site), code_region_term: term('region', axes.region ?? 'unknown') },
        evidence: code.evidence,
        sources: [BRITANNICA_FORAMEN, M99_INDEX],
      },
    ];
  },
};
