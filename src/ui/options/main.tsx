import { render } from 'preact';
import '../shared/theme.css';
import { mountPoint } from '../shared/mount-point';
import './options.css';
import { Options } from './options';
import { createOptionsPort } from './options-port';
import { createOptionsState } from './options-state';

const port = createOptionsPort();
render(<Options state={createOptionsState(port)} port={port} />, mountPoint());
