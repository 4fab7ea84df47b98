/**
 * The part of the HELM results one page needs, as plain JSON-able data. Built on the
 * server from getDataset(); components only ever see a slice (packed), never the file.
 * "General information" rows (kind=info: counts such as # eval) never enter a slice,
 * so nothing downstream can chart them as results.
 */
import { HELM_HIGHLIGHTS } from './catalog';
import { HELM_PROJECTS, isHelmProjectId, type HelmProjectId } from './projects';
import type { Dataset } from '../data/load';
import { packRows, unpackRows, type PackedRows } from '../data/packed-rows';
import type { HelmResultRow } from '../data/schema';
import type { Unit } from '../data/units';
import type { UserModel } from '../yours/user-results';
import { compareText } from '../chart/sort';
import { sourceLink } from '../data/source-link';

export interface HelmSliceModel {
  id: string;
  label: string;
  creator: string;
  params: number | null;
  /** Why the dashboard highlights this model, or '' (BLOOM and T0pp: see lib/helm/catalog). */
  highlight: string;
}

export interface HelmSliceSource {
  id: string;
  title: string;
  url: string;
}

/** One published cell. Every field is a string so rows pack into one dictionary. */
export interface HelmSliceRow {
  model: string;
  project: string;
  group: string;
  scenario: string;
  scenarioDisplay: string;
  subset: string;
  languageText: string;
  /** languages.csv codes joined with ';' ('' when the scenario is not one language). */
  languages: string;
  metricTab: string;
  metric: string;
  /** reported | hidden (HELM published the cell without a value). */
  status: 'reported' | 'hidden';
  /** Exactly as published; '' when hidden. */
  value: string;
  unit: Unit;
  lowerIsBetter: 'true' | 'false';
  split: string;
  source: string;
  contamination: string;
  note: string;
}

export interface HelmSlice {
  models: Record<string, HelmSliceModel>;
  /**
   * Every model of each release in the slice (any row of the project in the file,
   * counts included): a release model without a row for a metric is "not evaluated".
   */
  releaseModels: Partial<Record<HelmProjectId, string[]>>;
  sources: Record<string, HelmSliceSource>;
  rows: HelmSliceRow[];
  /** The reader's own models (added in the browser, never on the server). */
  yours?: UserModel[];
}

export type PackedHelmSlice = Omit<HelmSlice, 'rows'> & { rows: PackedRows<keyof HelmSliceRow> };

const ROW_COLUMNS: (keyof HelmSliceRow)[] = [
  'model',
  'project',
  'group',
  'scenario',
  'scenarioDisplay',
  'subset',
  'languageText',
  'languages',
  'metricTab',
  'metric',
  'status',
  'value',
  'unit',
  'lowerIsBetter',
  'split',
  'source',
  'contamination',
  'note',
];

export function packHelmSlice(slice: HelmSlice): PackedHelmSlice {
  return { ...slice, rows: packRows(slice.rows as unknown as Record<keyof HelmSliceRow, string>[], ROW_COLUMNS) };
}

export function unpackHelmSlice(packed: PackedHelmSlice): HelmSlice {
  // Every HelmSliceRow field is a string and the packed rows came from packHelmSlice.
  return { ...packed, rows: unpackRows(packed.rows) as unknown as HelmSliceRow[] };
}

function toSliceRow(r: HelmResultRow): HelmSliceRow {
  return {
    model: r.model,
    project: r.project,
    group: r.group,
    scenario: r.scenario,
    scenarioDisplay: r.scenario_display,
    subset: r.subset,
    languageText: r.language_text,
    languages: r.languages.join(';'),
    metricTab: r.metric_tab,
    metric: r.metric,
    status: r.status,
    value: r.value?.text ?? '',
    unit: r.unit,
    lowerIsBetter: r.lower_is_better ? 'true' : 'false',
    split: r.split,
    source: r.source,
    contamination: r.contamination,
    note: r.note,
  };
}

/**
 * Models with any row of the project, in name order: label, then id (a neutral order; views
 * sort by value, and use this one for ties without collating again in the browser).
 */
export function helmReleaseModelIds(ds: Dataset, project: HelmProjectId): string[] {
  const ids = new Set<string>();
  for (const r of ds.helm) if (r.project === project) ids.add(r.model);
  const label = (id: string) => ds.models.get(id)?.label ?? id;
  return [...ids].sort((a, b) => compareText(label(a), label(b)) || compareText(a, b));
}

/** The score rows (reported and hidden) that `keep` accepts, with their models and sources. */
export function helmSlice(ds: Dataset, keep: (row: HelmResultRow) => boolean): HelmSlice {
  const rows: HelmSliceRow[] = [];
  const projects = new Set<HelmProjectId>();
  const sourceIds = new Set<string>();
  for (const r of ds.helm) {
    if (r.kind !== 'score' || !keep(r)) continue;
    if (!isHelmProjectId(r.project)) continue; // the loader only knows our five projects; be safe anyway
    rows.push(toSliceRow(r));
    projects.add(r.project);
    sourceIds.add(r.source);
  }
  const releaseModels: HelmSlice['releaseModels'] = {};
  const models: Record<string, HelmSliceModel> = {};
  for (const p of Object.keys(HELM_PROJECTS) as HelmProjectId[]) {
    if (!projects.has(p)) continue;
    const ids = helmReleaseModelIds(ds, p);
    releaseModels[p] = ids;
    for (const id of ids) {
      const m = ds.models.get(id)!; // the loader resolved every model id
      models[id] = { id, label: m.label, creator: m.creator, params: m.params, highlight: HELM_HIGHLIGHTS[id] ?? '' };
    }
  }
  const sources: Record<string, HelmSliceSource> = {};
  for (const id of sourceIds) {
    const s = ds.sources.get(id)!; // the loader resolved every source id
    sources[id] = { id, title: s.title, url: sourceLink(s) };
  }
  return { models, releaseModels, sources, rows };
}

/** One leaderboard page: the score rows of one group of one project. */
export function helmGroupSlice(ds: Dataset, project: HelmProjectId, group: string): HelmSlice {
  return helmSlice(ds, (r) => r.project === project && r.group === group);
}
