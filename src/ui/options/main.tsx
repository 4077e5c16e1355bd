import { render } from 'preact';
import '../shared/theme.css';
import { mountPoint } from '../shared/mount-point';
import './options.css';
import { extensionVersion } from '../../platform/runtime';
import { Options } from './options';

render(<Options version={extensionVersion()} />, mountPoint());
