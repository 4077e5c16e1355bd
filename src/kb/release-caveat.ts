/**
 * The data's one kind of caveat (notes and index terms older than the release) as a template: the
 * release it borrows from is the one the caveat names. Another wording gets no template, so a
 * surface shows the data's own English rather than a sentence that says something else.
 */
export function caveatOf(version: string, caveat: string): { caveat: string; caveatId?: string; caveatParams?: Record<string, string> } {
  const borrowed = /could not be obtained: notes and index terms are the latest available \((FY\d{4})\b.* changed no spine category\.$/.exec(caveat)?.[1];
  return borrowed ? { caveat, caveatId: 'kb_caveat_notes_borrowed', caveatParams: { version, borrowed } } : { caveat };
}
