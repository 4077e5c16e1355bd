import type { AnalyzeResult } from '../../core/types';
import { tn } from '../shared/i18n/i18n';
import { WholeDates } from '../shared/whole-dates';

/**
 * A cumulative note (one entry per visit date) read only up to the date of service's entry: one
 * quiet line saying so, with how many later entries were left out (the core's laterEntriesUnread,
 * which the CLI prints too). Said once, under the release line, never as a warning: reading a
 * past visit's note this way is what the user asked for by its date.
 */
export function LaterEntriesLine({ result }: { result: AnalyzeResult }) {
  const unread = result.laterEntriesUnread;
  if (!unread || unread.entries <= 0) return null;
  return (
    <p class="later-entries-line muted" data-later-entries={unread.entries}>
      <WholeDates text={tn('panelLaterEntries', unread.entries, { date: unread.dateOfService })} />
    </p>
  );
}
