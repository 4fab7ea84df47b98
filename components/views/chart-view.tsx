'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useCallback, useMemo } from 'react';
import { unpackBloomzSlice, type BloomzSlice, type PackedBloomzSlice } from '@/lib/bloomz-slice';
import { bloomzView, type BloomzViewId } from '@/lib/views/registry';
import type { ParamSource } from '@/lib/url-params';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/tables/chart-table';
import { ProblemsNotice } from '@/components/controls/problems-notice';
import { useUrlSpec } from '@/components/controls/use-url-spec';
import { ViewControls } from './view-controls';

export interface ChartViewProps {
  view: BloomzViewId;
  subject: string;
  slice: PackedBloomzSlice;
  /** false: the default view only, no controls and no URL state (several charts on one page). */
  interactive?: boolean;
  /** Link under a non-interactive chart to its full view. */
  fullViewHref?: string;
  /** URL key prefix when several interactive charts share a page ('' for the page's main chart). */
  paramPrefix?: string;
}

interface BodyProps {
  view: BloomzViewId;
  subject: string;
  slice: BloomzSlice;
  params: ParamSource;
  interactive: boolean;
  fullViewHref?: string;
  paramPrefix: string;
}

const NO_PARAMS: ParamSource = {};

/**
 * One chart view: spec from the URL → ChartData → chart, legend and table. The server
 * prerenders the default view, so the first HTML already holds the numbers; in the
 * browser the URL's search params take over and a shared link reproduces its view.
 */
export function ChartView({ view, subject, slice: packed, interactive = true, fullViewHref, paramPrefix = '' }: ChartViewProps) {
  const slice = useMemo(() => unpackBloomzSlice(packed), [packed]);
  const props = { view, subject, slice, interactive, fullViewHref, paramPrefix };
  if (!interactive) return <ChartViewBody {...props} params={NO_PARAMS} />;
  return (
    <Suspense fallback={<ChartViewBody {...props} params={NO_PARAMS} />}>
      <ChartViewFromUrl {...props} />
    </Suspense>
  );
}

function ChartViewFromUrl(props: Omit<BodyProps, 'params'>) {
  const params = useSearchParams();
  return <ChartViewBody {...props} params={params} />;
}

function ChartViewBody({ view, subject, slice, params, interactive, fullViewHref, paramPrefix }: BodyProps) {
  const def = bloomzView(view);
  const ctx = useMemo(() => def.context(subject, slice), [def, subject, slice]);
  const decode = useCallback((p: ParamSource) => def.decode(p, ctx), [def, ctx]);
  const encode = useCallback((s: unknown) => def.encode(s, ctx), [def, ctx]);
  const { spec, problems, setSpec } = useUrlSpec(params, decode, encode, paramPrefix);
  const data = useMemo(() => def.build(spec, slice, ctx), [def, spec, slice, ctx]);
  const chartId = `${view}-${subject || 'all'}${paramPrefix ? `-${paramPrefix}` : ''}`;
  return (
    <div className="chart-view">
      {interactive ? <ProblemsNotice problems={problems} /> : null}
      {interactive ? <ViewControls view={view} ctx={ctx} spec={spec} slice={slice} onChange={setSpec} /> : null}
      <ChartFrame id={chartId} data={data} />
      {fullViewHref ? (
        <p>
          <a href={fullViewHref}>Open the full, interactive view →</a>
        </p>
      ) : null}
      <ChartTable id={chartId} data={data} />
    </div>
  );
}
