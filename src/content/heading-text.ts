/**
 * A heading's text as its title: without the controls it holds. "Note / الملاحظة [Edit]" names
 * the note "Note / الملاحظة", not "… Edit" (QA stop 52, L2): a button's, a select's or an icon's
 * text is what it does or shows, not what the section is.
 */
const NOT_TITLE_TEXT = 'button, [role="button"], select, input, textarea, [aria-hidden="true"]';

export function headingText(heading: Element): string {
  if (!heading.querySelector(NOT_TITLE_TEXT)) return clean(heading.textContent);
  let text = '';
  const walker = heading.ownerDocument.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const control = node.parentElement?.closest(NOT_TITLE_TEXT);
    if (control && control !== heading && heading.contains(control)) continue;
    text += node.nodeValue ?? '';
  }
  return clean(text);
}

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();
