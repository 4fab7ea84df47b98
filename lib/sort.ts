/**
 * Orders numbers with missing values last in both directions: a missing result is not
 * a small number, so it never sorts among the worst.
 */
export function compareMissingLast(a: number | null, b: number | null, descending: boolean): number {
  if (a === null || b === null) return a === null ? (b === null ? 0 : 1) : -1;
  return descending ? b - a : a - b;
}
