/**
 * The matrix chart kind: every series (a model) as a row, every category (a language, a
 * scenario) as a column, one number per cell. Everything a reader compares is computed here,
 * once, from the same ChartData the bars, the table and the CSV read: the colour scale, the
 * best of each column, each cell's rank in its column, and a row summary to sort by.
 */
import type { ChartCategory, ChartCell, ChartData, ChartReference, ChartSeries } from './data';
import { cellGrid } from './data';
import { competitionRanks, rankedValue, type Rank } from './rank';
import { notAbove } from './references';
import { compareMissingLast } from './sort';

/**
 * The row summary: "mean" is the mean of the row's numbers; "win-rate" is HELM's mean win rate
 * (per column the share of the other models this one beats, a tie counting half, averaged over
 * the columns where the row has a number and at least two rows do).
 */
export type MatrixSummary = 'mean' | 'win-rate';
import { SUMMARY_SORT } from './matrix-sort';
export { SUMMARY_SORT };

export interface MatrixCell {
  cell: ChartCell | undefined;
  /** Where the number sits between the matrix's worst (0) and best (1) number; null: no number. */
  shade: number | null;
  best: boolean;
  /** Among the rows with a number in this column. */
  rank: Rank | null;
  /** The chance level (reference) this number does not beat. */
  notAbove: ChartReference | undefined;
}

export interface MatrixRow {
  series: ChartSeries;
  cells: MatrixCell[];
  /** Computed, not published. */
  summary: number | null;
  /** How many columns the summary is over. */
  summaryOf: number;
  summaryBest: boolean;
}

export interface MatrixModel {
  columns: ChartCategory[];
  rows: MatrixRow[];
  summary: MatrixSummary;
  /** What the rows are sorted by: SUMMARY_SORT or a column key (an unknown key falls back to the summary). */
  sortedBy: string;
  /** Rows with a number per column, for "rank 2 of 27". */
  rankedIn: number[];
  /** Whether the shade runs over the whole matrix or over each column. */
  shadeScope: 'all' | 'column';
}

function mean(values: number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** HELM's win rates of one column (helm summarize: compute_aggregate_row_win_rates). */
export function columnWinRates(values: readonly (number | null)[], lowerIsBetter: boolean): (number | null)[] {
  const present = values.filter((v): v is number => v !== null);
  if (present.length < 2) return values.map(() => null);
  return values.map((v) => {
    if (v === null) return null;
    const beaten = present.filter((o) => (lowerIsBetter ? o > v : o < v)).length;
    const tiedOthers = present.filter((o) => o === v).length - 1;
    return (beaten + tiedOthers / 2) / (present.length - 1);
  });
}

export function matrixOf(data: ChartData, sortedBy: string, summary: MatrixSummary = 'mean'): MatrixModel {
  const grid = cellGrid(data);
  const columns = data.categories;
  const valueAt = (s: string, c: string) => rankedValue(grid.get(c)?.get(s));
  // Columns of different metrics (HELM's scenarios) are each shaded on their own range.
  const shadeScope = summary === 'win-rate' ? 'column' : 'all';
  const rangeOf = (values: (number | null)[]) => {
    const present = values.filter((v): v is number => v !== null);
    return { lo: Math.min(...present), hi: Math.max(...present) };
  };
  const whole = rangeOf(data.series.flatMap((s) => columns.map((c) => valueAt(s.key, c.key))));
  const ranges = columns.map((c) => (shadeScope === 'column' ? rangeOf(data.series.map((s) => valueAt(s.key, c.key))) : whole));
  const shadeOf = (v: number | null, ci: number) => {
    const { lo, hi } = ranges[ci];
    return v === null ? null : hi === lo ? 1 : data.lowerIsBetter ? (hi - v) / (hi - lo) : (v - lo) / (hi - lo);
  };

  const perColumn = columns.map((c) => data.series.map((s) => valueAt(s.key, c.key)));
  const ranks = perColumn.map((values) => competitionRanks(values, data.lowerIsBetter));
  const winRates = perColumn.map((values) => columnWinRates(values, data.lowerIsBetter));
  const rows: MatrixRow[] = data.series.map((s, si) => {
    const cells = columns.map((c, ci): MatrixCell => {
      const cell = grid.get(c.key)?.get(s.key);
      const rank = ranks[ci][si];
      // A column with one number has no best to mark.
      const best = rank !== null && rank.rank === 1 && perColumn[ci].filter((v) => v !== null).length > 1;
      return { cell, shade: shadeOf(valueAt(s.key, c.key), ci), best, rank, notAbove: notAbove(data, cell) };
    });
    const inputs = summary === 'mean' ? perColumn.map((v) => v[si]) : winRates.map((w) => w[si]);
    const present = inputs.filter((v): v is number => v !== null);
    return { series: s, cells, summary: mean(present), summaryOf: present.length, summaryBest: false };
  });
  // A mean win rate is higher-is-better whatever the metric; a mean follows the metric.
  const summaryLower = summary === 'mean' && data.lowerIsBetter;
  const summaries = rows.map((r) => r.summary);
  const bestSummary = competitionRanks(summaries, summaryLower);
  rows.forEach((r, i) => (r.summaryBest = bestSummary[i]?.rank === 1 && summaries.filter((v) => v !== null).length > 1));

  const column = columns.findIndex((c) => c.key === sortedBy);
  const sortKey = column >= 0 ? sortedBy : SUMMARY_SORT;
  const keyOf = (r: MatrixRow) => (column >= 0 ? rankedValue(r.cells[column].cell) : r.summary);
  const lower = column >= 0 ? data.lowerIsBetter : summaryLower;
  const sorted = [...rows].sort((a, b) => compareMissingLast(keyOf(a), keyOf(b), !lower));
  return { columns, rows: sorted, summary, sortedBy: sortKey, rankedIn: perColumn.map((v) => v.filter((x) => x !== null).length), shadeScope };
}
