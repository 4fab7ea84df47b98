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
