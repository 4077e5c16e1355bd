import { render } from 'preact';
import { startLanguage } from '../shared/i18n/start-language';
import { mountPoint } from '../shared/mount-point';
import { browserPopupPort } from './browser-popup-port';
import { preloadCodeEntry } from './lazy-code-entry';
import { Popup } from './popup';
import { createPopupState } from './popup-state';
import { handOverFocus, shellHasFocus, typedInShell } from './shell-input';

const state = createPopupState(browserPopupPort());
// The language and the session's last query first (storage is fast), so the first render is
// already in the user's language with the query in the box: neither moves anything in later.
void Promise.allSettled([startLanguage(), state.restoreLastQuery()]).finally(() => {
  // The static shell (index.html) goes in the same task the app renders in: never a frame between.
  const app = mountPoint();
  const typed = typedInShell(app);
  const focused = shellHasFocus(app);
  if (typed) state.setQuery(typed.value);
  app.replaceChildren();
  render(<Popup state={state} />, app);
  handOverFocus(app.querySelector('input'), typed, focused);
  // When the words are on screen, for the benchmark beside first paint (now the shell's).
  performance.mark('popup:rendered');
});
// Paint the search box first; the code list loads right after, and the code entry's module after
// that: only a hit opens an entry, and loading it alongside the code list slowed the list.
const startLookup = () => state.start().finally(() => preloadCodeEntry().catch(() => undefined));
requestAnimationFrame(() => setTimeout(() => void startLookup(), 0));
