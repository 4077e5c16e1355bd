/**
 * Characters that draw nothing and split words: soft hyphens and zero-width spaces pasted from
 * word processors and web pages, direction marks, and the U+FEFF editors keep in empty nodes
 * (Slate). Left in, "lum\u00ADbar" is not "lumbar" and "M99.\u200B03" is not a code, so every text
 * ChartLint reads from a field leaves them out, and maps its offsets back to the field's own.
 */
export const INVISIBLE_CHARS = String.raw`\u00AD\u200B-\u200F\u2060\uFEFF`;
export const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]+`, 'g');
export const HAS_INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`);

/** A field value as read (invisible characters left out), and where an offset into it falls in the value. */
export type VisibleText = { text: string; valueOffset: (offset: number, isEnd?: boolean) => number };

export function visibleText(value: string): VisibleText {
  if (!HAS_INVISIBLE.test(value)) return { text: value, valueOffset: (offset) => offset };
  // kept[i]: where the i-th character read sits in the value.
  const kept: number[] = [];
  let text = '';
  let from = 0;
  const keep = (to: number) => {
    for (let i = from; i < to; i++) kept.push(i);
    text += value.slice(from, to);
  };
  for (const cut of value.matchAll(INVISIBLE)) {
    keep(cut.index);
    from = cut.index + cut[0].length;
  }
  keep(value.length);
  return {
    text,
    // An end offset stays right after the last character it covers (not after invisible ones beyond it).
    valueOffset: (offset, isEnd = false) =>
      isEnd && offset > 0 ? (kept[offset - 1] ?? value.length - 1) + 1 : (kept[offset] ?? value.length),
  };
}
