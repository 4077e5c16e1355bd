import { render } from 'preact';
import '../shared/theme.css';
import { mountPoint } from '../shared/mount-point';
import './side-panel.css';
import { createTabStatePort } from '../shared/tab-state-port';
import { SidePanel } from './side-panel';
import { createSidePanelState } from './side-panel-state';

const pinned = new URLSearchParams(location.search).get('tabId');
const state = createSidePanelState(createTabStatePort(), pinned ? Number(pinned) : undefined);
state.start();
render(<SidePanel state={state} />, mountPoint());
