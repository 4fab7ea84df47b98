/**
 * Chart geometry that must be known before the chart renders (server HTML reserves the
 * space, so nothing moves when the interactive chart arrives).
 */
import type { ChartData } from './chart-data';

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

/** Room for the longest category label on one line (about 6.8 px per character at 12 px), within bounds. */
export function categoryLabelWidth(data: Pick<ChartData, 'categories'>): number {
  const longest = Math.max(0, ...data.categories.map((c) => c.label.length + (c.highlight ? 2 : 0)));
  return Math.min(280, Math.max(80, Math.ceil(longest * 6.8) + 12));
}
