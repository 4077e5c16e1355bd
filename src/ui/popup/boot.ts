/**
 * The popup's first script: the styles (so the shell in index.html paints styled), then the app
 * once that first frame is out. Imported statically, the app's modules and catalogues were
 * fetched, compiled and run before the browser painted anything.
 */
import '../shared/theme.css';
import '../shared/code-entry/code-entry.css';
import './popup.css';

let started = false;
const startApp = () => {
  if (started) return;
  started = true;
  void import('./main');
};
// A hidden page (a background tab) gets no frames, and has no first paint to wait for.
if (document.visibilityState === 'hidden') startApp();
else requestAnimationFrame(() => setTimeout(startApp, 0));
