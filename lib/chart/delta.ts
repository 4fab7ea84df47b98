/** A difference of two published numbers: computed, never published, so it is labelled as such wherever shown. */
const decimalsOf = (text: string) => /\.(\d+)/.exec(text)?.[1].length ?? 0;

/** a − b from two published texts, at the larger of their decimals (53.58 − 49.74 is 3.84, not 3.8399999). */
export function delta(a: string, b: string): { value: number; text: string } {
  const decimals = Math.max(decimalsOf(a), decimalsOf(b));
  const value = Number((Number(a) - Number(b)).toFixed(decimals));
  // "-0.00" reads as a loss; a tie is 0.
  const text = value.toFixed(decimals);
  return { value, text: value > 0 ? `+${text}` : text };
}
