import type { Finding } from '../types';
import { completeBeforeChildren } from './check-families';

type History = (code: string) => { change: string } | undefined;

/**
 * The family check's suggestions as the code set of an old date of service has them (a date before
 * the releases ChartLint ships, code-history.ts): a suggested code that came in later is replaced by
 * its header when the header was the complete code then (M51.360 → M51.36 on 2024-08-14; FY2025
 * added the sixth characters), and dropped otherwise. The checks build codes from today's families,
 * and a suggestion must never be a code that did not exist on the claim's date (blind QA stop 54, M8).
 */
export function suggestionsOnDate(findings: Finding[], history: History | undefined): void {
  if (!history) return;
  for (const f of findings) {
    if (!f.suggestions.some((s) => history(s)?.change === 'added-later')) continue;
    const kept: string[] = [];
    for (const s of f.suggestions) {
      const code =
        history(s)?.change !== 'added-later'
          ? s
          : completeBeforeChildren(s.slice(0, -1), history)
            ? s.slice(0, -1)
            : undefined;
      if (code !== undefined && !kept.includes(code)) kept.push(code);
    }
    f.suggestions = kept;
  }
}
