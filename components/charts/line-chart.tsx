'use client';

import type { InteractiveChartProps } from './chart-frame';
import { useEffect, useMemo, useRef } from 'react';
import { CartesianGrid, Dot, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type ActiveDotProps, type DotItemDotProps, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { cellGrid, type ChartCell, type ChartData } from '@/lib/chart/data';
import { formatParams } from '@/lib/chart/format';
import { logAxis, spacedTicks, valueAxis } from '@/lib/chart/scale';
import { describeChartCell, TooltipBox, useReducedMotion } from './chart-shared';
import { referenceLines } from './reference-lines';
import { onChartEndKey, onChartKey, TrackActiveCategory } from './chart-keyboard';

type Grid = Map<string, Map<string, ChartCell>>;

/**
 * One model (category) with a point on the chart: its size, where it is drawn (x) and, under
 * its line's key, each drawn value.
 */
export type Row = { category: string; size: number; x: number } & { [lineKey: `y${number}`]: number | undefined };

export interface DrawnLine {
  /** The row field holding this line's values. */
  yKey: `y${number}`;
  group: string;
  series: string;
  name: string;
  color: string;
  dashed?: boolean;
}

const rowCategory = (row: Row) => row.category;
const DASHES = '6 4';

/** The value a point is drawn at, if its cell has one on the axis. */
function drawnValue(grid: Grid, category: string, series: string): number | undefined {
  const cell = grid.get(category)?.get(series);
  return cell?.state === 'reported' && cell.value !== null ? cell.value : undefined;
}

/**
 * One row per model that has a point, in order of size (models of one size in the legend's
 * order), so Recharts' arrow keys step along the x axis as the reader sees it. A line runs
 * through its own rows only; the rows of other lines are gaps it joins over.
 */
export function sizeOrderedPoints(data: ChartData, grid: Grid = cellGrid(data)): { lines: DrawnLine[]; rows: Row[] } {
  const groups = data.groups ?? [];
  const lines: DrawnLine[] = groups.flatMap((g, gi) =>
    data.series.map((s, si) => ({ yKey: `y${gi * data.series.length + si}` as const, group: g.key, series: s.key, name: `${g.label}, ${s.label}`, color: g.color ?? s.color, dashed: s.dashed })),
  );
  const groupOrder = (key: string | undefined) => groups.findIndex((g) => g.key === key);
  const rows = data.categories
    .filter((c) => c.x !== undefined && groupOrder(c.group) >= 0)
    .sort((a, b) => a.x! - b.x! || groupOrder(a.group) - groupOrder(b.group))
    .map((c) => {
      const row: Row = { category: c.key, size: c.x!, x: c.x! };
      for (const l of lines) if (l.group === c.group) row[l.yKey] = drawnValue(grid, c.key, l.series);
      return row;
    })
    .filter((row) => lines.some((l) => row[l.yKey] !== undefined));
  separateTies(rows);
  return { lines: lines.filter((l) => rows.some((row) => row[l.yKey] !== undefined)), rows };
}

/**
 * Recharts finds the tooltip's row by its x value: of models of one size, the tooltip, the
 * active dots and Enter would all take the first. Each later one is drawn a billionth
 * further along, far less than a pixel.
 */
function separateTies(rows: Row[]) {
  rows.forEach((row, i) => {
    const before = rows[i - 1];
    if (before && before.size === row.size) row.x = before.x * (1 + 1e-9);
  });
}

/** Said on the drawing itself (its <desc>), beside the chart frame's general label. */
const KEYS_TEXT =
  'Right or Down moves to the next larger model, Left or Up to the next smaller one (models of one size in the order of the legend); Home and End go to the smallest and the largest. Enter, or a click on a point, keeps that model’s numbers open below the chart.';

/** Lines through the categories of each group (e.g. a model family by size), one per series. */
export default function LineChartView({ data, height, onReady, onPick, still }: InteractiveChartProps) {
  useEffect(onReady, [onReady]);
  const noMotion = useReducedMotion() || still === true;
  const grid = useMemo(() => cellGrid(data), [data]);
  const { lines, rows } = useMemo(() => sizeOrderedPoints(data, grid), [data, grid]);
  const activeRef = useRef<string | null>(null);
  const xs = [...new Set(data.categories.map((c) => c.x).filter((x): x is number => x !== undefined))].sort((a, b) => a - b);
  const labelOf = new Map(data.categories.map((c) => [c.key, c.label]));
  const { min: yMin, max: yMax, ticks: yTicks } = valueAxis(data);

  const cellItems = (category: string, named: boolean) =>
    data.series.map((s) => (
      <li key={`${category}-${s.key}`}>
        {named ? `${labelOf.get(category)}, ` : ''}
        {named ? s.label.toLowerCase() : s.label}: <strong>{describeChartCell(data, grid.get(category)?.get(s.key))}</strong>
      </li>
    ));

  // The model under the tooltip is the one Enter keeps open; others of its size follow it.
  const renderTooltip = ({ active, payload }: TooltipContentProps<ValueType, NameType>) => {
    if (!active || !payload?.length) return null;
    const row = payload[0].payload as Row;
    const sameSize = rows.filter((r) => r.size === row.size && r.category !== row.category);
    return (
      <TooltipBox title={labelOf.get(row.category)}>
        {cellItems(row.category, false)}
        {sameSize.flatMap((r) => cellItems(r.category, true))}
        <li className="tooltip-hint">Click a point (or press Enter) to keep its numbers open below the chart.</li>
        {data.sources.length ? <li className="tooltip-hint">From {data.sources.map((src) => src.title).join('; ')} (linked under the table).</li> : null}
      </TooltipBox>
    );
  };

  // Each point says which model it is: the chart-wide click would use the last hovered row,
  // and models of one size share a spot on the x axis.
  const pointProps = (row: Row, l: DrawnLine) => ({ 'data-category': row.category, 'data-series': l.series, cursor: 'pointer', onClick: () => onPick(row.category) });
  const drawDot = (l: DrawnLine, dot: DotItemDotProps) =>
    dot.cy === undefined ? null : (
      <g {...pointProps(dot.payload as Row, l)}>
        <Dot className="recharts-line-dot" cx={dot.cx} cy={dot.cy} r={3} fill={l.dashed ? 'var(--bg)' : l.color} stroke={l.color} strokeWidth={2} strokeDasharray={l.dashed ? DASHES : undefined} />
      </g>
    );
  const drawActiveDot = (l: DrawnLine, dot: ActiveDotProps) => (
    <g {...pointProps(dot.payload as Row, l)}>
      <Dot {...dot} />
    </g>
  );

  if (!rows.length) return null;
  return (
    // The x axis runs left to right, and Recharts' next point is ArrowRight.
    <div
      onKeyDown={(e) => {
        onChartKey(e, activeRef.current, onPick, 'ArrowRight');
        onChartEndKey(e, rows.length, 'ArrowRight');
      }}
    >
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <LineChart data={rows} margin={{ top: 8, right: 24, bottom: 28, left: 8 }} accessibilityLayer desc={KEYS_TEXT}>
          <CartesianGrid stroke="var(--grid)" />
          <XAxis
            type="number"
            dataKey="x"
            scale="log"
            domain={[xs[0] / 1.5, xs[xs.length - 1] * 1.5]}
            ticks={spacedTicks(xs, logAxis(xs).percent)}
            tickFormatter={(v: number) => formatParams(v)}
            allowDuplicatedCategory={false}
            tick={{ fill: 'var(--fg)', fontSize: 11 }}
            label={{ value: data.xAxis?.label ?? '', position: 'insideBottom', offset: -18, fill: 'var(--fg)', fontSize: 12 }}
          />
          <YAxis
            type="number"
            domain={[yMin, yMax]}
            ticks={yTicks}
            tick={{ fill: 'var(--fg)', fontSize: 12 }}
            label={{ value: data.valueLabel, angle: -90, position: 'insideLeft', fill: 'var(--fg)', fontSize: 12, style: { textAnchor: 'middle' } }}
            width={64}
          />
          {referenceLines(data, 'y')}
          <Tooltip content={renderTooltip} isAnimationActive={!noMotion} />
          {lines.map((l) => (
            <Line
              key={l.yKey}
              dataKey={l.yKey}
              name={l.name}
              stroke={l.color}
              strokeWidth={2}
              strokeDasharray={l.dashed ? DASHES : undefined}
              dot={(dot: DotItemDotProps) => drawDot(l, dot)}
              activeDot={(dot: ActiveDotProps) => drawActiveDot(l, dot)}
              isAnimationActive={!noMotion}
              // A line has numbers only in its own models' rows: it joins them over the rows of the others.
              connectNulls
            />
          ))}
          <TrackActiveCategory activeRef={activeRef} categoryOf={rowCategory} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
