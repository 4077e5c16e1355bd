import { parseM99Code } from '../m99/m99-axes';
import type { Mention } from '../types';
import { outsideM99 } from './classified-elsewhere';
import type { RuleContext } from './rule';
import { codesFor } from './stenosis/documented-codes';

/**
 * The longest reportable code that `code` begins with, inside its own category: what was typed,
 * less the characters too many ("M48.022" → M48.02, "M99.63X" → M99.63). Undefined when no
 * shorter form is reportable. A code one keystroke off (nearest-code.ts) may change the region
 * or the qualifier the user chose; this keeps every character they typed up to the error.
 */
export function reportablePrefix(code: string, reportable: (c: string) => boolean): string | undefined {
  const dot = code.indexOf('.');
  if (dot !== 3) return undefined;
  for (let end = code.length - 1; end > dot + 1; end--) {
    const c = code.slice(0, end);
    if (reportable(c)) return c;
  }
  return undefined;
}

/**
 * The statements an M99 stenosis code is documented by, its open axes taken from the code: from
 * `ctx.affirmed`, so an uncertain statement counts inpatient as in every other rule (care-setting/).
 */
function m99Support(code: string, affirmed: readonly Mention[]): Mention[] {
  const axes = parseM99Code(code);
  return affirmed.filter((m) => codesFor(m, axes).includes(code));
}

/**
 * The codes outside M99 for what the given M99 stenosis codes document, in their order: the M99
 * category note ("should not be used if the condition can be classified elsewhere") puts them
 * first (the classified-elsewhere rule's reading: M48.061 for lumbar canal stenosis, M43.16 for a
 * slip). Empty when none is classified elsewhere.
 */
export function classifiedFirst(codes: readonly string[], ctx: RuleContext): string[] {
  const m99 = codes.filter((c) => c.startsWith('M99.'));
  if (m99.length === 0) return [];
  return outsideM99(m99, (c) => m99Support(c, ctx.affirmed), ctx).filter((c) => !c.startsWith('M99.'));
}
