/** Binary-class counts and the usual ratios (0 when undefined, with the counts kept beside them). */
export type Counts = { tp: number; fp: number; fn: number; tn: number };
export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function ratios(c: Counts) {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const total = c.tp + c.fp + c.fn + c.tn;
  const accuracy = total === 0 ? 0 : (c.tp + c.tn) / total;
  return { ...c, accuracy: round(accuracy), precision: round(precision), recall: round(recall), f1: round(f1) };
}

export const round = (x: number) => Math.round(x * 10000) / 10000;
export const ratio = (num: number, den: number) => (den === 0 ? 0 : round(num / den));
