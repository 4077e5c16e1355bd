import { render } from 'preact';
import { startLanguage } from '../shared/i18n/start-language';
import '../shared/theme.css';
import '../shared/code-entry/code-entry.css';
import { mountPoint } from '../shared/mount-point';
import './side-panel.css';
import { SidePanel } from './side-panel';
import { createSidePanelPort } from './side-panel-port';
import { createSidePanelState } from './side-panel-state';

// ?tabId=N pins the panel to one tab (tests, previews); without it the panel follows the active tab.
const pinned = new URLSearchParams(location.search).get('tabId');
const state = createSidePanelState(createSidePanelPort(), pinned ? Number(pinned) : undefined);
state.start();
// The language first (storage is fast), so the first paint is already in the user's language.
void startLanguage().finally(() => render(<SidePanel state={state} />, mountPoint()));
