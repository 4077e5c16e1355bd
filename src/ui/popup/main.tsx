import { render } from 'preact';
import '../shared/theme.css';
import { mountPoint } from '../shared/mount-point';
import './popup.css';
import { extensionVersion, openOptionsPage } from '../../platform/runtime';
import { openFindingsView } from '../../platform/side-panel';
import { Popup } from './popup';

render(
  <Popup
    actions={{
      version: extensionVersion(),
      // Called straight from the click so the browser sees the user gesture it requires.
      openPanel: () => void openFindingsView().then(() => window.close()),
      openOptions: () => void openOptionsPage(),
    }}
  />,
  mountPoint(),
);
