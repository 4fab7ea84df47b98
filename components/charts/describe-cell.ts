import type { ChartCell, ChartData } from '@/lib/chart/data';
import { notAbove, notAboveText } from '@/lib/chart/references';
import { chartDecimals } from '@/lib/chart/shown-number';
import { formatDerived, formatPublished, MISSING_TEXT } from '@/lib/chart/format';

/** A cell in words, as tooltips say it: the published text, or why there is none. */
/** withExact: a shortened number also gives its exact published text (titles, click details; not tooltips). */
export function describeCell(cell: ChartCell | undefined, decimals: number | null = null, withExact = false): string {
  if (!cell) return '';
  if (cell.state !== 'reported') return MISSING_TEXT[cell.state];
  const said = cell.derived && cell.value !== null ? `${formatDerived(cell.value)} (computed: ${cell.derived.method})` : describePublished(cell, decimals, withExact);
  const also = (cell.alsoPublished ?? []).map((o) => `${o.label}: ${formatPublished(o.published, o.unit, null, withExact)}${o.unit === 'percent' ? '' : ` (${o.unit})`}, not drawn`);
  return [said, ...also].join('; ');
}

function describePublished(cell: ChartCell, decimals: number | null, withExact: boolean): string {
  const value = formatPublished(cell.published ?? '', cell.unit ?? 'percent', decimals, withExact);
  const flagged = cell.flag ? `${value} ${cell.flag.symbol} ${cell.flag.label}` : value;
  return cell.offAxis ? `${flagged} (${cell.unit}, not drawn)` : flagged;
}

/** A cell of a chart in words: at the chart's precision, and saying so when it does not beat its chance level. */
export function describeChartCell(data: ChartData, cell: ChartCell | undefined, withExact = false): string {
  const said = describeCell(cell, chartDecimals(data), withExact);
  const ref = notAbove(data, cell);
  return ref ? `${said} (${notAboveText(data, ref)})` : said;
}
