import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalsOf, shownNumber, tableDecimals } from '@/lib/chart/shown-number';

describe('the display rule for published numbers', () => {
  it('shows a number with up to 4 decimals exactly as published', () => {
    for (const text of ['52.99', '0.448', '0', '-0.35', '1e5', '15.52', '0.5907', '120']) expect(shownNumber(text)).toEqual({ text, exact: null });
  });

  it('shows a longer one to 4 significant digits and keeps the exact text', () => {
    // data/languages.csv:100 (Swahili, roots_cld3_pct) and :72 (Burmese); data/bloomz-per-prompt.csv:697 (BLOOMZ XNLI bg, MNLI crowdsource)
    expect(shownNumber('0.038374872976901626')).toEqual({ text: '0.03837', exact: '0.038374872976901626' });
    expect(shownNumber('3.218864734249008e-05')).toEqual({ text: '0.00003219', exact: '3.218864734249008e-05' });
    expect(shownNumber('37.10843276977539')).toEqual({ text: '37.11', exact: '37.10843276977539' });
    // a large number keeps its integer digits
    expect(shownNumber('123456.789123')).toEqual({ text: '123457', exact: '123456.789123' });
  });

  it('at a table precision, shortens to it, never shows a non-zero as 0, and never pads', () => {
    expect(shownNumber('0.1043712345', 4)).toEqual({ text: '0.1044', exact: '0.1043712345' });
    expect(shownNumber('0.5', 4)).toEqual({ text: '0.5', exact: null });
    expect(shownNumber('0.0000312345', 4)).toEqual({ text: '0.00003123', exact: '0.0000312345' });
    expect(shownNumber('12.345678', 2)).toEqual({ text: '12.35', exact: '12.345678' });
  });

  it('counts decimals of plain and exponent forms', () => {
    expect([decimalsOf('0.25'), decimalsOf('1e-5'), decimalsOf('3.2e-5'), decimalsOf('120'), decimalsOf('1.5e3')]).toEqual([2, 5, 6, 0, 0]);
  });

  it('gives a table one precision only when some number needs shortening', () => {
    expect(tableDecimals(['0.448', '0.512', '0.0'])).toBeNull();
    expect(tableDecimals(['0.10437123', '0.35', '0.0051'])).toBe(4);
    expect(tableDecimals(['1.2345678', '0.9'])).toBe(3);
    expect(tableDecimals(['12.3456789', '3.1'])).toBe(2);
    expect(tableDecimals(['1234.56789'])).toBe(0);
  });

  it('never shows more than 4 significant digits of a long float, and never changes a short one (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (x) => {
        const text = String(x);
        if (!/^-?\d+(\.\d+)?(e[-+]\d+)?$/.test(text)) return;
        const shown = shownNumber(text);
        if (decimalsOf(text) <= 4) expect(shown.text).toBe(text);
        else {
          // Read to 4 significant digits (more only for a larger integer part), and never a non-zero read as 0.
          const significant = Math.max(4, Math.floor(Math.log10(Math.abs(x))) + 1);
          expect(Number(shown.text)).toBe(Number(x.toPrecision(Math.min(21, significant))));
          expect(shown.exact).toBe(shown.text === text ? null : text);
          expect(Number(shown.text) === 0).toBe(x === 0);
        }
      }),
    );
  });
});

describe('axis ticks', () => {
  it('are clean multiples of the step, with 0 where it belongs (no -2.77556e-17)', async () => {
    const { valueAxis } = await import('@/lib/chart/scale');
    // SummaC on HELM Classic summarization is a score that can be negative (data/helm-results.csv, metric SummaC).
    const cells = [-0.3, -0.1, 0.2, 0.5].map((value, i) => ({ category: `c${i}`, series: 's', state: 'reported' as const, value, published: String(value), unit: 'score' as const, source: null, coverage: null, offAxis: false, note: '' }));
    const axis = valueAxis({ kind: 'bars', title: '', valueLabel: '', unit: 'score', lowerIsBetter: false, categoryLabel: '', categories: [], series: [], cells, sources: [], notes: [] });
    expect(axis.ticks).toEqual([-0.4, -0.2, 0, 0.2, 0.4, 0.6]);
    expect(axis.ticks.map(String)).toEqual(['-0.4', '-0.2', '0', '0.2', '0.4', '0.6']);
    expect([axis.min, axis.max]).toEqual([-0.4, 0.6]);
  });
});

describe('one precision per table, for the charts that ask for it', () => {
  it('reads HELM leaderboards at one precision, other charts number by number', async () => {
    const { chartDecimals } = await import('@/lib/chart/shown-number');
    const cell = (published: string) => ({ category: published, series: 's', state: 'reported' as const, value: Number(published), published, unit: 'fraction' as const, source: null, coverage: null, offAxis: false, note: '' });
    // HELM Classic calibration values are published with 10 decimals (data/helm-results.csv:14, alpaca-7b MMLU, Calibration, ECE (10-bin): 0.2342885756).
    const base = { kind: 'bars' as const, title: '', valueLabel: '', unit: 'fraction' as const, lowerIsBetter: true, categoryLabel: '', categories: [], series: [], sources: [], notes: [], cells: [cell('0.1043712345'), cell('0.35')] };
    expect(chartDecimals(base)).toBeNull();
    expect(chartDecimals({ ...base, sharedPrecision: true })).toBe(4);
  });
});
