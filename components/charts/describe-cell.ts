import type { ChartCell } from '@/lib/chart-data';
import { formatDerived, formatPublished, MISSING_TEXT } from '@/lib/format';

/** A cell in words, as tooltips say it: the published text, or why there is none. */
export function describeCell(cell: ChartCell | undefined): string {
  if (!cell) return '';
  if (cell.state !== 'reported') return MISSING_TEXT[cell.state];
  if (cell.derived && cell.value !== null) return `${formatDerived(cell.value)} (computed: ${cell.derived.method})`;
  const value = formatPublished(cell.published ?? '', cell.unit ?? 'percent');
  const flagged = cell.flag ? `${value} ${cell.flag.symbol} ${cell.flag.label}` : value;
  const said = cell.offAxis ? `${flagged} (${cell.unit}, not drawn)` : flagged;
  const also = (cell.alsoPublished ?? []).map((o) => `${formatPublished(o.published, o.unit)}${o.unit === 'percent' ? '' : ` (${o.unit})`}`);
  return also.length ? `${said}; also published: ${also.join(', ')}, not drawn` : said;
}

