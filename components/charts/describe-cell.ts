import type { ChartCell } from '@/lib/chart/data';
import { formatDerived, formatPublished, MISSING_TEXT } from '@/lib/chart/format';

/** A cell in words, as tooltips say it: the published text, or why there is none. */
export function describeCell(cell: ChartCell | undefined): string {
  if (!cell) return '';
  if (cell.state !== 'reported') return MISSING_TEXT[cell.state];
  const said = cell.derived && cell.value !== null ? `${formatDerived(cell.value)} (computed: ${cell.derived.method})` : describePublished(cell);
  const also = (cell.alsoPublished ?? []).map((o) => `${o.label}: ${formatPublished(o.published, o.unit)}${o.unit === 'percent' ? '' : ` (${o.unit})`}, not drawn`);
  return [said, ...also].join('; ');
}

function describePublished(cell: ChartCell): string {
  const value = formatPublished(cell.published ?? '', cell.unit ?? 'percent');
  const flagged = cell.flag ? `${value} ${cell.flag.symbol} ${cell.flag.label}` : value;
  return cell.offAxis ? `${flagged} (${cell.unit}, not drawn)` : flagged;
}
