import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ChartData } from '@/lib/chart/data';
import { chartDataToRows } from '@/lib/chart/export-csv';
import { valueAxis } from '@/lib/chart/scale';
import { HtmlChart } from '@/components/charts/html-chart';
import { ChartLegend } from '@/components/charts/chart-legend';

// A two-model, one-language XNLI chart (data/bloomz-results.csv:2244 bloomz and :2226 bloom, xnli th, EN, Median acc.)
// with XNLI's chance level: 3 labels, so 100/3 %.
const data: ChartData = {
  kind: 'bars',
  title: 'XNLI in Thai',
  valueLabel: 'Median accuracy (%)',
  unit: 'percent',
  lowerIsBetter: false,
  categoryLabel: 'Language',
  categories: [{ key: 'th', label: 'Thai' }],
  series: [
    { key: 'bloomz', label: 'BLOOMZ', color: '#0072b2', detail: '' },
    { key: 'bloom', label: 'BLOOM', color: '#e69f00', detail: '' },
  ],
  cells: [
    { category: 'th', series: 'bloomz', state: 'reported', value: 41.45, published: '41.45', unit: 'percent', source: null, coverage: 'unseen', offAxis: false, note: '' },
    { category: 'th', series: 'bloom', state: 'reported', value: 33.33, published: '33.33', unit: 'percent', source: null, coverage: 'unseen', offAxis: false, note: '' },
  ],
  sources: [],
  notes: [],
  references: [{ key: 'chance', value: 100 / 3, label: 'chance', published: null, about: '1 of 3 labels (entailment, neutral, contradiction) at random', source: null }],
};

describe('reference lines (chance levels, baselines)', () => {
  it('are drawn by the server chart at their value, labelled with it', () => {
    const html = renderToStaticMarkup(<HtmlChart data={data} height={200} />);
    const ref = /<span class="hc-ref" style="left:([\d.]+)%" data-reference="chance"><span class="hc-ref-label">chance 33.33%<\/span>/.exec(html);
    expect(ref).not.toBeNull();
    // A percent axis runs 0-100, so 100/3 % sits a third of the way along.
    expect(Number(ref![1])).toBeCloseTo(33.333, 2);
  });

  it('are named in the legend with how they are known', () => {
    const html = renderToStaticMarkup(<ChartLegend data={data} />);
    expect(html).toContain('dashed line: chance, 33.33% (1 of 3 labels (entailment, neutral, contradiction) at random)');
  });

  it('are rows of the CSV, marked as computed when they are not published', () => {
    const rows = chartDataToRows(data).filter((r) => r.state === 'reference');
    expect(rows).toEqual([expect.objectContaining({ category: 'reference:chance', category_label: 'chance', value_as_published: '', unit: 'percent', computed: '1 of 3 labels (entailment, neutral, contradiction) at random' })]);
    expect(Number(rows[0].value)).toBeCloseTo(33.3333, 3);
  });

  it('a published baseline keeps its text, and widens an axis that would not reach it', () => {
    const baseline: ChartData = { ...data, unit: 'score', cells: data.cells.map((c) => ({ ...c, unit: 'score' })), references: [{ key: 'human', value: 0.735, label: 'human baseline', published: '0.735', about: 'RAFT leaderboard', source: null }] };
    const axis = valueAxis({ ...baseline, cells: baseline.cells.map((c) => ({ ...c, value: 0.2 })) });
    expect(axis.max).toBeGreaterThanOrEqual(0.735);
    expect(chartDataToRows(baseline).find((r) => r.state === 'reference')).toEqual(expect.objectContaining({ value_as_published: '0.735', computed: '', note: 'RAFT leaderboard' }));
  });
});
