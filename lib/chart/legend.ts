/**
 * A chart's legend as plain entries, for what cannot use the HTML legend (preview images,
 * exported files): the same cues in the same words as components/charts/chart-legend.tsx.
 */
import type { ChartData } from './data';
import { formatReference, HIGHLIGHT_MARK } from './format';

export type LegendMark = 'swatch' | 'line' | 'dashed-line' | 'hatch' | 'dots' | 'reference' | 'symbol' | 'none';

export interface LegendEntry {
  mark: LegendMark;
  /** swatch/line colour, or the symbol shown for 'symbol'. */
  color?: string;
  symbol?: string;
  text: string;
}

export function legendEntries(data: ChartData): LegendEntry[] {
  const levels = new Set(data.cells.map((c) => c.coverage));
  const missing = new Set(data.cells.filter((c) => c.state !== 'reported').map((c) => c.state));
  const highlighted = data.categories.filter((c) => c.highlight);
  const flags = [...new Map(data.cells.flatMap((c) => (c.flag ? [[c.flag.symbol, c.flag.label] as const] : []))).entries()];
  const unknown = data.kind === 'bars' ? data.series.filter((s) => data.cells.some((c) => c.series === s.key && c.coverage === 'unknown')) : [];
  const out: LegendEntry[] = [];
  if (data.kind === 'lines') for (const g of data.groups ?? []) out.push({ mark: 'swatch', color: g.color, text: g.label });
  for (const s of data.series) out.push({ mark: data.kind === 'lines' ? (s.dashed ? 'dashed-line' : 'line') : 'swatch', color: s.color, text: s.label });
  if (data.kind === 'strip') out.push({ mark: 'none', text: '● one prompt · ▌ published median' });
  if (data.kind === 'bars' && levels.has('unseen')) out.push({ mark: 'hatch', text: 'hatched: language never intentionally seen by that model (not in its pretraining or finetuning data)' });
  if (data.kind === 'bars' && levels.has('finetuning-only')) out.push({ mark: 'dots', text: "dotted: language only in the model's finetuning data" });
  if (unknown.length) out.push({ mark: 'none', text: `no pattern: coverage unknown for ${unknown.map((s) => s.label).join(', ')} (${unknown.length === 1 ? 'its' : 'their'} training languages are not in our sources)` });
  if (missing.has('not-evaluated')) out.push({ mark: 'symbol', symbol: '×', text: 'not evaluated (no published number; not a zero)' });
  if (missing.has('hidden')) out.push({ mark: 'symbol', symbol: '×', text: 'hidden by publisher (published without a value; not a zero)' });
  if (highlighted.length) out.push({ mark: 'symbol', symbol: HIGHLIGHT_MARK, text: `bold, outlined: ${highlighted.map((c) => `${c.label} (${c.highlight})`).join('; ')}` });
  for (const r of data.references ?? []) out.push({ mark: 'reference', text: `dashed line: ${r.label}, ${formatReference(r, data.unit)} (${r.about})` });
  for (const [symbol, label] of flags) out.push({ mark: 'symbol', symbol, text: `${label} (publisher's warning; full text below the chart)` });
  return out;
}
