/**
 * A user's own results (imported in their browser, kept in IndexedDB) as "yours" series
 * beside the published ones. Pure: the page adds them to a view's slice on the client.
 */
import type { ChartCell, ChartSeries } from '../chart/data';
import type { CoverageLevel } from '../coverage/coverage';
import type { BenchmarkRow, HelmRow, ImportFormat, ImportResult } from '../importers/types';
import { DASHBOARD_LANGUAGE_CODES } from '../importers/languages';
import { placeInFile } from '../importers/where';
import type { Unit } from '../data/units';

export const YOURS_COLOR = 'var(--yours-1)';
export const YOURS_MARK = '★';

export interface UserResultRow {
  dataset: string;
  config: string;
  language: string;
  metric: string;
  /** As in the user's file. */
  value: string;
  number: number;
  unit: Unit;
  stderr: string | null;
  nShot: number | null;
  protocol: string;
  where: string;
}

/** One cell of the user's HELM leaderboard table (scores only; counts and empty cells are not kept). */
export interface UserHelmRow {
  /** The run group as the file's header names it (HELM's display name, e.g. "MMLU"). */
  scenario: string;
  metricTab: string;
  metric: string;
  status: 'reported' | 'hidden';
  /** As in the file; null when hidden. */
  value: string | null;
  number: number | null;
  unit: Unit;
  contamination: '☠' | '⚠' | null;
  where: string;
}

export interface UserModel {
  id: string;
  /** Plain text, as the user typed it or the file named it. */
  label: string;
  file: string;
  format: ImportFormat;
  importedAt: string;
  params: number | null;
  /** Languages the user says were in pretraining; null: not stated (coverage unknown). */
  pretrainingLanguages: string[] | null;
  rows: UserResultRow[];
  /** Absent on models stored before HELM cells were kept. */
  helmRows?: UserHelmRow[];
}

/** Accuracy first (what the paper reports), then its normalised variant, then anything else. */
const METRIC_PREFERENCE = ['acc', 'accuracy', 'Accuracy', 'acc_norm'];

function metricRank(metric: string): number {
  const i = METRIC_PREFERENCE.indexOf(metric);
  return i === -1 ? METRIC_PREFERENCE.length : i;
}

export function userModelId(label: string, file: string, importedAt: string): string {
  let hash = 0;
  for (const ch of `${label}\u0000${file}\u0000${importedAt}`) hash = (hash * 31 + ch.codePointAt(0)!) >>> 0;
  return `yours-${hash.toString(36)}`;
}

/** Two names are one name when they differ only in case or surrounding spaces. */
export const labelKey = (label: string) => label.trim().toLowerCase();

/**
 * HELM cells that can sit in a published leaderboard column: scores of one run group.
 * Counts ("General information"), per-tab mean win rates (they depend on which models
 * are compared) and cells without a run are left out.
 */
export function chartableHelmRow(r: HelmRow): boolean {
  return r.kind === 'score' && r.run_group !== null && r.status !== 'not-evaluated' && r.metric !== 'Mean win rate';
}

function where(source: { file: string; path: string; line: number | null }): string {
  return `${source.file} ${placeInFile(source.path, source.line)}`;
}

/** The model names a file's rows give. */
export function namedModels(result: ImportResult): Set<string> {
  return new Set(result.rows.map((r) => r.model?.trim() ?? '').filter(Boolean));
}

/** What the import form's name starts as: the one model the file names, else its file name. */
export function suggestedModelName(result: ImportResult, fileName: string): string {
  const named = namedModels(result);
  return result.modelName ?? (named.size === 1 ? [...named][0] : fileName.replace(/\.[^.]+$/, ''));
}

/** One UserModel per model named in the import (a CSV or a HELM table can hold several). */
export function userModelsFromImport(
  result: ImportResult,
  options: { name: string; file: string; params: number | null; pretrainingLanguages: string[] | null; importedAt: string },
): UserModel[] {
  const byModel = new Map<string, { rows: BenchmarkRow[]; helm: HelmRow[] }>();
  // A file of one model: the name the reader gave (the form starts with the file's) labels it.
  // A file of several (a CSV or HELM table): each keeps its own, the given name only fills gaps.
  const named = namedModels(result);
  const entry = (model: string | null) => {
    const label = named.size <= 1 ? options.name : (model ?? options.name).trim() || options.name;
    if (!byModel.has(label)) byModel.set(label, { rows: [], helm: [] });
    return byModel.get(label)!;
  };
  for (const r of result.rows) {
    if (r.suite === 'benchmark') entry(r.model).rows.push(r);
    else if (chartableHelmRow(r)) entry(r.model).helm.push(r);
  }
  return [...byModel.entries()].map(([label, { rows, helm }]) => ({
    id: userModelId(label, options.file, options.importedAt),
    label,
    file: options.file,
    format: result.format,
    importedAt: options.importedAt,
    params: options.params,
    pretrainingLanguages: options.pretrainingLanguages,
    rows: rows.map((r) => ({
      dataset: r.dataset,
      config: r.config,
      language: r.language,
      metric: r.metric,
      value: r.value,
      number: r.number,
      unit: r.unit,
      stderr: r.stderr,
      nShot: r.n_shot,
      protocol: r.protocol,
      where: where(r.source),
    })),
    helmRows: helm.map((r) => ({
      scenario: r.run_group!,
      metricTab: r.metric_tab,
      metric: r.metric,
      status: r.status === 'hidden' ? 'hidden' : 'reported',
      value: r.value,
      number: r.number,
      unit: r.unit,
      contamination: r.contamination,
      where: where(r.source),
    })),
  }));
}

export function userCoverage(model: UserModel, language: string): CoverageLevel {
  if (!model.pretrainingLanguages) return 'unknown';
  return model.pretrainingLanguages.includes(language) ? 'pretraining' : 'unseen';
}

/**
 * Your models are greys (never a published family's hue), told apart by lightness; each
 * is also named in the legend, table and tooltip. CSS gives each grey for light and dark.
 */
const YOURS_SHADES = 3;

/**
 * The grey of the index-th of `count` saved models: the three CSS greys for up to three;
 * for more, evenly spaced mixes from the darkest to the lightest, so no two are the same
 * however many are saved (each theme's greys, as the CSS variables are per theme).
 */
export function yoursColor(index: number, count: number): string {
  if (count <= YOURS_SHADES) return `var(--yours-${index + 1})`;
  const share = Math.round((100 * (count - 1 - index)) / (count - 1));
  return `color-mix(in srgb, var(--yours-1) ${share}%, var(--yours-3))`;
}

export function userSeries(model: UserModel, index: number, count = YOURS_SHADES): ChartSeries {
  const color = yoursColor(index, count);
  return { key: model.id, label: `${YOURS_MARK} ${model.label} (yours)`, color, detail: `Your results, imported from ${model.file} (${model.format})` };
}

/**
 * The user's rows for one dataset and language (config names differ between tools: jp vs ja),
 * the one to draw first: a file can hold acc and acc_norm, or several shot counts.
 */
export function userRowsFor(model: UserModel, dataset: string, language: string): UserResultRow[] {
  return model.rows.filter((r) => r.dataset === dataset && r.language === language).sort((a, b) => metricRank(a.metric) - metricRank(b.metric));
}

function userRowNote(row: UserResultRow): string {
  return `your ${row.metric}${row.nShot !== null ? `, ${row.nShot}-shot` : ''}${row.stderr ? `, stderr ${row.stderr}` : ''}; ${row.protocol}; from ${row.where}`;
}

/**
 * A chart cell for a user's rows on an axis with `axisUnit`: the first is drawn, the others
 * are listed with it. A fraction on a percent axis is shown ×100, marked as converted, with
 * the imported text kept as published.
 */
export function userCell(model: UserModel, rows: UserResultRow[], category: string, language: string, axisUnit: Unit): ChartCell {
  const coverage = userCoverage(model, language);
  const [row, ...others] = rows;
  if (!row) return { category, series: model.id, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage, offAxis: false, note: 'not in your import' };
  const base: ChartCell = { category, series: model.id, state: 'reported', value: row.number, published: row.value, unit: row.unit, source: null, coverage, offAxis: false, note: userRowNote(row) };
  if (others.length) base.alsoPublished = others.map((o) => ({ published: o.value, unit: o.unit, source: null, note: userRowNote(o), label: 'also in your file' }));
  const interval = (scale: number) => {
    const se = row.stderr === null ? NaN : Number(row.stderr);
    return Number.isFinite(se) ? { stderr: row.stderr!, low: (row.number - 1.96 * se) * scale, high: (row.number + 1.96 * se) * scale } : undefined;
  };
  if (row.unit === axisUnit) return { ...base, interval: interval(1) };
  if (row.unit === 'fraction' && axisUnit === 'percent') {
    return { ...base, value: row.number * 100, unit: 'percent', derived: { method: 'imported fraction ×100', inputs: 1 }, interval: interval(100) };
  }
  return { ...base, offAxis: true };
}

/** "7.1B", "560M", "13000000000" → parameter count; null when empty, NaN when unreadable. */
export function parseParams(text: string): number | null {
  const t = text.trim().replace(/,/g, '');
  if (!t) return null;
  const m = /^(\d+(?:\.\d+)?)\s*([kmbt]?)$/i.exec(t);
  if (!m) return NaN;
  const scale = { '': 1, k: 1e3, m: 1e6, b: 1e9, t: 1e12 }[m[2].toLowerCase() as '' | 'k' | 'm' | 'b' | 't'];
  return Math.round(Number(m[1]) * scale);
}

export function parseLanguages(text: string): { codes: string[] | null; unknown: string[] } {
  const tokens = text.split(/[\s,;]+/).map((t) => t.trim().toLowerCase()).filter(Boolean);
  if (!tokens.length) return { codes: null, unknown: [] };
  return { codes: [...new Set(tokens.filter((t) => DASHBOARD_LANGUAGE_CODES.includes(t)))], unknown: tokens.filter((t) => !DASHBOARD_LANGUAGE_CODES.includes(t)) };
}
