'use client';

// Only the Recharts charts import this module: Recharts must stay out of every route's first load.
import { ReferenceLine } from 'recharts';
import type { ChartData } from '@/lib/chart/data';
import { formatReference } from '@/lib/chart/format';

/**
 * The chart's reference lines (chance, baselines) for a Recharts chart: on the x axis of the
 * horizontal bar and strip charts, on the y axis of the line chart. Called as a function, not
 * rendered as a component: Recharts reads its children's types.
 */
export function referenceLines(data: ChartData, axis: 'x' | 'y') {
  return (data.references ?? []).map((r) => (
    <ReferenceLine
      key={r.key}
      {...(axis === 'x' ? { x: r.value } : { y: r.value })}
      stroke="var(--fg)"
      strokeWidth={1.5}
      strokeDasharray="4 3"
      ifOverflow="discard"
      label={{ value: `${r.label} ${formatReference(r, data.unit)}`, position: axis === 'x' ? 'insideTopLeft' : 'insideBottomRight', fill: 'var(--fg)', fontSize: 11, className: 'reference-label' }}
    />
  ));
}
