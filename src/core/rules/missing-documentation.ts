import { listParam } from '../text/message-params';
import type { CodeRule } from './rule';
import { M99_INDEX } from './sources';

/** missing-documentation (info): one finding per entered M99 stenosis code naming the unmet checklist items. */
export const missingDocumentation: CodeRule = {
  id: 'missing-documentation',
  title: 'Note is missing details',
  help: 'Checklist items a coder needs before a stenosis code holds up (site, level, cause, imaging, neurological findings) are not in the note.',
  defaultSeverity: 'info',
  families: ['m99'],
  sources: [M99_INDEX],
  scope: 'code',
  check(code, ctx) {
    if (!code.m99 || code.exists === false) return [];
    const missing = ctx.checklist.filter((item) => !item.met);
    if (missing.length === 0) return [];
    return [
      {
        rule: 'missing-documentation',
        severity: 'info',
        code: code.code,
        suggestions: [],
        message: `To support ${code.code}, the note should also document: ${missing.map((m) => m.label.charAt(0).toLowerCase() + m.label.slice(1)).join('; ')}.`,
        messageId: 'finding_missing_documentation_items',
        params: { code: code.code, missing_labels: listParam(missing.map((m) => `checklist_${m.id.replace(/-/g, '_')}`)) },
        evidence: code.evidence,
        sources: [M99_INDEX],
      },
    ];
  },
};
