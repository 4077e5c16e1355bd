// A grade word as written ("Moderately", "mod", "markedly") to the grade it names.

const SEVERITY_NORMAL: Record<string, string> = {
  minimal: 'minimal',
  slight: 'minimal',
  mild: 'mild',
  mod: 'moderate',
  moderate: 'moderate',
  severe: 'severe',
  sev: 'severe',
  marked: 'severe',
  'high-grade': 'severe',
  'high grade': 'severe',
  profound: 'severe',
  critical: 'severe',
  tight: 'severe',
};

/** Grades already normalised, by word as written (a note repeats a handful of grade words). */
const normalized = new Map<string, string>();

/** The grade a SEVERITY word names: "mildly" → mild, "marked" → severe. */
export function normalizeSeverity(word: string): string {
  const known = normalized.get(word);
  if (known !== undefined) return known;
  const base = word.toLowerCase().replace(/ly$/, '').replace(/minimal+/, 'minimal');
  const value = SEVERITY_NORMAL[base] ?? base;
  // Bounded: case variants of the grade words could otherwise grow it without end.
  if (normalized.size < 512) normalized.set(word, value);
  return value;
}
