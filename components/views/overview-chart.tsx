import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/tables/chart-table';
import { viewDef, type ViewId } from '@/lib/views/registry';
import { chartIdFor, fullViewPath } from '@/lib/views/routes';

/**
 * A view's default chart, built on the server. The browser receives the chart's own
 * numbers, not the slice behind every setting of the full view (the overview has no
 * controls), so the landing page stays light.
 */
export function OverviewChart({ view, subject, slice }: { view: ViewId; subject: string; slice: unknown }) {
  const def = viewDef(view);
  const unpacked = def.unpack(slice);
  const ctx = def.context(subject, unpacked);
  const spec = def.defaults(ctx);
  const data = def.build(spec, unpacked, ctx);
  const chartId = chartIdFor(view, subject);
  return (
    <div className="chart-view" data-view={view}>
      <ChartFrame id={chartId} data={data} />
      <p>
        <a href={fullViewPath(view, subject, def.encode(spec, ctx))}>Open the full, interactive view →</a>
      </p>
      <ChartTable id={chartId} data={data} />
    </div>
  );
}
