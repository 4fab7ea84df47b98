'use client';

import type { InteractiveChartProps } from './chart-frame';
import { useEffect, useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { cellGrid } from '@/lib/chart-data';
import { formatParams } from '@/lib/format';
import { logAxis, spacedTicks, valueAxis } from '@/lib/chart-scale';
import { describeCell, TooltipBox, useReducedMotion } from './chart-shared';

interface Point {
  x: number;
  y: number;
  category: string;
}

/** Lines through the categories of each group (e.g. a model family by size), one per series. */
export default function LineChartView({ data, height, onReady, still }: InteractiveChartProps) {
  useEffect(onReady, [onReady]);
  const noMotion = useReducedMotion() || still === true;
  const grid = useMemo(() => cellGrid(data), [data]);
  const lines = useMemo(
    () =>
      (data.groups ?? []).flatMap((g) =>
        data.series.map((s) => {
          const points: Point[] = data.categories
            .filter((c) => c.group === g.key && c.x !== undefined)
            .flatMap((c) => {
              const cell = grid.get(c.key)?.get(s.key);
              return cell && cell.state === 'reported' && cell.value !== null ? [{ x: c.x!, y: cell.value, category: c.key }] : [];
            })
            .sort((a, b) => a.x - b.x);
          return { key: `${g.key}|${s.key}`, name: `${g.label}, ${s.label}`, color: g.color ?? s.color, dashed: s.dashed, points };
        }),
      ),
    [data, grid],
  );
  const xs = [...new Set(data.categories.map((c) => c.x).filter((x): x is number => x !== undefined))].sort((a, b) => a - b);
  const labelOf = new Map(data.categories.map((c) => [c.key, c.label]));
  const ys = lines.flatMap((l) => l.points.map((p) => p.y));
  const { min: yMin, max: yMax, ticks: yTicks } = valueAxis(data);

  const renderTooltip = ({ active, payload }: TooltipContentProps<ValueType, NameType>) => {
    if (!active || !payload?.length) return null;
    const x = (payload[0].payload as Point).x;
    const categories = data.categories.filter((c) => c.x === x);
    return (
      <TooltipBox title={formatParams(x)}>
        {categories.flatMap((c) =>
          data.series.map((s) => (
            <li key={`${c.key}-${s.key}`}>
              {labelOf.get(c.key)}, {s.label.toLowerCase()}: <strong>{describeCell(grid.get(c.key)?.get(s.key))}</strong>
            </li>
          )),
        )}
        {data.sources.length ? <li className="tooltip-hint">From {data.sources.map((src) => src.title).join('; ')} (linked under the table).</li> : null}
      </TooltipBox>
    );
  };

  if (!xs.length || !ys.length) return null;
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <LineChart margin={{ top: 8, right: 24, bottom: 28, left: 8 }} accessibilityLayer>
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
        <Tooltip content={renderTooltip} isAnimationActive={!noMotion} />
        {lines.map((l) => (
          <Line
            key={l.key}
            data={l.points}
            dataKey="y"
            name={l.name}
            stroke={l.color}
            strokeWidth={2}
            strokeDasharray={l.dashed ? '6 4' : undefined}
            dot={{ r: 3, fill: l.dashed ? 'var(--bg)' : l.color, stroke: l.color }}
            isAnimationActive={!noMotion}
            connectNulls={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
