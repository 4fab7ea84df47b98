/**
 * How a per-language view is drawn: grouped bars, or the matrix (models × categories, one
 * number per cell, rows sorted by a column or the mean). Read from and written to the URL as
 * chart= and msort=, beside the view's own keys.
 */
import type { ParamSource } from '../url/params';
import { readParam } from '../url/params';
import { readChoice, setIfChanged, shortened } from '../url/codec';
import { SUMMARY_SORT } from '../chart/matrix-sort';

export const CHART_CHOICES = { bars: 'Bars', matrix: 'Matrix: models × languages, one number per cell' } as const;
export type ChartChoice = keyof typeof CHART_CHOICES;
const CHART_IDS = Object.keys(CHART_CHOICES) as ChartChoice[];

/** Above this many models, grouped bars get too thin to read: the page offers the matrix. */
export const MATRIX_OFFER_ABOVE = 8;

export interface ChartKindSpec {
  chart: ChartChoice;
  /** The matrix's row order: SUMMARY_SORT (the mean) or a category key. */
  msort: string;
}

export const CHART_KIND_DEFAULTS: ChartKindSpec = { chart: 'bars', msort: SUMMARY_SORT };

// Category keys are dataset|config|language ids; anything else in a URL is not one.
const SORT_KEY = /^[\w.@|-]{1,80}$/;

export function readChartKind(params: ParamSource, problems: string[]): ChartKindSpec {
  const chart = readChoice(params, 'chart', CHART_IDS, CHART_KIND_DEFAULTS.chart, problems);
  const raw = readParam(params, 'msort');
  if (raw === null) return { chart, msort: SUMMARY_SORT };
  if (SORT_KEY.test(raw)) return { chart, msort: raw };
  problems.push(`msort=${shortened(raw)} is not a column of the matrix; rows are sorted by the mean.`);
  return { chart, msort: SUMMARY_SORT };
}

export function writeChartKind(out: URLSearchParams, spec: ChartKindSpec): void {
  setIfChanged(out, 'chart', spec.chart, CHART_KIND_DEFAULTS.chart);
  if (spec.chart === 'matrix') setIfChanged(out, 'msort', spec.msort, SUMMARY_SORT);
}
