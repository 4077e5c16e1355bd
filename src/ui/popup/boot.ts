/**
 * The popup's first script: the styles (so the shell in index.html paints styled), then the app
 * once that first frame is out. Imported statically, the app's modules and catalogues were
 * fetched, compiled and run before the browser painted anything.
 */
import '../shared/theme.css';
import '../shared/code-entry/code-entry.css';
import './popup.css';

requestAnimationFrame(() => setTimeout(() => void import('./main'), 0));
