'use client';

import type { InteractiveChartProps } from './chart-frame';
import { useEffect, useId, useMemo, useRef } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, DefaultZIndexes, ResponsiveContainer, Tooltip, usePlotArea, XAxis, YAxis, useXAxisScale, useYAxisScale, ZIndexLayer, type TooltipContentProps, type YAxisTickContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { cellGrid, type ChartCell, type ChartData } from '@/lib/chart/data';
import { HIGHLIGHT_MARK, MISSING_TEXT, MISSING_WHY } from '@/lib/chart/format';
import { coverageSuffix, describeChartCell, TooltipBox, useReducedMotion } from './chart-shared';
import { referenceLines } from './reference-lines';
import { onChartKey, TrackActiveCategory } from './chart-keyboard';
import { BAR_GAP, BAR_SIZE, CATEGORY_GAP, PLOT_MARGIN, barTop, categoryLabelWidth } from '@/lib/chart/layout';
import { valueAxis } from '@/lib/chart/scale';

type Row = { key: string; label: string } & Record<string, number | null | string>;
const rowKey = (row: Row) => row.key;

/** A category label on one line; highlighted categories are bold with a marker (a cue that is not colour). */
function CategoryTick({ x, y, payload, index, rows, data }: YAxisTickContentProps & { rows: Row[]; data: ChartData }) {
  const key = rows[index]?.key;
  const highlight = data.categories.find((c) => c.key === key)?.highlight;
  return (
    <text x={x} y={y} dy="0.355em" textAnchor="end" fontSize={12} fill="var(--fg)" fontWeight={highlight ? 700 : 400} data-highlight={highlight ? 'true' : undefined}>
      {highlight ? `${HIGHLIGHT_MARK} ` : ''}
      {String(payload.value)}
    </text>
  );
}

function patternId(base: string, series: number, kind: 'unseen' | 'finetune') {
  return `${base}-${kind}-${series}`;
}

/**
 * Recharts draws nothing for a null value; a missing result must still be visible, so
 * each one gets a "×" label where its bar would start; a flagged number gets its mark after its bar. Bars of a category are centred
 * in its band, BAR_SIZE wide with BAR_GAP between them (the props passed to BarChart).
 * Groups of categories (e.g. unseen vs seen languages) get a separator and a heading.
 */
function BandOverlay({ rows, data, grid }: { rows: Row[]; data: ChartData; grid: Map<string, Map<string, ChartCell>> }) {
  const yScale = useYAxisScale();
  const xScale = useXAxisScale();
  const plot = usePlotArea();
  if (!yScale || !plot || rows.length === 0) return null;
  const band = plot.height / rows.length;
  const n = data.series.length;
  return (
    <g className="missing-markers">
      {rows.flatMap((row, r) =>
        data.series.map((s, i) => {
          const cell = grid.get(row.key)?.get(s.key);
          if (!cell) return null;
          const y = plot.y + r * band + barTop(band, n, i) + BAR_SIZE / 2;
          // A published 0 has no visible bar either; label it with its published text so it never reads as missing.
          // A publisher's warning (HELM's ☠/⚠) is drawn just past the end of its bar, as the legend says.
          if (cell.state === 'reported') {
            if (cell.offAxis) return null;
            const flag = cell.flag ? ` ${cell.flag.symbol}` : '';
            if (cell.value === 0) {
              return (
                <text key={`${row.key}-${s.key}`} x={plot.x + 3} y={y} dominantBaseline="central" fontSize={9} fill="var(--fg)" data-zero="true" data-flag={cell.flag?.symbol}>
                  {s.label}: {cell.published}
                  {flag}
                </text>
              );
            }
            const end = cell.flag && cell.value !== null ? xScale?.(cell.value) : undefined;
            const start = xScale?.(0);
            const before = typeof end === 'number' && typeof start === 'number' && end < start;
            return typeof end === 'number' ? (
              <text
                key={`${row.key}-${s.key}`}
                x={before ? end - 3 : end + 3}
                y={y}
                textAnchor={before ? 'end' : 'start'}
                dominantBaseline="central"
                fontSize={10}
                fill="var(--fg)"
                data-flag={cell.flag!.symbol}
              >
                <title>{cell.flag!.label}</title>
                {cell.flag!.symbol}
              </text>
            ) : null;
          }
          return (
            <text key={`${row.key}-${s.key}`} x={plot.x + 3} y={y} dominantBaseline="central" fontSize={9} fill="var(--missing)" data-missing={cell.state}>
              × {s.label}: {MISSING_TEXT[cell.state]}
            </text>
          );
        }),
      )}
      {rows.map((row, r) => {
        const group = data.categories[r].group;
        if (!group || (r > 0 && data.categories[r - 1].group === group)) return null;
        const label = data.groups?.find((g) => g.key === group)?.label ?? group;
        const y = plot.y + r * band;
        return (
          <g key={`group-${group}`} data-group={group}>
            {r > 0 ? <line x1={plot.x} x2={plot.x + plot.width} y1={y} y2={y} stroke="var(--fg)" strokeDasharray="4 3" /> : null}
            <text x={plot.x + plot.width - 4} y={y + 9} textAnchor="end" fontSize={10} fontWeight={600} fill="var(--fg)">
              {label}
            </text>
          </g>
        );
      })}
    </g>
  );
}

export default function GroupedBarChart({ data, height, onReady, onPick, still }: InteractiveChartProps) {
  useEffect(onReady, [onReady]);
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const noMotion = useReducedMotion() || still === true;
  const grid = useMemo(() => cellGrid(data), [data]);
  const rows: Row[] = useMemo(
    () =>
      data.categories.map((c) => {
        const row: Row = { key: c.key, label: c.label };
        for (const s of data.series) {
          const cell = grid.get(c.key)?.get(s.key);
          row[s.key] = cell && cell.state === 'reported' && !cell.offAxis ? cell.value : null;
        }
        return row;
      }),
    [data, grid],
  );
  const sourceTitle = new Map(data.sources.map((s) => [s.id, s.title]));
  const highlightOf = new Map(data.categories.filter((c) => c.highlight).map((c) => [c.key, c.highlight]));
  const axis = valueAxis(data);
  const hasSources = data.sources.length > 0;
  const activeRef = useRef<string | null>(null);

  const renderTooltip = ({ active, label, payload, activeIndex }: TooltipContentProps<ValueType, NameType>) => {
    // A row with no drawn bar (every cell missing) has no payload: its index still says which row it is.
    const key = payload?.length ? (payload[0].payload as Row).key : rows[Number(activeIndex)]?.key;
    if (!active || key === undefined) return null;
    return (
      <TooltipBox title={label}>
        {highlightOf.get(key) ? (
          <li>
            {HIGHLIGHT_MARK} {highlightOf.get(key)}
          </li>
        ) : null}
        {data.series.map((s) => {
          const cell = grid.get(key)?.get(s.key);
          return (
            <li key={s.key}>
              <span className="swatch" style={{ background: s.color }} /> {s.label}: <strong>{describeChartCell(data, cell)}</strong>
              {cell && cell.state !== 'reported' ? `: ${MISSING_WHY[cell.state]}` : ''}
              {coverageSuffix(cell)}
              {cell?.source ? ` · source: ${sourceTitle.get(cell.source) ?? cell.source}` : ''}
              {cell?.flag?.text ? <span style={{ display: 'block', fontSize: '0.75rem' }}>{cell.flag.text}</span> : null}
            </li>
          );
        })}
        {hasSources ? <li className="tooltip-hint">Click (or press Enter) for links to the sources.</li> : null}
      </TooltipBox>
    );
  };

  return (
    // Horizontal bars: rows run downwards, and Recharts' next row is ArrowLeft.
    <div onKeyDown={(e) => onChartKey(e, activeRef.current, onPick, 'ArrowLeft')}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <BarChart
          id={`chart-${uid}`}
          data={rows}
          layout="vertical"
          barSize={BAR_SIZE}
          barGap={BAR_GAP}
          barCategoryGap={CATEGORY_GAP / 2}
          margin={PLOT_MARGIN}
          accessibilityLayer
        >
          <defs>
            {data.series.map((s, i) => (
              <g key={s.key}>
                <pattern id={patternId(uid, i, 'unseen')} patternUnits="userSpaceOnUse" width="5" height="5" patternTransform="rotate(45)">
                  <rect width="5" height="5" fill={s.color} fillOpacity={0.25} />
                  <rect width="2.5" height="5" fill={s.color} />
                </pattern>
                <pattern id={patternId(uid, i, 'finetune')} patternUnits="userSpaceOnUse" width="4" height="4">
                  <rect width="4" height="4" fill={s.color} fillOpacity={0.35} />
                  <circle cx="2" cy="2" r="1.2" fill={s.color} />
                </pattern>
              </g>
            ))}
          </defs>
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis
            type="number"
            domain={[axis.min, axis.max]}
            ticks={axis.ticks}
            allowDataOverflow={false}
            tick={{ fill: 'var(--fg)', fontSize: 12 }}
            label={{ value: data.valueLabel, position: 'insideBottom', offset: -8, fill: 'var(--fg)', fontSize: 12 }}
          />
          <YAxis type="category" dataKey="label" width={categoryLabelWidth(data)} interval={0} tick={(props: YAxisTickContentProps) => <CategoryTick {...props} rows={rows} data={data} />} />
          <Tooltip content={renderTooltip} cursor={{ fill: 'var(--panel)' }} isAnimationActive={!noMotion} />
          {data.series.map((s, i) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              fill={s.color}
              stroke={s.color}
              isAnimationActive={!noMotion}
              cursor="pointer"
              // The bar itself says which row it is; the chart-wide click would use the last hovered row.
              onClick={(entry: { payload?: Row }) => entry.payload && onPick(entry.payload.key)}
            >
              {rows.map((row) => {
                const coverage = grid.get(row.key)?.get(s.key)?.coverage;
                const fill = coverage === 'unseen' ? `url(#${patternId(uid, i, 'unseen')})` : coverage === 'finetuning-only' ? `url(#${patternId(uid, i, 'finetune')})` : s.color;
                // Highlighted categories also get an outline, so the bar stands out without relying on colour.
                return highlightOf.has(row.key) ? <Cell key={row.key} fill={fill} stroke="var(--fg)" strokeWidth={2} /> : <Cell key={row.key} fill={fill} />;
              })}
            </Bar>
          ))}
          {referenceLines(data, 'x')}
          {/* Above the tooltip's band (drawn under the bars), so a missing cell's × stays visible while its row is pointed at. */}
          <ZIndexLayer zIndex={DefaultZIndexes.bar + 1}>
            <BandOverlay rows={rows} data={data} grid={grid} />
          </ZIndexLayer>
          <TrackActiveCategory activeRef={activeRef} categoryOf={rowKey} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
