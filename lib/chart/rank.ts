/**
 * Ranks as leaderboards write them: equal values share a rank and the next rank skips
 * (1, =2, =2, 4), so a tie is never hidden behind an arbitrary order.
 */
import type { ChartCell, ChartData } from './data';

export interface Rank {
  rank: number;
  /** Another value has the same rank. */
  tied: boolean;
}

/** Competition ranks of `values` (null: no rank), best first by the metric's direction. */
export function competitionRanks(values: readonly (number | null)[], lowerIsBetter: boolean): (Rank | null)[] {
  const present = values.filter((v): v is number => v !== null);
  const better = (a: number, b: number) => (lowerIsBetter ? a < b : a > b);
  return values.map((v) => {
    if (v === null) return null;
    const ahead = present.filter((o) => better(o, v)).length;
    const same = present.filter((o) => o === v).length;
    return { rank: ahead + 1, tied: same > 1 };
  });
}

/** "=2" for a tie, "2" otherwise. */
export function rankText(r: Rank): string {
  return `${r.tied ? '=' : ''}${r.rank}`;
}

/** "tied for 2nd of 27" in words, for titles and screen readers. */
export function rankWords(r: Rank, of: number): string {
  return `${r.tied ? 'tied for ' : ''}rank ${r.rank} of ${of}`;
}

/** The number a cell is ranked by: drawn on the axis and reported; null otherwise. */
export function rankedValue(cell: ChartCell | undefined): number | null {
  return cell && cell.state === 'reported' && !cell.offAxis && cell.value !== null ? cell.value : null;
}

/**
 * Per series (a table column), the categories holding its best value (several on a tie);
 * respects lower_is_better. A column with fewer than two numbers has no best to mark.
 */
export function bestPerSeries(data: ChartData): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const s of data.series) {
    const values = data.cells.filter((c) => c.series === s.key).map((c) => [c.category, rankedValue(c)] as const).filter((e): e is readonly [string, number] => e[1] !== null);
    if (values.length < 2) continue;
    const best = data.lowerIsBetter ? Math.min(...values.map((e) => e[1])) : Math.max(...values.map((e) => e[1]));
    out.set(s.key, new Set(values.filter((e) => e[1] === best).map((e) => e[0])));
  }
  return out;
}
