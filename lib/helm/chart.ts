/**
 * Turns a HELM leaderboard spec and its slice into ChartData: models on the category
 * axis, one series (the chosen metric). Every model of the release is a category, so a
 * model without a row reads "not evaluated", a cell HELM published without a value reads
 * "hidden by publisher", and neither is ever drawn as 0.
 */
import { modelPath } from '../url/paths';
import type { ChartCategory, ChartCell, ChartCellFlag, ChartData } from '../chart/data';
import { CONTAMINATION_LABEL, HELM_TABS, MAIN_METRIC_TAB, helmTabId } from './catalog';
import { HELM_PROJECTS } from './projects';
import type { HelmSlice, HelmSliceModel, HelmSliceRow } from './slice';
import { helmSpecContext, type HelmLeaderboardSpec } from './spec';
import { seriesColor } from '../chart/palette';
import { helmMetricUnit, UNIT_INFO, type Unit } from '../data/units';
import { userHelmRowFor } from './columns';
import { YOURS_MARK, type UserHelmRow, type UserModel } from '../yours/user-results';
import { compareText } from '../chart/sort';

/** The series key of a one-metric leaderboard (not a metric name: those hold spaces and brackets). */
export const LEADERBOARD_SERIES = 'value';

export function contaminationFlag(row: Pick<HelmSliceRow, 'contamination' | 'note'>): ChartCellFlag | undefined {
  if (!row.contamination) return undefined;
  return { symbol: row.contamination, label: CONTAMINATION_LABEL[row.contamination] ?? 'contamination', text: row.note };
}

/** A contamination warning as one line under the chart (HELM's text already starts with its symbol). */
export function flagNote(flag: ChartCellFlag): string {
  return `HELM's warning (${flag.label}): ${flag.text || flag.symbol}`;
}

/** A remark of the curated data's (e.g. a scale caveat) as one line under the chart: not HELM's words. */
export function curatedNote(text: string): string {
  return `Note from the curated data (not from HELM): ${text}.`;
}

/** One published cell as a ChartCell (reported or hidden) for the given axis unit. */
export function cellFromRow(row: HelmSliceRow, category: string, series: string, axisUnit: Unit): ChartCell {
  const hidden = row.status === 'hidden';
  return {
    category,
    series,
    state: hidden ? 'hidden' : 'reported',
    value: hidden ? null : Number(row.value),
    published: hidden ? null : row.value,
    unit: row.unit,
    source: row.source,
    coverage: null,
    offAxis: !hidden && row.unit !== axisUnit,
    // Contamination text travels in `flag`; `note` keeps other publisher remarks (scale caveats).
    note: row.contamination ? '' : row.note,
    flag: contaminationFlag(row),
  };
}

export function notEvaluatedCell(category: string, series: string): ChartCell {
  return { category, series, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage: null, offAxis: false, note: '' };
}

/** A cell of the reader's own HELM table, in a published column. */
export function userHelmCell(model: UserModel, row: UserHelmRow, series: string, axisUnit: Unit): ChartCell {
  const hidden = row.status === 'hidden';
  return {
    category: model.id,
    series,
    state: hidden ? 'hidden' : 'reported',
    value: hidden ? null : row.number,
    published: hidden ? null : row.value,
    unit: row.unit,
    source: null,
    coverage: null,
    offAxis: !hidden && row.unit !== axisUnit,
    note: `your HELM table (${row.scenario}, ${row.metricTab}, ${row.metric}), from ${row.where}`,
    flag: row.contamination ? { symbol: row.contamination, label: CONTAMINATION_LABEL[row.contamination] ?? 'contamination', text: '' } : undefined,
  };
}

export function modelCategory(m: HelmSliceModel | undefined, id: string): ChartCategory {
  const category: ChartCategory = { key: id, label: m?.label ?? id };
  if (m) category.href = modelPath(id);
  if (m?.highlight) category.highlight = m.highlight;
  return category;
}

export function matchesQuery(m: HelmSliceModel | undefined, id: string, q: string): boolean {
  const needle = q.trim().toLowerCase();
  if (!needle) return true;
  return [id, m?.label ?? '', m?.creator ?? ''].some((s) => s.toLowerCase().includes(needle));
}

/**
 * Categories ordered by their cell: numbers first (best or worst first, by the metric's
 * direction), then hidden cells, then models not evaluated; ties and missing by name.
 * Missing cells are never treated as small numbers.
 * nameOrder: positions of keys already in name order (a slice's release models, ordered on
 * the server), so that ordering those loads no collation data while a page starts.
 */
export function sortCategories(
  categories: ChartCategory[],
  cellOf: (key: string) => ChartCell | undefined,
  order: 'best' | 'worst' | 'name',
  lowerIsBetter: boolean,
  nameOrder?: ReadonlyMap<string, number>,
): ChartCategory[] {
  const byName = (a: ChartCategory, b: ChartCategory) => {
    const ia = nameOrder?.get(a.key);
    const ib = nameOrder?.get(b.key);
    return ia !== undefined && ib !== undefined ? ia - ib : compareText(a.label, b.label) || compareText(a.key, b.key);
  };
  if (order === 'name') return [...categories].sort(byName);
  const rank = (c: ChartCell | undefined) => (!c || c.state === 'not-evaluated' ? 2 : c.state === 'hidden' || c.offAxis ? 1 : 0);
  const ascending = lowerIsBetter === (order === 'best');
  return [...categories].sort((a, b) => {
    const ca = cellOf(a.key);
    const cb = cellOf(b.key);
    const ra = rank(ca);
    const rb = rank(cb);
    if (ra !== rb) return ra - rb;
    if (ra === 0) {
      const d = (ca!.value as number) - (cb!.value as number);
      if (d !== 0) return ascending ? d : -d;
    }
    return byName(a, b);
  });
}

/** The rows of one leaderboard column: scenario × tab × metric. */
export function leaderboardRows(spec: HelmLeaderboardSpec, slice: HelmSlice): HelmSliceRow[] {
  return slice.rows.filter(
    (r) => r.project === spec.project && r.group === spec.group && r.scenario === spec.scenario && helmTabId(r.metricTab) === spec.tab && r.metric === spec.metric,
  );
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function helmLeaderboardChartData(spec: HelmLeaderboardSpec, slice: HelmSlice): ChartData {
  const project = HELM_PROJECTS[spec.project];
  const ctx = helmSpecContext(spec.project, spec.group, slice);
  const scenarioLabel = ctx.scenarios.find((s) => s.id === spec.scenario)?.label ?? spec.scenario;
  const tabLabel = HELM_TABS.find((t) => t.id === spec.tab)?.label ?? spec.tab;
  const rows = leaderboardRows(spec, slice);
  // One metric has one unit and one direction (checked over the whole file by the unit tests).
  const unit: Unit = rows[0]?.unit ?? helmMetricUnit(spec.metric);
  const lowerIsBetter = rows[0]?.lowerIsBetter === 'true';
  const byModel = new Map(rows.map((r) => [r.model, r]));

  const releaseIds = slice.releaseModels[spec.project] ?? [];
  // The release's models come in name order from the server: their positions order ties by name.
  const namePosition = new Map(releaseIds.map((id, i) => [id, i]));
  const allIds = [...releaseIds, ...rows.map((r) => r.model).filter((id) => !namePosition.has(id))];
  const series = LEADERBOARD_SERIES;
  const cells = new Map<string, ChartCell>();
  let categories: ChartCategory[] = [];
  let filteredOut = 0;
  for (const id of allIds) {
    const m = slice.models[id];
    if (!matchesQuery(m, id, spec.q)) {
      filteredOut += 1;
      continue;
    }
    const row = byModel.get(id);
    if (!row && spec.missing === 'hide') continue;
    cells.set(id, row ? cellFromRow(row, id, series, unit) : notEvaluatedCell(id, series));
    categories.push(modelCategory(m, id));
  }
  // The reader's own HELM cells for this very column, as extra ★ rows.
  const column = rows[0] ? { scenario: spec.scenario, scenarioDisplay: rows[0].scenarioDisplay, metricTab: rows[0].metricTab, metric: spec.metric } : null;
  // Your model id → the run group as your file names it.
  const yours = new Map<string, string>();
  for (const m of column ? (slice.yours ?? []) : []) {
    const row = userHelmRowFor(m, column!);
    if (!row) continue;
    const label = `${YOURS_MARK} ${m.label} (yours)`;
    if (!matchesQuery({ id: m.id, label, creator: '', params: null, highlight: '' }, m.id, spec.q)) {
      filteredOut += 1;
      continue;
    }
    cells.set(m.id, userHelmCell(m, row, series, unit));
    categories.push({ key: m.id, label });
    yours.set(m.id, row.scenario);
  }
  categories = sortCategories(categories, (k) => cells.get(k), spec.sort, lowerIsBetter, namePosition);
  const cellList = categories.map((c) => cells.get(c.key)!);

  const direction = lowerIsBetter ? 'lower is better' : 'higher is better';
  const notes: string[] = [];
  notes.push(
    `${spec.metric}: ${direction}. ${spec.sort === 'name' ? 'Models are listed by name.' : `Models are sorted ${spec.sort === 'best' ? 'best' : 'worst'} first (${spec.sort === 'best' ? (lowerIsBetter ? 'lowest' : 'highest') : lowerIsBetter ? 'highest' : 'lowest'} value first).`} Values are shown exactly as HELM published them (${UNIT_INFO[unit].description}).`,
  );
  if (spec.metric === 'Mean win rate') {
    notes.push(`Mean win rate is HELM's "how many models this model outperforms on average (over columns)" of the tab: it depends on which models are in ${project.name} ${project.release} (${plural(rows.filter((r) => r.status === 'reported').length, 'model')} have one here) and cannot be compared across releases.`);
  }
  if (rows.some((r) => r.metricTab === MAIN_METRIC_TAB)) {
    notes.push('Only the main metric of this scenario (the first column of its first HELM table) is in our sources; its other tabs were not mirrored.');
  }
  const splits = [...new Set(rows.map((r) => r.split).filter(Boolean))];
  if (splits.length) notes.push(`HELM's evaluation split for this scenario: ${splits.join(', ')}.`);
  const subsets = [...new Set(rows.map((r) => r.subset).filter(Boolean))];
  if (subsets.length) notes.push(`Subset: ${subsets.join('; ')}.`);
  const published = cellList.filter((c) => !yours.has(c.category));
  const hidden = published.filter((c) => c.state === 'hidden').length;
  if (hidden) notes.push(`${plural(hidden, 'cell')} HELM published without a value (hidden by the publisher): shown as such, never as 0.`);
  const notEvaluated = cellList.filter((c) => c.state === 'not-evaluated').length;
  if (notEvaluated) notes.push(`${plural(notEvaluated, 'model')} of the release ${notEvaluated === 1 ? 'has' : 'have'} no published number for this metric: "not evaluated", never 0.`);
  for (const text of new Set(published.map((c) => c.flag).filter((f) => f !== undefined).map(flagNote))) notes.push(text);
  for (const text of new Set(published.map((c) => c.note).filter(Boolean))) notes.push(curatedNote(text));
  if (yours.size) {
    notes.push(`${YOURS_MARK} Your imported HELM results, placed in this column by scenario ("${[...new Set(yours.values())].join('", "')}"), tab and metric: your run's protocol, model versions and release may differ from ${project.name} ${project.release}.`);
  }
  if (spec.q.trim()) notes.push(`Filtered by "${spec.q.trim()}": ${plural(categories.length, 'model')} shown, ${filteredOut} hidden by the filter.`);
  if (spec.missing === 'hide' && !spec.q.trim()) notes.push('Models of the release without a published number are hidden (setting "Hide models that were not evaluated").');

  const usedSources = [...new Set(cellList.map((c) => c.source).filter((s): s is string => s !== null))];
  return {
    kind: 'bars',
    sharedPrecision: true,
    // HELM names many metrics after their tab ("F1 (Fairness)" on Fairness): the tab is then not said twice.
    title: `${scenarioLabel}: ${spec.metric.endsWith(`(${tabLabel})`) ? `${spec.metric}${lowerIsBetter ? ' (lower is better)' : ''}` : `${spec.metric} (${tabLabel}${lowerIsBetter ? ', lower is better' : ''})`}, ${project.name} ${project.release}`,
    valueLabel: `${spec.metric} (${UNIT_INFO[unit].label}${lowerIsBetter ? '; lower is better' : ''})`,
    unit,
    lowerIsBetter,
    categoryLabel: 'Model',
    categories,
    series: [{ key: series, label: spec.metric, color: seriesColor('HELM', 0), detail: `${tabLabel} tab, ${scenarioLabel}` }],
    cells: cellList,
    sources: usedSources.map((id) => slice.sources[id]).filter((s) => s !== undefined),
    notes,
  };
}
