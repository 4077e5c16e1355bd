// The demo EHR's page chrome, the same on every demo page: the top bar and the patient banner
// (avatar, name, demographics, and the facts EHRs show there, such as the payer). Each page passes
// its own made-up patient. This is the *page*, not ChartLint: ChartLint only reads it.

const el = (tag, className, text) => {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
};

/**
 * Puts the top bar and the patient banner at the start of the page.
 * @param {{initials: string, name: string, meta: string, facts: [string, string][]}} patient
 */
export function showChrome({ initials, name, meta, facts }) {
  const topbar = el('header', 'topbar');
  topbar.append(
    el('span', 'brand', 'Riverside Spine & Chiropractic'),
    el('span', 'env', 'Demo EHR · made-up patient, not a real person'),
    el('span', 'user', 'Dr. A. Example, DC'),
  );

  const banner = el('section', 'banner');
  banner.setAttribute('aria-label', 'Patient banner');
  const avatar = el('div', 'avatar', initials);
  avatar.setAttribute('aria-hidden', 'true');
  const who = el('div');
  who.append(el('div', 'name', name), el('div', 'meta', meta));
  const list = el('dl', 'facts');
  for (const [term, value] of facts) {
    const row = el('div');
    row.append(el('dt', undefined, term), el('dd', undefined, value));
    list.append(row);
  }
  banner.append(avatar, who, list);
  document.body.prepend(topbar, banner);
}
