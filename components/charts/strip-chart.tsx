'use client';

import { chartDecimals } from '@/lib/chart/shown-number';
import type { InteractiveChartProps } from './chart-frame';
import { useEffect, useMemo, useRef } from 'react';
import { CartesianGrid, ComposedChart, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis, type TooltipContentProps } from 'recharts';
import type { NameType, ValueType } from 'recharts/types/component/DefaultTooltipContent';
import { cellGrid } from '@/lib/chart/data';
import { formatPublished, MISSING_TEXT } from '@/lib/chart/format';
import { valueAxis } from '@/lib/chart/scale';
import { PLOT_MARGIN, categoryLabelWidth, stripCentre } from '@/lib/chart/layout';
import { describeChartCell, TooltipBox, useReducedMotion } from './chart-shared';
import { referenceLines } from './reference-lines';
import { onChartKey, TrackActiveCategory } from './chart-keyboard';

interface Dot {
  x: number;
  y: number;
  category: string;
  series: string;
  prompt?: string;
  published?: string;
}
const dotCategory = (dot: Dot) => dot.category;

/**
 * Categories on a numeric y axis (index), so each series gets its own row inside a
 * category: one dot per prompt, a short bar at the published median.
 */
export default function StripChart({ data, height, onReady, onPick, still }: InteractiveChartProps) {
  useEffect(onReady, [onReady]);
  const noMotion = useReducedMotion() || still === true;
  const grid = useMemo(() => cellGrid(data), [data]);
  const activeRef = useRef<string | null>(null);
  const axis = valueAxis(data);
  const { dots, medians, missing } = useMemo(() => {
    // In category units (the y axis runs 0, 1, 2… by category): the server chart's rule, for a band of 1.
    const offset = (i: number) => stripCentre(1, data.series.length, i) - 0.5;
    const dots: Record<string, Dot[]> = {};
    const medians: Record<string, Dot[]> = {};
    const missing: Dot[] = [];
    data.categories.forEach((c, ci) =>
      data.series.forEach((s, si) => {
        const cell = grid.get(c.key)?.get(s.key);
        const y = ci + offset(si);
        for (const p of cell?.points ?? []) (dots[s.key] ??= []).push({ x: p.value, y, category: c.key, series: s.key, prompt: p.label, published: p.published });
        if (cell?.state === 'reported' && cell.value !== null) (medians[s.key] ??= []).push({ x: cell.value, y, category: c.key, series: s.key, published: cell.published ?? '' });
        else if (!cell?.points?.length) missing.push({ x: 0, y, category: c.key, series: s.key });
      }),
    );
    return { dots, medians, missing };
  }, [data, grid]);

  const renderTooltip = ({ active, payload }: TooltipContentProps<ValueType, NameType>) => {
    if (!active || !payload?.length) return null;
    const dot = payload[0].payload as Dot;
    const category = data.categories.find((c) => c.key === dot.category);
    const cell = grid.get(dot.category)?.get(dot.series);
    const series = data.series.find((s) => s.key === dot.series);
    return (
      <TooltipBox title={`${category?.label ?? ''} · ${series?.label ?? ''}`}>
        <li>
          median: <strong>{describeChartCell(data, cell)}</strong>
        </li>
        {(cell?.points ?? []).map((p) => (
          <li key={p.label}>
            {p.label}: {formatPublished(p.published, data.unit, chartDecimals(data))}
          </li>
        ))}
        <li className="tooltip-hint">Click (or press Enter) for links to the sources.</li>
      </TooltipBox>
    );
  };

  const pick = (point: unknown) => {
    const dot = (point as { payload?: Dot } | undefined)?.payload;
    if (dot) onPick(dot.category);
  };

  return (
    // Categories run downwards, and Recharts' next one is ArrowRight.
    <div onKeyDown={(e) => onChartKey(e, activeRef.current, onPick, 'ArrowRight')}>
      <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
        <ComposedChart margin={PLOT_MARGIN} accessibilityLayer>
          <CartesianGrid horizontal={false} stroke="var(--grid)" />
          <XAxis type="number" dataKey="x" domain={[axis.min, axis.max]} ticks={axis.ticks} tick={{ fill: 'var(--fg)', fontSize: 12 }} label={{ value: data.valueLabel, position: 'insideBottom', offset: -12, fill: 'var(--fg)', fontSize: 12 }} />
          <YAxis
            type="number"
            dataKey="y"
            reversed
            domain={[-0.5, data.categories.length - 0.5]}
            ticks={data.categories.map((_, i) => i)}
            interval={0}
            tickFormatter={(i: number) => data.categories[i]?.label ?? ''}
            width={categoryLabelWidth(data)}
            tick={{ fill: 'var(--fg)', fontSize: 11 }}
          />
          {referenceLines(data, 'x')}
          <Tooltip content={renderTooltip} isAnimationActive={!noMotion} />
          {data.series.map((s) => (
            <Scatter key={`m-${s.key}`} name={`${s.label} median`} data={medians[s.key] ?? []} fill={s.color} isAnimationActive={!noMotion} onClick={pick} cursor="pointer" shape={(p: { cx?: number; cy?: number }) => <rect x={(p.cx ?? 0) - 1.5} y={(p.cy ?? 0) - 6} width={3} height={12} fill={s.color} />} />
          ))}
          {data.series.map((s) => (
            <Scatter key={`d-${s.key}`} name={s.label} data={dots[s.key] ?? []} fill={s.color} fillOpacity={0.75} stroke="var(--bg)" isAnimationActive={!noMotion} onClick={pick} cursor="pointer" />
          ))}
          <Scatter
            name="missing"
            data={missing}
            isAnimationActive={false}
            shape={(p: { cx?: number; cy?: number; payload?: Dot }) => (
              <text x={(p.cx ?? 0) + 3} y={p.cy} dominantBaseline="central" fontSize={9} fill="var(--missing)" data-missing="not-evaluated">
                × {data.series.find((s) => s.key === p.payload?.series)?.label}: {MISSING_TEXT['not-evaluated']}
              </text>
            )}
          />
          <TrackActiveCategory activeRef={activeRef} categoryOf={dotCategory} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
