import { render } from 'preact';
import { startLanguage } from '../shared/i18n/start-language';
import '../shared/theme.css';
import { mountPoint } from '../shared/mount-point';
import './options.css';
import { Options } from './options';
import { createOptionsPort } from './options-port';
import { createOptionsState } from './options-state';

const port = createOptionsPort();
// The language first (storage is fast), so the first paint is already in the user's language.
void startLanguage().finally(() => render(<Options state={createOptionsState(port)} port={port} />, mountPoint()));
