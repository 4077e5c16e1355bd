import { parseFamilyCode, schemeById } from '../families';
import { parseM99Code } from '../m99/m99-axes';
import { term, terms } from '../text/message-params';
import { notCheckedTemplate } from './check-families';

/** A core text as a catalogue template and its placeholders (see Finding.messageId). */
export type TextTemplate = { messageId: string; params: Record<string, string> };

/**
 * checksWords' sentence as a catalogue template, part by part in the same order, so the code
 * entry says what ChartLint compares in the user's language; the English stays checksWords'.
 *
 * @example checksTemplate('E11.9') // {messageId: 'verdict_words_not_checked', params: {code: 'E11.9', reason_msg: 'reason_not_checked_outside_families'}}
 */
export function checksTemplate(code: string): TextTemplate {
  const m99 = parseM99Code(code);
  const parsed = parseFamilyCode(code);
  if (!parsed?.complete || (parsed.family.id === 'm99' && !m99)) {
    const why = notCheckedTemplate(code, false);
    return { messageId: 'verdict_words_not_checked', params: { ...why.params, reason_msg: why.messageId } };
  }
  const scheme = schemeById(parsed.family.scheme);
  const parts: TextTemplate[] = [];
  if (m99) {
    parts.push({ messageId: m99.site === 'canal' ? 'part_checks_site_neural_canal' : 'part_checks_site_foramina', params: {} });
    parts.push({ messageId: 'part_checks_mechanism', params: { mechanisms_or_terms: terms('mech', m99.mechanisms) } });
  } else {
    parts.push({ messageId: 'part_checks_lesion', params: { lesion_term: term('lesion', parsed.axes.lesion ?? '') } });
  }
  if (parsed.axes.side) parts.push({ messageId: 'part_checks_side', params: { side_term: term('side', parsed.axes.side) } });
  if (parsed.region && !parsed.region.residual) {
    const level = parsed.axes.level;
    parts.push({
      messageId: 'part_checks_region',
      params: { region_term: term('sregion', `${scheme.id}_${parsed.region.id}`), level_msg: level ? 'part_checks_level' : '', level: level ?? '', scheme_term: term('scheme_name', scheme.id) },
    });
  }
  if (!m99 && parsed.axes.site === 'canal') parts.push({ messageId: 'part_checks_canal_not_foramina', params: {} });
  // One part per qualifier: the surfaces join parts with "; " where the English joins these with ", ".
  for (const [q, yes] of Object.entries(parsed.axes.qualifiers ?? {})) parts.push({ messageId: yes ? 'part_checks_with' : 'part_checks_without', params: { qualifier_term: term('qual', q) } });
  return { messageId: 'sentence_code_checks', params: { code, parts_msgs: JSON.stringify(parts.map((p) => ({ id: p.messageId, params: p.params }))) } };
}

