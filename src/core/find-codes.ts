import type { FieldText, FoundCode } from './types';

// ICD-10-CM shape: a letter, two characters (digit, then digit or letter), then up to four more
// after an optional dot. Users also type a space after the letter ("M 99.60") or drop the dot.
// The last group allows O for 0 because "M99.6O" is a common typo; it is reported, not silently fixed.
const CODE_SHAPE = /\b([A-Za-z])\s?(\d[0-9A-Za-z])(?:\.?([0-9A-Za-z]{1,4}))?\b/g;

/**
 * Finds ICD-10-CM-shaped codes in a field's text and normalises them to the dotted upper-case form.
 *
 * @example findCodes({id: 'dx', kind: 'diagnosis', text: 'm9960'})[0].code === 'M99.60'
 */
export function findCodes(field: FieldText): FoundCode[] {
  const found: FoundCode[] = [];
  const text = field.text;
  const inNote = field.kind === 'note';
  // exec over the shared pattern rather than matchAll: no iterator and regexp clone per field.
  CODE_SHAPE.lastIndex = 0;
  for (let match = CODE_SHAPE.exec(text); match !== null; match = CODE_SHAPE.exec(text)) {
    // Indexed rather than destructured: array destructuring walks an iterator, once per code-shaped word.
    const raw = match[0];
    const letter = match[1] ?? '';
    const head = match[2] ?? '';
    const tail = match[3] ?? '';
    // A letter in the category's third place is A or B in every official category (C4A, C7B,
    // M1A, O9A, Z3A … in the FY2026 tabular): "x8mm" and "C1to" are a size and a range, not codes.
    const third = head.charCodeAt(1);
    if (!((third >= 48 && third <= 57) || third === 65 || third === 66 || third === 97 || third === 98)) continue;
    // The only dot a match can hold is the one between category and the rest.
    const dotted = raw.includes('.');
    // In free text, only take shapes that look deliberate: a dot, or digits after the category.
    if (inNote && !dotted && tail === '') continue;
    // Without a dot, letters alone after the category are a unit or a word ("x10cm"); a typed
    // code carries a digit there, or the X placeholder ("T07XXXA").
    if (!dotted && tail !== '' && !/\d|^x/i.test(tail)) continue;
    let rest = tail.toUpperCase();
    let note: string | undefined;
    if (rest.includes('O') && /^\d*O\d*$/.test(rest)) {
      rest = rest.replaceAll('O', '0');
      note = `"${raw}" has a letter O where a zero is expected; read as ${letter.toUpperCase()}${head}.${rest}`;
    }
    const code = `${letter.toUpperCase()}${head.toUpperCase()}${rest ? `.${rest}` : ''}`;
    const start = match.index;
    const entry: FoundCode = {
      code,
      span: { fieldId: field.id, start, end: start + raw.length, text: raw },
      fieldKind: field.kind,
    };
    if (note) entry.note = note;
    found.push(entry);
  }
  return found;
}
