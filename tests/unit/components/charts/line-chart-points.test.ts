import { describe, expect, it } from 'vitest';
import type { ChartCell, ChartData } from '@/lib/chart/data';
import { sizeOrderedPoints } from '@/components/charts/line-chart';

const cell = (category: string, series: string, value: number | null): ChartCell => ({
  category,
  series,
  state: value === null ? 'not-applicable' : 'reported',
  value,
  published: null,
  unit: value === null ? null : 'percent',
  source: null,
  coverage: null,
  offAxis: false,
  note: '',
});

/** Two lines listed one after the other, as the scaling table lists them; b-small shares a-small's size. */
function twoLines(): ChartData {
  return {
    kind: 'lines',
    title: 't',
    valueLabel: 'v',
    unit: 'percent',
    lowerIsBetter: false,
    categoryLabel: 'Model',
    categories: [
      { key: 'a-small', label: 'A small', group: 'A', x: 5e8 },
      { key: 'a-large', label: 'A large', group: 'A', x: 7e9 },
      { key: 'b-tiny', label: 'B tiny', group: 'B', x: 3e8 },
      { key: 'b-small', label: 'B small', group: 'B', x: 5e8 },
      { key: 'b-empty', label: 'B without a number', group: 'B', x: 1e9 },
      { key: 'b-large', label: 'B large', group: 'B', x: 13e9 },
    ],
    series: [
      { key: 'seen', label: 'Seen', color: '#000', detail: '' },
      { key: 'unseen', label: 'Unseen', color: '#000', detail: '', dashed: true },
    ],
    cells: [
      cell('a-small', 'seen', 40),
      cell('a-small', 'unseen', 35),
      cell('a-large', 'seen', 50),
      cell('a-large', 'unseen', 41),
      cell('b-tiny', 'seen', 38),
      cell('b-tiny', 'unseen', null),
      cell('b-small', 'seen', 42),
      cell('b-small', 'unseen', null),
      cell('b-empty', 'seen', null),
      cell('b-empty', 'unseen', null),
      cell('b-large', 'seen', 55),
      cell('b-large', 'unseen', null),
    ],
    sources: [],
    notes: [],
    xAxis: { label: 'Parameters', log: true },
    groups: [
      { key: 'A', label: 'A', color: '#111' },
      { key: 'B', label: 'B', color: '#222' },
    ],
  };
}

describe('line chart points', () => {
  it('puts the models in order of size, models of one size in the order of the legend', () => {
    const { rows } = sizeOrderedPoints(twoLines());
    expect(rows.map((r) => r.category)).toEqual(['b-tiny', 'a-small', 'b-small', 'a-large', 'b-large']);
    expect(rows.map((r) => r.size)).toEqual([3e8, 5e8, 5e8, 7e9, 13e9]);
  });

  it('draws models of one size at distinct x values (Recharts finds a row by its x), a pixel apart at most', () => {
    const { rows } = sizeOrderedPoints(twoLines());
    for (let i = 1; i < rows.length; i++) expect(rows[i].x).toBeGreaterThan(rows[i - 1].x);
    for (const r of rows) expect(Math.abs(r.x - r.size) / r.size).toBeLessThan(1e-6);
  });

  it('gives a model without a number no stop, and a line without a number no line', () => {
    const { rows, lines } = sizeOrderedPoints(twoLines());
    expect(rows.some((r) => r.category === 'b-empty')).toBe(false);
    expect(lines.map((l) => `${l.group}|${l.series}`)).toEqual(['A|seen', 'A|unseen', 'B|seen']);
  });

  it('puts each value on its own model’s line only', () => {
    const { rows, lines } = sizeOrderedPoints(twoLines());
    const valueOn = (category: string, line: string) => {
      const l = lines.find((x) => `${x.group}|${x.series}` === line)!;
      return rows.find((r) => r.category === category)![l.yKey];
    };
    expect(valueOn('a-small', 'A|seen')).toBe(40);
    expect(valueOn('a-small', 'A|unseen')).toBe(35);
    expect(valueOn('a-small', 'B|seen')).toBeUndefined();
    expect(valueOn('b-small', 'B|seen')).toBe(42);
    expect(valueOn('b-small', 'A|seen')).toBeUndefined();
  });
});
