'use client';

import { cellGrid, type ChartData } from '@/lib/chart/data';
import { formatPublished } from '@/lib/chart/format';
import { coverageSuffix, describeChartCell } from './chart-shared';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * A tooltip that stays: the cells of the category the reader clicked in the chart, with
 * links to their sources. Tooltips follow the pointer, so links inside them cannot be
 * reached; this panel can, by mouse and keyboard.
 */
export function CellDetails({ data, category, onClose }: { data: ChartData; category: string; onClose: () => void }) {
  const c = data.categories.find((x) => x.key === category);
  if (!c) return null;
  const row = cellGrid(data).get(category);
  const sourceOf = new Map(data.sources.map((s) => [s.id, s]));
  return (
    <section className="cell-details" aria-label={`Details for ${c.label}`} aria-live="polite" data-category={category}>
      <p className="cell-details-head">
        <strong>{c.label}</strong>
        <button type="button" onClick={onClose} aria-label={`Close details for ${c.label}`}>
          Close
        </button>
      </p>
      <ul>
        {data.series.map((s) => {
          const cell = row?.get(s.key);
          if (!cell) return null;
          const sources = [...new Set([cell.source, ...(cell.points ?? []).map((p) => p.source)].filter((id): id is string => Boolean(id)))];
          const link = (id: string) => {
            const src = sourceOf.get(id);
            return src ? (
              <a href={src.url} target="_blank" rel="noopener noreferrer">
                {src.title}
              </a>
            ) : (
              id
            );
          };
          return (
            <li key={s.key} data-series={s.key}>
              <span className="swatch" style={{ background: s.color }} /> {s.label}: <strong>{describeChartCell(data, cell, true)}</strong>
              {coverageSuffix(cell)}
              {cell.note ? ` · ${cell.note}` : ''}
              {cell.flag?.text ? <span className="cell-details-flag">{cell.flag.text}</span> : null}
              {sources.map((id) => (
                <span key={id}>
                  {' · source: '}
                  {link(id)}
                </span>
              ))}
              {(cell.alsoPublished ?? []).map((o, i) => (
                <span key={i} className="cell-details-also">
                  {capitalise(o.label)}, not drawn: {formatPublished(o.published, o.unit, null, true)}{o.unit === 'percent' ? '' : ` (${o.unit})`}{o.note ? ` · ${o.note}` : ''}
                  {o.source ? <> · source: {link(o.source)}</> : null}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
