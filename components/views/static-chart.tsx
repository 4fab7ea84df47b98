'use client';

import type { ChartData } from '@/lib/chart/data';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/tables/chart-table';
import { ChartActions } from './chart-actions';

/** A chart built on the server (no view spec): chart, link and downloads, table. */
export function StaticChart({ id, data }: { id: string; data: ChartData }) {
  return (
    <div className="chart-view">
      <ChartFrame id={id} data={data} />
      <ChartActions data={data} chartId={id} />
      <ChartTable id={id} data={data} />
    </div>
  );
}
