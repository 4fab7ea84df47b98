import { describe, expect, it } from 'vitest';
import type { ChartData } from '@/lib/chart/data';
import { BAR_GAP, BAR_SIZE, barTop, CATEGORY_GAP, categoryLabelWidth, chartHeight, PLOT_MARGIN, rowPlot, stripCentre } from '@/lib/chart/layout';

type Shape = Pick<ChartData, 'kind' | 'categories' | 'series'>;

function shape(kind: 'bars' | 'strip', categories: number, series: number): Shape {
  return {
    kind,
    categories: Array.from({ length: categories }, (_, i) => ({ key: `c${i}`, label: `Category ${i}` })),
    series: Array.from({ length: series }, (_, i) => ({ key: `s${i}`, label: `Series ${i}`, color: '#000' })),
  } as Shape;
}

const SHAPES = [1, 2, 3, 15, 60].flatMap((categories) => [1, 2, 5].flatMap((series) => [shape('bars', categories, series), shape('strip', categories, series)]));

describe('rowPlot', () => {
  it('shares the whole plot between the categories, however tall the box is for them', () => {
    for (const data of SHAPES) {
      const height = chartHeight(data);
      const plot = rowPlot(data, height);
      expect(plot.top + data.categories.length * plot.band + plot.bottom).toBeCloseTo(height, 9);
    }
  });

  it('gives one category of a box at its minimum height more room than its bars need, rather than a gap under it', () => {
    const data = shape('bars', 1, 2);
    const plot = rowPlot(data, chartHeight(data));
    expect(plot.band).toBeGreaterThan(2 * (BAR_SIZE + BAR_GAP) + CATEGORY_GAP);
  });

  it('starts the plot after the category labels', () => {
    const data = shape('bars', 3, 2);
    expect(rowPlot(data, chartHeight(data)).left).toBe(PLOT_MARGIN.left + categoryLabelWidth(data));
  });
});

describe('barTop', () => {
  it('centres each category’s bars in its band (to the whole pixel) and keeps them in it', () => {
    for (const data of SHAPES.filter((d) => d.kind === 'bars')) {
      const n = data.series.length;
      const { band } = rowPlot(data, chartHeight(data));
      const above = barTop(band, n, 0);
      const below = band - (barTop(band, n, n - 1) + BAR_SIZE);
      expect(Number.isInteger(above)).toBe(true);
      expect(above).toBeGreaterThanOrEqual(0);
      expect(below).toBeGreaterThanOrEqual(0);
      expect(Math.abs(above - below)).toBeLessThanOrEqual(1);
      for (let i = 1; i < n; i++) expect(barTop(band, n, i) - barTop(band, n, i - 1)).toBe(BAR_SIZE + BAR_GAP);
    }
  });
});

describe('stripCentre', () => {
  it('places the series symmetrically about the middle of the band, top to bottom, inside it', () => {
    for (const data of SHAPES.filter((d) => d.kind === 'strip')) {
      const n = data.series.length;
      const { band } = rowPlot(data, chartHeight(data));
      for (let i = 0; i < n; i++) {
        expect(stripCentre(band, n, i) + stripCentre(band, n, n - 1 - i)).toBeCloseTo(band, 9);
        expect(stripCentre(band, n, i)).toBeGreaterThan(0);
        expect(stripCentre(band, n, i)).toBeLessThan(band);
        if (i > 0) expect(stripCentre(band, n, i)).toBeGreaterThan(stripCentre(band, n, i - 1));
      }
    }
  });
});
