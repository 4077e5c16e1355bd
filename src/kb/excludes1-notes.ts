import type { Excludes1Note } from '../core';
import { normalizeCode } from './catalog';
import { ownNotesAlong, withheldAt } from './notes';
import type { RawNotes } from './raw-types';

/** Whether a block range as printed ("M50-M54", "M99") holds a category. */
function inBlock(block: string, category: string): boolean {
  const [lo = '', hi = lo] = block.split('-');
  return category >= lo && category <= hi;
}

/**
 * The Excludes1 notes that apply to a code, most general first, read from the release's official
 * notes as `explain` shows them (kb notesFor): the blocks holding its category, then the category
 * and each code above it, then its own. Chapter notes are left out (ChartLint's chapter carries
 * Excludes2 notes only there), and so are notes the kb withholds. For the excludes1-pair rule
 * (CodeLookup.excludes1); the CLI and the extension worker both attach it to their code lookup.
 */
export function excludes1Reader(raw: RawNotes): (code: string) => readonly Excludes1Note[] {
  const cache = new Map<string, Excludes1Note[]>();
  return (input) => {
    const code = normalizeCode(input);
    let notes = cache.get(code);
    if (notes) return notes;
    notes = [];
    const category = code.slice(0, 3);
    for (const b of raw.blockNotes)
      if (inBlock(b.block, category))
        for (const n of b.notes)
          if (n.kind === 'excludes1') notes.push({ text: n.text, at: `block ${b.block}` });
    // The category and each code above this one are its prefixes (the catalog's parent chain, without
    // building the catalog the batch lookup never needs).
    const chain: string[] = [];
    for (let end = 3; end <= code.length; end++)
      if (code.charAt(end - 1) !== '.') chain.push(code.slice(0, end));
    for (const own of ownNotesAlong(raw, chain, withheldAt(raw, code)))
      for (const n of own.notes) if (n.kind === 'excludes1') notes.push({ text: n.text, at: own.code });
    cache.set(code, notes);
    return notes;
  };
}
