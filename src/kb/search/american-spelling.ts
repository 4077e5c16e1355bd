/**
 * British spellings typed into the lookup ("oedema", "anaemia", "tumour", "centre") in the
 * American spelling ICD-10-CM titles use. Typo tolerance finds some of them, but not a short word
 * ("oedema" is one edit from several titles' words) nor, reliably, the first rank.
 */
const RULES: readonly [RegExp, string][] = [
  // Greek ae/oe became e in American medical spelling: haemorrhage, anaemia, oesophagus, diarrhoea, foetal.
  [/ae/g, 'e'],
  [/oe/g, 'e'],
  [/our$/, 'or'],
  [/([bt])re$/, '$1er'],
];

/** The American spelling of a British word, or undefined when the rules change nothing. */
export function americanSpelling(word: string): string | undefined {
  if (word.length < 5) return undefined;
  let out = word;
  for (const [from, to] of RULES) out = out.replace(from, to);
  return out === word ? undefined : out;
}
