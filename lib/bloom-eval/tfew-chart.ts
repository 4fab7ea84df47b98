/**
 * T-Few's RAFT table (paper, Table 2) as a ChartData: the four methods as bars and the human
 * baseline, a row of the same table, as a labelled reference line rather than a fifth bar.
 */
import type { ChartData } from '../chart/data';
import type { TfewResultRow } from '../data/schema';

export const HUMAN_BASELINE = 'Human baseline';

export function raftChart(rows: readonly TfewResultRow[]): ChartData {
  const raft = rows.filter((r) => r.table === 'raft_top5');
  const methods = raft.filter((r) => r.method !== HUMAN_BASELINE);
  const human = raft.find((r) => r.method === HUMAN_BASELINE);
  const series = { key: 'acc', label: 'RAFT accuracy', color: '#D55E00', detail: 'RAFT leaderboard accuracy, averaged over its 11 tasks, as printed in T-Few Table 2' };
  return {
    kind: 'bars',
    title: 'RAFT: the top 5 as of the T-Few paper (Liu et al. 2022, Table 2)',
    valueLabel: 'Accuracy (%)',
    unit: 'percent',
    lowerIsBetter: false,
    categoryLabel: 'Method',
    categories: methods.map((r) => ({ key: r.method, label: r.method })),
    series: [series],
    cells: methods.map((r) => ({
      category: r.method,
      series: series.key,
      state: 'reported',
      value: r.value.number,
      published: r.value.text,
      unit: 'percent',
      source: r.source,
      coverage: null,
      offAxis: false,
      note: r.note,
    })),
    sources: [{ id: 'tfew_paper_table2', title: 'T-Few paper (Liu et al. 2022), Table 2', url: 'https://arxiv.org/abs/2205.05638' }],
    notes: ['English classification tasks only: no language dimension.'],
    references: human
      ? [{ key: 'human', value: human.value.number, label: 'human baseline', published: human.value.text, about: `The RAFT human baseline, a row of the same table (${human.note}).`, source: human.source }]
      : [],
  };
}
