/**
 * All scenarios of one HELM group side by side, as HELM's own group tables show them: each
 * scenario's main metric (its Accuracy tab's first metric where it has one) as a column, the
 * models as rows, drawn as a matrix with each model's rank per scenario and its mean win rate.
 */
import type { ChartCategory, ChartCell, ChartData, ChartSeries } from '../chart/data';
import { seriesColor } from '../chart/palette';
import { UNIT_INFO } from '../data/units';
import { HELM_TABS } from './catalog';
import { cellFromRow, leaderboardRows, modelCategory } from './chart';
import type { HelmProjectId } from './projects';
import type { HelmSlice } from './slice';
import { defaultHelmSpec, defaultMetric, defaultTab, helmSpecContext } from './spec';

/** `heading`: the group as the page names it, e.g. "HELM Classic v0.4.0: Question answering". */
export function helmGroupMatrix(project: HelmProjectId, group: string, slice: HelmSlice, heading: string): ChartData | null {
  const ctx = helmSpecContext(project, group, slice);
  if (ctx.scenarios.length < 2) return null;
  const base = defaultHelmSpec(ctx);
  const columns = ctx.scenarios.map((s) => {
    const tab = defaultTab(ctx, s.id);
    const metric = defaultMetric(ctx, s.id, tab);
    return { scenario: s, tab, metric, rows: leaderboardRows({ ...base, scenario: s.id, tab, metric }, slice) };
  });
  // One direction for the whole matrix: a scenario whose main metric runs the other way is left out, and named.
  const lower = (c: (typeof columns)[number]) => c.rows[0]?.lowerIsBetter === 'true';
  const lowerIsBetter = columns.filter(lower).length > columns.length / 2;
  const kept = columns.filter((c) => c.rows.length && lower(c) === lowerIsBetter);
  const left = columns.filter((c) => !kept.includes(c));
  const unit = kept[0]?.rows[0]?.unit ?? 'fraction';

  const categories: ChartCategory[] = kept.map((c) => ({ key: c.scenario.id, label: `${c.scenario.label} (${c.metric})` }));
  const modelIds = (slice.releaseModels[project] ?? []).filter((id) => kept.some((c) => c.rows.some((r) => r.model === id)));
  const series: ChartSeries[] = modelIds.map((id) => {
    const m = slice.models[id];
    return { key: id, label: modelCategory(m, id).label, color: seriesColor('HELM', 0), detail: m?.creator ? `${m.creator}` : id };
  });
  const cells: ChartCell[] = [];
  for (const c of kept) {
    const byModel = new Map(c.rows.map((r) => [r.model, r]));
    for (const id of modelIds) {
      const row = byModel.get(id);
      cells.push(row ? cellFromRow(row, c.scenario.id, id, row.unit) : { category: c.scenario.id, series: id, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage: null, offAxis: false, note: '' });
    }
  }
  const sources = [...new Set(cells.map((c) => c.source).filter((s): s is string => s !== null))].map((id) => slice.sources[id]).filter((s) => s !== undefined);
  const tabs = [...new Set(kept.map((c) => HELM_TABS.find((t) => t.id === c.tab)?.label ?? c.tab))].join(', ');
  const notes = [
    `Each column is a scenario's main metric (${tabs} tab), as HELM published it. Rank: the model's place in that column (=2 is a tie).`,
    'Mean win rate is computed here the way HELM computes it: per scenario, the share of the other models with a number that this model beats (a tie counts half), averaged over the scenarios where the model has a number. It is not published in this form for this group, and it depends on which models are in the release.',
  ];
  if (left.length) notes.push(`Left out: ${left.map((c) => `${c.scenario.label} (${c.metric}${c.rows.length ? ', runs the other way' : ', no numbers'})`).join('; ')}.`);
  return {
    kind: 'matrix',
    matrix: { sortedBy: 'summary', summary: 'win-rate' },
    sharedPrecision: true,
    title: `${heading}, side by side: main metric, rank and mean win rate`,
    valueLabel: `Main metric (${UNIT_INFO[unit].label}${lowerIsBetter ? '; lower is better' : ''})`,
    unit,
    lowerIsBetter,
    categoryLabel: 'Scenario',
    categories,
    series,
    cells,
    sources,
    notes,
  };
}
