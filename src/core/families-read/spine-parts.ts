/**
 * The parts of the spine ('neck', 'thoracic', 'low') that a statement's levels and region words
 * name, coarse on purpose: a resolution said of the neck ("Remote cervical radiculopathy,
 * resolved after ACDF") is another episode than a current radiculopathy of the low back, and is
 * told from it by part alone (QA stop 47, class 4). A junction names both its parts.
 */
export function spineParts(levels: readonly string[], regionWords: readonly string[]): string[] {
  const parts: string[] = [];
  const add = (part: string) => {
    if (!parts.includes(part)) parts.push(part);
  };
  for (const level of levels) {
    for (const end of level.split('-')) {
      const letter = end.charAt(0).toUpperCase();
      if (letter === 'C') add('neck');
      else if (letter === 'T') add('thoracic');
      else if (letter === 'L' || letter === 'S') add('low');
    }
  }
  for (const word of regionWords) {
    if (word.includes('cervic') || word.includes('occip')) add('neck');
    if (word.includes('thorac')) add('thoracic');
    if (word.includes('lumb') || word.includes('sacr') || word.includes('cocc')) add('low');
  }
  return parts;
}

/** Whether both statements name a part of the spine and share none (either naming none: not told apart). */
export function otherPart(a: readonly string[], b: readonly string[]): boolean {
  return a.length > 0 && b.length > 0 && !a.some((p) => b.includes(p));
}

/** Where the clause holding `at` starts: after the last comma, semicolon or colon before it, within the sentence. */
export function clauseStart(text: string, sentenceStart: number, at: number): number {
  for (let i = at - 1; i > sentenceStart; i--) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 59 || c === 58) return i + 1;
  }
  return sentenceStart;
}
