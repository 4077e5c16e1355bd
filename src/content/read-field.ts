/** The text a user sees in a field: its value, the chosen option, or the editor's text. */
export function readField(element: HTMLElement): string {
  if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) return element.value;
  if (element instanceof HTMLSelectElement) {
    return [...element.selectedOptions].map((o) => `${o.value} ${o.text}`).join('\n');
  }
  // innerText keeps the line breaks of block elements (paragraphs, list items) that textContent loses.
  return element.innerText;
}
