import { beforeAll, describe, expect, it } from 'vitest';
import { bloomzSlice, type BloomzSlice } from '@/lib/bloomz/slice';
import type { ChartCell, ChartData } from '@/lib/chart/data';
import { columnWinRates, matrixOf, SUMMARY_SORT } from '@/lib/chart/matrix';
import { bestPerSeries, competitionRanks, rankText } from '@/lib/chart/rank';
import { colorDistance } from '@/lib/chart/color-distance';
import { loadDatasetFromTexts } from '@/lib/data/load';
import { taskView } from '@/lib/views/bloomz-bars';
import { shippedTexts } from '../helpers';

const cell = (category: string, series: string, value: number | null): ChartCell => ({
  category,
  series,
  state: value === null ? 'not-evaluated' : 'reported',
  value,
  published: value === null ? null : String(value),
  unit: 'percent',
  source: null,
  coverage: null,
  offAxis: false,
  note: '',
});

function grid(values: Record<string, Record<string, number | null>>, lowerIsBetter = false): ChartData {
  const categories = Object.keys(values);
  const series = Object.keys(values[categories[0]]);
  return {
    kind: 'matrix',
    title: 't',
    valueLabel: 'v',
    unit: 'percent',
    lowerIsBetter,
    categoryLabel: 'Language',
    categories: categories.map((key) => ({ key, label: key })),
    series: series.map((key) => ({ key, label: key, color: '#000', detail: '' })),
    cells: categories.flatMap((c) => series.map((s) => cell(c, s, values[c][s]))),
    sources: [],
    notes: [],
  };
}

describe('competition ranks', () => {
  it('shares a rank between equal values and skips the next (1, =2, =2, 4)', () => {
    expect(competitionRanks([9, 7, 7, 3, null], false).map((r) => (r ? rankText(r) : null))).toEqual(['1', '=2', '=2', '4', null]);
  });
  it('ranks the lowest first where lower is better', () => {
    expect(competitionRanks([0.3, 0.1, 0.2], true).map((r) => r?.rank)).toEqual([3, 1, 2]);
  });
});

describe('best per column', () => {
  it('marks every tied best, by the metric direction', () => {
    const data = grid({ a: { m: 5, n: 1 }, b: { m: 5, n: 2 }, c: { m: 4, n: null } });
    expect(bestPerSeries(data).get('m')).toEqual(new Set(['a', 'b']));
    expect(bestPerSeries({ ...data, lowerIsBetter: true }).get('n')).toEqual(new Set(['a']));
  });
});

describe("HELM's mean win rate", () => {
  it('counts a tie as half a win over the other models of the column', () => {
    // 3 models: 0.9 beats two (1.0); 0.5 and 0.5 beat none and tie one (0.25 each).
    expect(columnWinRates([0.9, 0.5, 0.5], false)).toEqual([1, 0.25, 0.25]);
    expect(columnWinRates([0.9, null], false)).toEqual([null, null]);
  });
  it('averages the win rates over the columns as the matrix summary', () => {
    const data = grid({ a: { m: 1, n: 2 }, b: { m: 3, n: 1 } });
    const model = matrixOf(data, SUMMARY_SORT, 'win-rate');
    expect(model.rows.map((r) => [r.series.key, r.summary])).toEqual([
      ['m', 0.5],
      ['n', 0.5],
    ]);
  });
});

describe('matrix', () => {
  let slice: BloomzSlice;
  beforeAll(() => {
    slice = bloomzSlice(loadDatasetFromTexts(shippedTexts()), (r) => r.dataset === 'xcopa', () => false);
  });

  it('sorts all models of a task by one language, best first, and marks the best and chance', () => {
    const ctx = taskView.context('xcopa', slice);
    const spec = { ...taskView.defaults(ctx), chart: 'matrix' as const, models: ctx.modelIds, msort: 'xcopa|sw|sw' };
    const data = taskView.build(spec, slice, ctx);
    expect(data.kind).toBe('matrix');
    const model = matrixOf(data, data.matrix!.sortedBy);
    const sw = model.columns.findIndex((c) => c.key === 'xcopa|sw|sw');
    // data/bloomz-results.csv line 3636: mt0-xxl-mt,EN,xcopa,sw,…,Median acc.,76.00
    expect(model.rows[0].series.key).toBe('mt0-xxl-mt');
    expect(model.rows[0].cells[sw].cell?.published).toBe('76.00');
    expect(model.rows[0].cells[sw].best).toBe(true);
    expect(model.rows[0].cells[sw].cell?.coverage).toBe('pretraining');
    // line 3621: xglm-7.5B … 50.00, exactly XCOPA's chance (2 options)
    const xglm = model.rows.find((r) => r.series.key === 'xglm-7.5B')!;
    expect(xglm.cells[sw].notAbove?.value).toBe(50);
    // line 3645: bloomz … 60.00, above chance
    expect(model.rows.find((r) => r.series.key === 'bloomz')!.cells[sw].notAbove).toBeUndefined();
  });

  it('gives chosen models distinct colours, whatever their families', () => {
    const ctx = taskView.context('xcopa', slice);
    const data = taskView.build({ ...taskView.defaults(ctx), models: ['bloomz-7b1', 'mt0-xl'] }, slice, ctx);
    const [a, b] = data.series.map((s) => s.color);
    expect(colorDistance(a, b)).toBeGreaterThanOrEqual(20);
  });

  it('falls back to the mean for a column it does not have', () => {
    const ctx = taskView.context('xcopa', slice);
    const data = taskView.build({ ...taskView.defaults(ctx), chart: 'matrix', msort: 'xnli|th|th' }, slice, ctx);
    expect(matrixOf(data, data.matrix!.sortedBy).sortedBy).toBe(SUMMARY_SORT);
    expect(data.notes.some((n) => n.includes('no column "xnli|th|th"'))).toBe(true);
  });
});
