/**
 * Chart geometry that must be known before the chart renders (server HTML reserves the
 * space, so nothing moves when the interactive chart arrives).
 */
import type { ChartData } from './data';

export const BAR_SIZE = 7;
export const BAR_GAP = 1;
export const CATEGORY_GAP = 10;
export const AXIS_SPACE = 56;
export const STRIP_ROW = 14;
export const LINE_CHART_HEIGHT = 380;

export function chartHeight(data: Pick<ChartData, 'kind' | 'categories' | 'series'>): number {
  if (data.kind === 'lines') return LINE_CHART_HEIGHT;
  const perSeries = data.kind === 'strip' ? STRIP_ROW : BAR_SIZE + BAR_GAP;
  const perCategory = Math.max(1, data.series.length) * perSeries + CATEGORY_GAP;
  return Math.max(160, data.categories.length * perCategory + AXIS_SPACE);
}

/**
 * Where the bar and strip charts draw their plot inside the box: the `margin` the
 * interactive charts give Recharts (they must agree), and under the plot Recharts' x axis
 * at its default height. The server-drawn chart places its plot, rows and axis from these,
 * so they are where Recharts puts them.
 */
export const PLOT_MARGIN = { top: 4, right: 24, bottom: AXIS_SPACE - 36, left: 4 } as const;
export const X_AXIS_HEIGHT = 30;

export interface RowPlot {
  top: number;
  /** Space under the plot: the x axis and the bottom margin. */
  bottom: number;
  left: number;
  right: number;
  /** Height of each category's band. */
  band: number;
}

/**
 * Recharts shares the plot's height equally between the categories, so when the box is
 * taller than the rows need (its minimum height, for one or two categories) the bands grow
 * rather than leave a gap under the last one.
 */
export function rowPlot(data: Pick<ChartData, 'categories'>, height: number): RowPlot {
  const bottom = PLOT_MARGIN.bottom + X_AXIS_HEIGHT;
  return {
    top: PLOT_MARGIN.top,
    bottom,
    left: PLOT_MARGIN.left + categoryLabelWidth(data),
    right: PLOT_MARGIN.right,
    band: (height - PLOT_MARGIN.top - bottom) / Math.max(1, data.categories.length),
  };
}

/** Top of series `i`'s bar in its band: the category's bars as one group, centred, on a whole pixel as Recharts puts them. */
export function barTop(band: number, seriesCount: number, i: number): number {
  const group = seriesCount * BAR_SIZE + (seriesCount - 1) * BAR_GAP;
  return Math.round((band - group) / 2) + i * (BAR_SIZE + BAR_GAP);
}

/** Centre of series `i`'s row in its band: the strip chart spreads the series over the middle 80% of the band. */
export function stripCentre(band: number, seriesCount: number, i: number): number {
  return band * (0.5 + ((i - (seriesCount - 1) / 2) * 0.8) / seriesCount);
}

/**
 * Room for the longest category label on one line, within bounds: 7.2 px per character at
 * 12 px (digits, capitals and brackets of model names run wider than text's average), a
 * highlighted label (bold, with its mark) a tenth more. A longer label wraps; none is cut.
 */
export function categoryLabelWidth(data: Pick<ChartData, 'categories'>): number {
  const longest = Math.max(0, ...data.categories.map((c) => (c.highlight ? (c.label.length + 2) * 1.1 : c.label.length)));
  return Math.min(280, Math.max(80, Math.ceil(longest * 7.2) + 12));
}
