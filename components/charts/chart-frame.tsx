'use client';

import dynamic from 'next/dynamic';
import type { ChartData } from '@/lib/chart-data';
import { chartHeight } from '@/lib/chart-layout';
import { ChartLegend } from './chart-legend';

function Placeholder() {
  return (
    <div className="chart-placeholder" style={{ height: '100%' }}>
      Loading chart… (the numbers are in the table below)
    </div>
  );
}

// Recharts is the heaviest dependency: each chart kind loads after the page's text and
// table, into a box whose height is already fixed.
const CHARTS = {
  bars: dynamic(() => import('./grouped-bar-chart'), { ssr: false, loading: Placeholder }),
  lines: dynamic(() => import('./line-chart'), { ssr: false, loading: Placeholder }),
  strip: dynamic(() => import('./strip-chart'), { ssr: false, loading: Placeholder }),
};

const KIND_TEXT = { bars: 'Horizontal grouped bar chart', lines: 'Line chart', strip: 'Dot (strip) chart with median bars' };

/** titleAsHeading: the chart is the page (embeds), so its title is the page's h1. */
export function ChartFrame({ id, data, titleAsHeading = false }: { id: string; data: ChartData; titleAsHeading?: boolean }) {
  const height = chartHeight(data);
  const Chart = CHARTS[data.kind];
  const seriesNames = data.series.map((s) => s.label);
  const summary = `${KIND_TEXT[data.kind]}: ${data.valueLabel} for ${seriesNames.length} series (${seriesNames.slice(0, 6).join(', ')}${seriesNames.length > 6 ? ', …' : ''}) across ${data.categories.length} ${data.categoryLabel.toLowerCase()} categories${data.lowerIsBetter ? '; lower is better' : ''}. Every number is also in the table below.`;
  return (
    <figure className="chart-frame" aria-labelledby={`${id}-title`} aria-describedby={`${id}-summary`}>
      {titleAsHeading ? (
        <h1 id={`${id}-title`} className="chart-title">
          {data.title}
        </h1>
      ) : (
        <figcaption id={`${id}-title`}>{data.title}</figcaption>
      )}
      <p id={`${id}-summary`} className="visually-hidden">
        {summary}
      </p>
      <ChartLegend data={data} />
      <div style={{ height, position: 'relative' }} data-chart-id={id}>
        {data.categories.length && data.series.length ? (
          <Chart data={data} height={height} />
        ) : (
          <div className="chart-placeholder" style={{ height }}>
            No data available for this selection.
          </div>
        )}
      </div>
      {data.notes.map((n) => (
        <p className="note" key={n}>
          {n}
        </p>
      ))}
    </figure>
  );
}
