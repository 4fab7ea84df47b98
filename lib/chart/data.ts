/**
 * The resolved content of one chart: what the chart draws, the table lists and the
 * CSV download contains. Every view builds one of these from its spec and its slice.
 */
import type { CoverageLevel } from '../coverage/coverage';
import type { Unit } from '../data/units';

/**
 * Missing is never 0: a cell says why it has no number. not-applicable: nothing to
 * show by construction (e.g. a mean over unseen languages when a model saw them all).
 */
export type CellState = 'reported' | 'not-evaluated' | 'hidden' | 'not-applicable';

export interface ChartCell {
  category: string;
  series: string;
  state: CellState;
  value: number | null;
  /** Exactly as published. */
  published: string | null;
  unit: Unit | null;
  source: string | null;
  coverage: CoverageLevel | null;
  /** A number in another unit than the axis: listed in the table, not drawn. */
  offAxis: boolean;
  note: string;
  /** Set when the value is computed here (e.g. a mean), not published: how, and from how many numbers. */
  derived?: { method: string; inputs: number };
  /** Single-prompt values behind an aggregate (the per-prompt strip chart). */
  points?: { label: string; published: string; value: number; source: string }[];
  /** A publisher's warning on this number (HELM's ☠/⚠ contamination marks), shown beside it. */
  flag?: ChartCellFlag;
  /**
   * A standard error published beside the value (lm-eval acc_stderr): shown as ± in the table and
   * drawn as an error bar value ± 1.96 × stderr (a 95% normal interval computed from it), in axis units.
   */
  interval?: { stderr: string; low: number; high: number };
  /** Other numbers for the same cell, listed with it and never drawn: see OtherNumber. */
  alsoPublished?: OtherNumber[];
  /** Computed here: the series' rank among all models with a number for this cell (model pages). */
  rank?: CellRank;
}

/** Competition ranking (1, 2=, 2=, 4): `tied` models share the value, of `of` with a number. */
export interface CellRank {
  rank: number;
  of: number;
  tied: number;
}

/**
 * A second number for one cell: another source's (HumanEval: the paper and BLOOM's model
 * cards, lib/bloomz/published-cell.ts) or another row of the reader's own file (acc_norm
 * beside acc, lib/yours/user-results.ts). Dropping it would hide a number, drawing both would
 * put two bars on one spot.
 */
export interface OtherNumber {
  published: string;
  unit: Unit;
  /** A source id; null for the reader's own file (its place in the file is in `note`). */
  source: string | null;
  note: string;
  /** How the table, tooltip and CSV introduce it: "also published", "also in your file". */
  label: string;
}

export interface ChartCellFlag {
  symbol: string;
  /** Short words for the symbol, e.g. "strong contamination". */
  label: string;
  /** The publisher's full text. */
  text: string;
}

export interface ChartCategory {
  key: string;
  label: string;
  /** Key into ChartData.groups: categories of one group are drawn together (bars) or joined by a line (lines). */
  group?: string;
  /** Position on a numeric x axis (line charts), e.g. a parameter count. */
  x?: number;
  /** The category's own page (a model's), linked from the table. */
  href?: string;
  /** Why this category is emphasised (bold label and a ◆ marker, never colour alone); absent if not. */
  highlight?: string;
  /** The key of the reference (a chance level) this category's numbers are read against: see lib/chart/references.ts. */
  reference?: string;
}

export interface ChartSeries {
  key: string;
  label: string;
  color: string;
  detail: string;
  /** The series' own page (a model's), linked from the legend and the table head. */
  href?: string;
  /** Line charts: drawn dashed (e.g. unseen languages), so colour is not the only cue. */
  dashed?: boolean;
}

/**
 * A labelled value on the value axis that is not a result: a chance level, a human
 * baseline. Drawn as a line in every chart kind, named in the legend, listed under the table
 * and in the CSV, so a reader can tell "above chance" at a glance and check how it is known.
 */
export interface ChartReference {
  key: string;
  /** Where it sits on the value axis, in the chart's unit. */
  value: number;
  /** Short words for the line, e.g. "chance" or "human baseline". */
  label: string;
  /** The value as published (a baseline from a paper's table); null when derived here (chance = 1 / labels). */
  published: string | null;
  /** How the value is known, in a sentence (for a derived one: how it is computed). */
  about: string;
  source: string | null;
}

export interface ChartSourceRef {
  id: string;
  title: string;
  url: string;
}

/** How a ChartData is drawn; the table and downloads do not depend on it. */
export type ChartKind = 'bars' | 'lines' | 'strip' | 'matrix';

export interface ChartData {
  kind: ChartKind;
  title: string;
  /** What the value axis shows, e.g. "Median accuracy (%)". */
  valueLabel: string;
  unit: Unit;
  lowerIsBetter: boolean;
  /** What a category is, e.g. "Language" or "Dataset". */
  categoryLabel: string;
  categories: ChartCategory[];
  series: ChartSeries[];
  cells: ChartCell[];
  sources: ChartSourceRef[];
  notes: string[];
  /** Settings every number of the chart shares (its CSV's prompt and statistic columns). */
  facets?: { prompt?: string; statistic?: string };
  /** Line charts: what the numeric x axis shows, and whether it is logarithmic. */
  xAxis?: { label: string; log: boolean };
  groups?: ChartGroup[];
  /**
   * Numbers are read at one precision for the whole table (HELM's tables, whose tabs mix
   * 3-decimal and 10-decimal columns) instead of each to 4 significant digits.
   */
  sharedPrecision?: boolean;
  /** Reference lines on the value axis (chance levels, baselines). */
  references?: ChartReference[];
  /** The matrix kind: rows (series) sorted best first by a category key or the row summary (lib/chart/matrix.ts). */
  matrix?: { sortedBy: string; summary: 'mean' | 'win-rate' };
}

export interface ChartGroup {
  key: string;
  label: string;
  color?: string;
}

export function cellAt(data: ChartData, category: string, series: string): ChartCell | undefined {
  return data.cells.find((c) => c.category === category && c.series === series);
}

/** Every source a cell cites: its drawn number's and those of the numbers listed with it. */
export function cellSources(cells: ChartCell[]): string[] {
  const ids = new Set<string>();
  for (const c of cells) {
    if (c.source) ids.add(c.source);
    for (const o of c.alsoPublished ?? []) if (o.source) ids.add(o.source);
  }
  return [...ids];
}

/** Cells indexed by category then series, for renderers that walk the grid. */
export function cellGrid(data: ChartData): Map<string, Map<string, ChartCell>> {
  const grid = new Map<string, Map<string, ChartCell>>();
  for (const c of data.cells) {
    let row = grid.get(c.category);
    if (!row) grid.set(c.category, (row = new Map()));
    row.set(c.series, c);
  }
  return grid;
}
