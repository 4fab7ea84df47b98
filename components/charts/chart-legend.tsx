import type { ChartData } from '@/lib/chart/data';
import { formatReference, HIGHLIGHT_MARK } from '@/lib/chart/format';

/** HTML legend (server-rendered, so it never shifts) with the non-colour cues explained. */
export function ChartLegend({ data }: { data: ChartData }) {
  const levels = new Set(data.cells.map((c) => c.coverage));
  const missing = new Set(data.cells.filter((c) => c.state !== 'reported').map((c) => c.state));
  const highlighted = data.categories.filter((c) => c.highlight);
  const flags = [...new Map(data.cells.flatMap((c) => (c.flag ? [[c.flag.symbol, c.flag.label] as const] : []))).entries()];
  // The models whose coverage is unknown: the series, or the categories where a chart's categories are the models.
  const modelsAreCategories = data.categoryLabel === 'Model';
  const unknownCells = data.kind === 'bars' ? data.cells.filter((c) => c.coverage === 'unknown') : [];
  const unknown = modelsAreCategories ? data.categories.filter((k) => unknownCells.some((c) => c.category === k.key)) : data.series.filter((s) => unknownCells.some((c) => c.series === s.key));
  return (
    <ul className="chart-legend" aria-label="Legend">
      {data.kind === 'lines'
        ? (data.groups ?? []).map((g) => (
            <li key={g.key}>
              <span className="swatch" style={{ background: g.color }} aria-hidden="true" />
              {g.label}
            </li>
          ))
        : null}
      {data.series.map((s) => (
        <li key={s.key} title={s.detail}>
          {data.kind === 'lines' ? (
            <svg width="24" height="10" aria-hidden="true">
              <line x1="0" y1="5" x2="24" y2="5" stroke="currentColor" strokeWidth="2" strokeDasharray={s.dashed ? '5 3' : undefined} />
            </svg>
          ) : (
            <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
          )}
          {s.href ? <a href={s.href}>{s.label}</a> : s.label}
        </li>
      ))}
      {data.kind === 'strip' ? (
        <li>
          <span aria-hidden="true">●</span> one prompt · <span aria-hidden="true">▌</span> published median
        </li>
      ) : null}
      {data.kind === 'bars' && levels.has('unseen') && (
        <li>
          <span className="legend-pattern" style={{ background: 'repeating-linear-gradient(45deg, currentColor 0 2px, transparent 2px 5px)' }} aria-hidden="true" />
          hatched: language never intentionally seen by that model (not in its pretraining or finetuning data)
        </li>
      )}
      {data.kind === 'bars' && levels.has('finetuning-only') && (
        <li>
          <span className="legend-pattern" style={{ background: 'radial-gradient(currentColor 1px, transparent 1.5px) 0 0 / 4px 4px' }} aria-hidden="true" />
          dotted: language only in the model&apos;s finetuning data
        </li>
      )}
      {unknown.length > 0 && (
        <li>
          no pattern: coverage unknown for {unknown.map((s) => s.label).join(', ')} ({unknown.length === 1 ? 'its' : 'their'} training languages are not in our sources)
        </li>
      )}
      {missing.has('not-evaluated') && (
        <li>
          <span aria-hidden="true">×</span> not evaluated (no published number; not a zero)
        </li>
      )}
      {missing.has('hidden') && (
        <li>
          <span aria-hidden="true">×</span> hidden by publisher (published without a value; not a zero)
        </li>
      )}
      {highlighted.length > 0 && (
        <li>
          <strong>
            <span aria-hidden="true">{HIGHLIGHT_MARK}</span> bold, outlined
          </strong>
          : {highlighted.map((c) => `${c.label} (${c.highlight})`).join('; ')}
        </li>
      )}
      {(data.references ?? []).map((r) => (
        <li key={r.key} data-legend-reference={r.key}>
          <span className="legend-reference" aria-hidden="true" /> dashed line: {r.label}, {formatReference(r, data.unit)} ({r.about})
        </li>
      ))}
      {flags.map(([symbol, label]) => (
        <li key={symbol}>
          <span aria-hidden="true">{symbol}</span> {label} (publisher&apos;s warning; full text below the chart)
        </li>
      ))}
    </ul>
  );
}
