import { render } from 'preact';
import { startLanguage } from '../shared/i18n/start-language';
import '../shared/theme.css';
import '../shared/code-entry/code-entry.css';
import { mountPoint } from '../shared/mount-point';
import './popup.css';
import { browserPopupPort } from './browser-popup-port';
import { preloadCodeEntry } from './lazy-code-entry';
import { Popup } from './popup';
import { createPopupState } from './popup-state';

const state = createPopupState(browserPopupPort());
// The language first (storage is fast), so the first paint is already in the user's language.
void startLanguage().finally(() => render(<Popup state={state} />, mountPoint()));
// Paint the search box first; the code list loads right after.
requestAnimationFrame(() =>
  setTimeout(() => {
    void state.start();
    void preloadCodeEntry().catch(() => undefined);
  }, 0),
);
