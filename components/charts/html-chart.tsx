import { chartDecimals } from '@/lib/chart/shown-number';
/**
 * The chart as plain HTML and CSS, rendered on the server: readable before any
 * JavaScript, and cheap to re-render when a filter changes. The Recharts version takes
 * over when the reader interacts with the chart (tooltips, keyboard navigation).
 * Same geometry as the interactive chart (lib/chart/layout, lib/chart/scale).
 */
import type { CSSProperties, ReactNode } from 'react';
import { cellGrid, type ChartCell, type ChartData, type ChartSeries } from '@/lib/chart/data';
import { BAR_SIZE, barTop, rowPlot, stripCentre, type RowPlot } from '@/lib/chart/layout';
import { axisPercent, logAxis, spacedTicks, valueAxis, type Axis } from '@/lib/chart/scale';
import { formatParams, formatPublished, formatReference, HIGHLIGHT_MARK, MISSING_TEXT } from '@/lib/chart/format';
import { describeChartCell } from './describe-cell';

function fillFor(cell: ChartCell | undefined, color: string): string {
  if (cell?.coverage === 'unseen') return `repeating-linear-gradient(45deg, ${color} 0 2.5px, color-mix(in srgb, ${color} 25%, transparent) 2.5px 5px)`;
  if (cell?.coverage === 'finetuning-only') return `radial-gradient(${color} 1.2px, color-mix(in srgb, ${color} 35%, transparent) 1.5px) 0 0 / 4px 4px`;
  return color;
}

function formatTick(v: number, data: ChartData): string {
  return data.unit === 'fraction' ? String(v) : String(Number(v.toPrecision(6)));
}

function AxisTicks({ axis, data, plot }: { axis: Axis; data: ChartData; plot: RowPlot }) {
  return (
    <div className="hc-axis" style={{ left: plot.left, right: plot.right, bottom: 0, height: plot.bottom }}>
      {axis.ticks.map((t) => (
        <span key={t} className="hc-tick" style={{ left: `${axisPercent(axis, t)}%` }}>
          {formatTick(t, data)}
        </span>
      ))}
      <span className="hc-axis-label">{data.valueLabel}</span>
    </div>
  );
}

function GridLines({ axis }: { axis: Axis }) {
  return (
    <>
      {axis.ticks.map((t) => (
        <span key={t} className="hc-grid" style={{ left: `${axisPercent(axis, t)}%` }} />
      ))}
    </>
  );
}

/** Reference lines (chance, baselines) across the plot, each labelled with its value. */
function References({ data, axis, across }: { data: ChartData; axis: Axis; across: 'rows' | 'lines' }) {
  return (
    <>
      {(data.references ?? []).map((r) => {
        const at = axisPercent(axis, r.value);
        if (at < 0 || at > 100) return null;
        return (
          <span key={r.key} className={across === 'rows' ? 'hc-ref' : 'hc-href'} style={across === 'rows' ? { left: `${at}%` } : { top: `${100 - at}%` }} data-reference={r.key}>
            <span className="hc-ref-label">
              {r.label} {formatReference(r, data.unit)}
            </span>
          </span>
        );
      })}
    </>
  );
}

function CategoryRows({ data, plot, children }: { data: ChartData; plot: RowPlot; children: (categoryKey: string) => ReactNode }) {
  return (
    <div className="hc-rows" style={{ top: plot.top, right: plot.right }}>
      {data.categories.map((c, i) => {
        const groupStart = c.group !== undefined && (i === 0 || data.categories[i - 1].group !== c.group);
        const groupLabel = groupStart ? (data.groups?.find((g) => g.key === c.group)?.label ?? c.group) : null;
        return (
          <div key={c.key} className="hc-row" style={{ height: plot.band, gridTemplateColumns: `${plot.left}px 1fr` }} data-group-start={groupStart && i > 0 ? 'true' : undefined}>
            <span className={`hc-label${c.highlight ? ' hc-highlight' : ''}`} title={c.highlight ? `${c.label}: ${c.highlight}` : c.label}>
              {c.highlight ? `${HIGHLIGHT_MARK} ` : ''}
              {c.label}
            </span>
            <span className="hc-track">
              {groupLabel ? <span className="hc-group-label">{groupLabel}</span> : null}
              {children(c.key)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

/** Categories as rows over a value axis: the frame of the bar and strip charts. */
function RowChart({ data, height, axis, plot, children }: { data: ChartData; height: number; axis: Axis; plot: RowPlot; children: (categoryKey: string) => ReactNode }) {
  return (
    <div className={data.kind === 'strip' ? 'hc hc-strip' : 'hc'} style={{ height }} aria-hidden="true">
      <div className="hc-plot" style={{ top: plot.top, bottom: plot.bottom, left: plot.left, right: plot.right }}>
        <GridLines axis={axis} />
        <References data={data} axis={axis} across="rows" />
      </div>
      <CategoryRows data={data} plot={plot}>
        {children}
      </CategoryRows>
      <AxisTicks axis={axis} data={data} plot={plot} />
    </div>
  );
}

function Bars({ data, height }: { data: ChartData; height: number }) {
  const axis = valueAxis(data);
  const grid = cellGrid(data);
  const n = Math.max(1, data.series.length);
  const plot = rowPlot(data, height);
  const zero = axisPercent(axis, Math.max(axis.min, Math.min(axis.max, 0)));
  const bar = (categoryKey: string, s: ChartSeries, i: number) => {
    const cell = grid.get(categoryKey)?.get(s.key);
    const top = barTop(plot.band, n, i);
    if (!cell) return null;
    if (cell.state !== 'reported' || cell.value === null || cell.offAxis) {
      const text = cell.state === 'reported' ? `${s.label}: ${describeChartCell(data, cell)}` : `× ${s.label}: ${MISSING_TEXT[cell.state]}`;
      return (
        <span key={s.key} className="hc-note" style={{ top: top - 2 }} data-missing={cell.state === 'reported' ? undefined : cell.state}>
          {text}
        </span>
      );
    }
    const at = axisPercent(axis, cell.value);
    const style: CSSProperties = {
      top,
      height: BAR_SIZE,
      left: `${Math.min(zero, at)}%`,
      width: `${Math.abs(at - zero)}%`,
      background: fillFor(cell, s.color),
      outline: data.categories.find((c) => c.key === categoryKey)?.highlight ? '2px solid var(--fg)' : undefined,
      borderColor: s.color,
    };
    // Error bar from a published stderr, in axis units (ChartCell.interval).
    const ci = cell.interval ? [axisPercent(axis, Math.max(axis.min, cell.interval.low)), axisPercent(axis, Math.min(axis.max, cell.interval.high))] : null;
    return (
      <span key={s.key} className="hc-bar" style={style} title={`${s.label}: ${describeChartCell(data, cell, true)}`}>
        {cell.value === 0 ? <span className="hc-zero" data-flag={cell.flag?.symbol}>{`${s.label}: ${cell.published}${cell.flag ? ` ${cell.flag.symbol}` : ''}`}</span> : null}
        {ci ? <span className="hc-ci" data-stderr={cell.interval!.stderr} style={{ left: `${((ci[0] - Math.min(zero, at)) / Math.max(1e-9, Math.abs(at - zero))) * 100}%`, width: `${((ci[1] - ci[0]) / Math.max(1e-9, Math.abs(at - zero))) * 100}%` }} title="95% normal interval: value ± 1.96 × the published stderr" /> : null}
        {cell.flag && cell.value !== 0 ? (
          <span className={`hc-flag ${at < zero ? 'hc-flag-before' : 'hc-flag-after'}`} data-flag={cell.flag.symbol} title={cell.flag.label}>
            {cell.flag.symbol}
          </span>
        ) : null}
      </span>
    );
  };
  return (
    <RowChart data={data} height={height} axis={axis} plot={plot}>
      {(key) => data.series.map((s, i) => bar(key, s, i))}
    </RowChart>
  );
}

function Strip({ data, height }: { data: ChartData; height: number }) {
  const axis = valueAxis(data);
  const grid = cellGrid(data);
  const n = Math.max(1, data.series.length);
  const plot = rowPlot(data, height);
  return (
    <RowChart data={data} height={height} axis={axis} plot={plot}>
      {(key) =>
          data.series.map((s, i) => {
            const cell = grid.get(key)?.get(s.key);
            const top = stripCentre(plot.band, n, i);
            if (!cell) return null;
            if (!cell.points?.length && cell.state !== 'reported')
              return (
                <span key={s.key} className="hc-note" style={{ top: top - 6 }} data-missing={cell.state}>
                  × {s.label}: {MISSING_TEXT[cell.state]}
                </span>
              );
            return (
              <span key={s.key}>
                {cell.state === 'reported' && cell.value !== null ? (
                  <span className="hc-median" style={{ top: top - 6, left: `${axisPercent(axis, cell.value)}%`, background: s.color }} title={`${s.label} median: ${describeChartCell(data, cell, true)}`} />
                ) : null}
                {(cell.points ?? []).map((p) => (
                  <span key={p.label} className="hc-dot" style={{ top: top - 4, left: `${axisPercent(axis, p.value)}%`, background: s.color }} title={`${s.label}, ${p.label}: ${formatPublished(p.published, data.unit, chartDecimals(data), true)}`} />
                ))}
              </span>
            );
          })
      }
    </RowChart>
  );
}

function Lines({ data, height }: { data: ChartData; height: number }) {
  const grid = cellGrid(data);
  const xs = data.categories.map((c) => c.x).filter((x): x is number => x !== undefined);
  if (!xs.length) return null;
  const x = logAxis(xs);
  const y = valueAxis(data);
  const lines = (data.groups ?? []).flatMap((g) =>
    data.series.map((s) => {
      const points = data.categories
        .filter((c) => c.group === g.key && c.x !== undefined)
        .flatMap((c) => {
          const cell = grid.get(c.key)?.get(s.key);
          return cell && cell.state === 'reported' && cell.value !== null ? [{ px: x.percent(c.x!), py: 100 - axisPercent(y, cell.value), title: `${c.label}, ${s.label.toLowerCase()}: ${describeChartCell(data, cell, true)}` }] : [];
        })
        .sort((a, b) => a.px - b.px);
      return { key: `${g.key}|${s.key}`, color: g.color ?? s.color, dashed: s.dashed, points };
    }),
  );
  const tickXs = spacedTicks(xs, x.percent);
  return (
    <div className="hc hc-lines" style={{ height }} aria-hidden="true">
      <div className="hc-line-plot">
        {y.ticks.map((t) => (
          <span key={t} className="hc-hgrid" style={{ top: `${100 - axisPercent(y, t)}%` }}>
            <span className="hc-ytick">{formatTick(t, data)}</span>
          </span>
        ))}
        <References data={data} axis={y} across="lines" />
        <svg viewBox="0 0 100 100" preserveAspectRatio="none" className="hc-line-svg">
          {lines.map((l) => (
            <polyline
              key={l.key}
              points={l.points.map((p) => `${p.px},${p.py}`).join(' ')}
              fill="none"
              stroke={l.color}
              strokeWidth={2}
              strokeDasharray={l.dashed ? '6 4' : undefined}
              vectorEffect="non-scaling-stroke"
            />
          ))}
        </svg>
        {lines.flatMap((l) =>
          l.points.map((p) => (
            <span key={`${l.key}-${p.px}`} className="hc-line-dot" style={{ left: `${p.px}%`, top: `${p.py}%`, borderColor: l.color, background: l.dashed ? 'var(--bg)' : l.color }} title={p.title} />
          )),
        )}
        {tickXs.map((t) => (
          <span key={t} className="hc-xtick" style={{ left: `${x.percent(t)}%` }}>
            {formatParams(t)}
          </span>
        ))}
      </div>
      <span className="hc-axis-label hc-x-label">{data.xAxis?.label}</span>
    </div>
  );
}

export function HtmlChart({ data, height }: { data: ChartData; height: number }) {
  if (data.kind === 'lines') return <Lines data={data} height={height} />;
  if (data.kind === 'strip') return <Strip data={data} height={height} />;
  return <Bars data={data} height={height} />;
}
