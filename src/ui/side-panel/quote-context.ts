/** How far a quote reaches either side of the evidence, at most. */
const REACH = 72;
const SENTENCE_END = /[.!?](?=\s)|\n/g;

/**
 * The words around an evidence span for a short quote, kept inside the span's own sentence: a
 * quote that runs into the previous finding ("mild disc bulge without stenosis. C5-C6: …") would
 * put words next to the evidence that are about something else. Cut words get an ellipsis.
 *
 * @example quoteContext('No stenosis at C4-C5. C5-C6: foraminal narrowing.', 29, 48)
 *   // {before: 'C5-C6: ', after: '.'}
 */
export function quoteContext(text: string, start: number, end: number): { before: string; after: string } {
  const from = Math.max(0, start - REACH);
  const beforeWindow = text.slice(from, start);
  let sentenceStart = -1;
  for (const m of beforeWindow.matchAll(SENTENCE_END)) sentenceStart = m.index + m[0].length;
  let before: string;
  if (sentenceStart >= 0) before = beforeWindow.slice(sentenceStart).replace(/^\s+/, '');
  else if (from > 0) before = `…${beforeWindow.replace(/^\S*\s/, '')}`;
  else before = beforeWindow;

  const to = Math.min(text.length, end + REACH);
  const afterWindow = text.slice(end, to);
  SENTENCE_END.lastIndex = 0;
  const stop = SENTENCE_END.exec(afterWindow);
  SENTENCE_END.lastIndex = 0;
  let after: string;
  if (stop) after = afterWindow.slice(0, stop[0] === '\n' ? stop.index : stop.index + 1);
  else if (to < text.length) after = `${afterWindow.replace(/\s\S*$/, '')}…`;
  else after = afterWindow;
  return { before, after };
}
