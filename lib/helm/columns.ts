/**
 * Every published HELM leaderboard column (project, group, scenario, tab, metric), so the
 * import page can say where each of a reader's HELM scores will appear, or that it will
 * appear nowhere, before it is saved. Served as one small static JSON file.
 */
import { helmGroupLabel, helmTabId, MAIN_METRIC_TAB } from './catalog';
import { HELM_PROJECTS, isHelmProjectId } from './projects';
import type { Dataset } from '../data/load';
import type { UserHelmRow, UserModel } from '../yours/user-results';

const norm = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** A published HELM leaderboard column, as the user's cells are matched to it. */
export interface HelmColumnKey {
  scenario: string;
  scenarioDisplay: string;
  metricTab: string;
  metric: string;
}

// The shipped rows of some releases name HELM's "Accuracy" tab by where they were taken from
// (MAIN_METRIC_TAB); a HELM file calls it "Accuracy".
const tabKey = (tab: string) => (norm(tab) === norm(MAIN_METRIC_TAB) ? 'accuracy' : norm(tab));

/**
 * Where a user's HELM cell belongs: HELM's tables name run groups by display name ("MMLU"),
 * the shipped data by id ("mmlu") and display name, so a column is found under either; tab
 * and metric must match exactly (up to case and spacing).
 */
export function helmColumnMatchKeys(column: HelmColumnKey): string[] {
  return [...new Set([norm(column.scenario), norm(column.scenarioDisplay)])].map((s) => [s, tabKey(column.metricTab), norm(column.metric)].join('\u0000'));
}

export function helmCellMatchKey(cell: { scenario: string; metricTab: string; metric: string }): string {
  return [norm(cell.scenario), tabKey(cell.metricTab), norm(cell.metric)].join('\u0000');
}

export function helmCellFitsColumn(cell: { scenario: string; metricTab: string; metric: string }, column: HelmColumnKey): boolean {
  return helmColumnMatchKeys(column).includes(helmCellMatchKey(cell));
}

/** The user's HELM cell for a published leaderboard column. */
export function userHelmRowFor(model: UserModel, column: HelmColumnKey): UserHelmRow | undefined {
  return (model.helmRows ?? []).find((r) => helmCellFitsColumn(r, column));
}

export interface HelmColumn extends HelmColumnKey {
  project: string;
  group: string;
}

export const HELM_COLUMNS_PATH = '/helm-columns.json';

/** One entry per (project, group, scenario, tab, metric) with a score row, in the data's order. */
export function publishedHelmColumns(ds: Dataset): HelmColumn[] {
  const seen = new Set<string>();
  const out: HelmColumn[] = [];
  for (const r of ds.helm) {
    if (r.kind !== 'score') continue;
    const key = [r.project, r.group, r.scenario, r.metric_tab, r.metric].join('\u0000');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ project: r.project, group: r.group, scenario: r.scenario, scenarioDisplay: r.scenario_display, metricTab: r.metric_tab, metric: r.metric });
  }
  return out;
}

type Cell = { scenario: string; metricTab: string; metric: string };

/**
 * The published columns a cell of the reader's would join (a scenario can sit in several groups
 * and releases), found by key: a HELM file can hold thousands of scores.
 */
export function helmColumnFinder(columns: readonly HelmColumn[]): (cell: Cell) => HelmColumn[] {
  const index = new Map<string, HelmColumn[]>();
  for (const c of columns) for (const key of helmColumnMatchKeys(c)) index.set(key, [...(index.get(key) ?? []), c]);
  return (cell) => index.get(helmCellMatchKey(cell)) ?? [];
}

/** The leaderboard page showing this column, with its scenario, tab and metric chosen. */
export function helmColumnHref(c: HelmColumn): string {
  const qs = new URLSearchParams({ scenario: c.scenario, tab: helmTabId(c.metricTab), metric: c.metric });
  return `/helm/${c.project}/${c.group}?${qs}`;
}

export function helmColumnPlace(c: HelmColumn): string {
  const project = isHelmProjectId(c.project) ? `${HELM_PROJECTS[c.project].name} ${HELM_PROJECTS[c.project].release}` : c.project;
  return `${project} › ${helmGroupLabel(c.group)}`;
}

/** Untrusted until checked: the file comes over the network into the browser. */
export function parseHelmColumns(json: unknown): HelmColumn[] | null {
  if (!Array.isArray(json)) return null;
  const text = (v: unknown) => typeof v === 'string';
  const ok = json.every((c) => c && typeof c === 'object' && ['project', 'group', 'scenario', 'scenarioDisplay', 'metricTab', 'metric'].every((k) => text((c as Record<string, unknown>)[k])));
  return ok ? (json as HelmColumn[]) : null;
}
