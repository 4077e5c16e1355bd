import { statusOf, type Condition } from './find-conditions';
import { LESION_KINDS } from './lesion-kinds';

/** The specific disc lesions a general disc-disorder code's replacement may name. */
const SPECIFIC = ['disc-displacement', 'disc-degeneration'] as const;
/** The kinds that document one of them: only these statements' statuses are read. */
const SPECIFIC_KINDS: ReadonlySet<string> = new Set(
  SPECIFIC.flatMap((lesionId) => LESION_KINDS[lesionId] ?? []),
);

/**
 * Which specific disc lesions a suggestion for a general disc-disorder code (M51.0-/M51.1-, M50.0-/M50.1-)
 * may name: those the note affirms in the code's part of the spine. "Small right paracentral disc
 * protrusion without cord compression" against M51.04 is a displacement: M51.24 fits, M51.34
 * (degeneration) does not (QA stop 44, F3). `conditions` are those in the code's area (`inArea`, when given, says which).
 * Undefined (every lesion may be named, as before) when the entered code names a specific lesion,
 * or the note affirms neither.
 */
export function discLesionsDocumented(
  lesion: string,
  conditions: readonly Condition[],
  inArea?: (c: Condition, area: string | undefined) => boolean,
  area?: string,
): ReadonlySet<string> | undefined {
  if (lesion !== 'disc-disorder') return undefined;
  const found = new Set<string>();
  for (const c of conditions) {
    // Kind, then place, then status: each read only of the statements that can count.
    if (
      !SPECIFIC_KINDS.has(c.kind) ||
      (inArea !== undefined && !inArea(c, area)) ||
      statusOf(c) !== 'affirmed'
    )
      continue;
    for (const lesionId of SPECIFIC) if (LESION_KINDS[lesionId]?.includes(c.kind)) found.add(lesionId);
  }
  return found.size > 0 ? found : undefined;
}

/** Whether a candidate of lesion `candidate` fits the documented disc lesions (a general disc-disorder candidate always does). */
export function fitsDiscLesions(candidate: string, documented: ReadonlySet<string> | undefined): boolean {
  return (
    documented === undefined ||
    !(SPECIFIC as readonly string[]).includes(candidate) ||
    documented.has(candidate)
  );
}
