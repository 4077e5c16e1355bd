/** The element a page renders into; a missing one is a broken build, so say so plainly. */
export function mountPoint(id = 'app'): HTMLElement {
  const element = document.getElementById(id);
  if (!element) throw new Error(`ChartLint page has no #${id} element to render into`);
  return element;
}
