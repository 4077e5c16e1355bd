import type { DismissalMap } from './messages';
import { dismissalsKey } from './storage-keys';
import { getSession, removeSession, setSession } from '../platform/storage';

/**
 * The findings dismissed on one page, shared by the inline badge (through the worker) and the side
 * panel: storage.session under dismissalsKey(page URL), page-derived and so never on disk.
 */
export async function loadDismissals(pageUrl: string): Promise<DismissalMap> {
  return (await getSession<DismissalMap>(dismissalsKey(pageUrl))) ?? {};
}

/** Writes a page's dismissals; an empty map removes the key rather than storing `{}`. */
export function saveDismissals(pageUrl: string, dismissals: DismissalMap): Promise<void> {
  return Object.keys(dismissals).length === 0
    ? removeSession(dismissalsKey(pageUrl))
    : setSession({ [dismissalsKey(pageUrl)]: dismissals });
}
