/**
 * The popup's code entry, loaded when first needed rather than before the first paint: it reads
 * the core's words for checks, and importing those brings the rule registry and its data along,
 * most of what the popup's first load parsed. main.tsx starts the load once the popup has painted.
 */
import { signal } from '@preact/signals';
import type { ComponentProps } from 'preact';
import type { CodeEntry } from '../shared/code-entry/code-entry';
import { t } from '../shared/i18n/i18n';

const loaded = signal<typeof CodeEntry | undefined>(undefined);
let loading: Promise<void> | undefined;

export function preloadCodeEntry(): Promise<void> {
  loading ??= import('../shared/code-entry/code-entry').then(
    (m) => void (loaded.value = m.CodeEntry),
    (error: unknown) => {
      // Let a later open try again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The code entry once its module is here; until then the same line as while the entry loads. */
export function LazyCodeEntry(props: ComponentProps<typeof CodeEntry>) {
  const Entry = loaded.value;
  if (Entry) return <Entry {...props} />;
  void preloadCodeEntry().catch(() => undefined);
  return <p class="muted">{t('loadingCode', { code: props.entry.code })}</p>;
}
