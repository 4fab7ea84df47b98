'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useCallback, useMemo } from 'react';
import { bloomzChartData } from '@/lib/bloomz-chart';
import { unpackBloomzSlice, type BloomzSlice, type PackedBloomzSlice } from '@/lib/bloomz-slice';
import { bloomzSpecContext, decodeBloomzSpec, encodeBloomzSpec, type BloomzSpec, type BloomzView as View } from '@/lib/bloomz-spec';
import type { ParamSource } from '@/lib/url-params';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/tables/chart-table';
import { ProblemsNotice } from '@/components/controls/problems-notice';
import { BloomzControls } from './bloomz-controls';
import { useUrlSpec } from '@/components/controls/use-url-spec';

export interface BloomzViewProps {
  view: View;
  subject: string;
  slice: PackedBloomzSlice;
}

interface BodyProps {
  view: View;
  subject: string;
  slice: BloomzSlice;
  params: ParamSource;
}

const NO_PARAMS: ParamSource = {};

/**
 * The server prerenders the default view (numbers in the first HTML); in the browser
 * the URL's search params take over, so a shared link reproduces its view.
 */
export function BloomzView({ view, subject, slice: packed }: BloomzViewProps) {
  const slice = useMemo(() => unpackBloomzSlice(packed), [packed]);
  return (
    <Suspense fallback={<BloomzViewBody view={view} subject={subject} slice={slice} params={NO_PARAMS} />}>
      <BloomzViewFromUrl view={view} subject={subject} slice={slice} />
    </Suspense>
  );
}

function BloomzViewFromUrl(props: Omit<BodyProps, 'params'>) {
  const params = useSearchParams();
  return <BloomzViewBody {...props} params={params} />;
}

function BloomzViewBody({ view, subject, slice, params }: BodyProps) {
  const ctx = useMemo(() => bloomzSpecContext(view, subject, slice), [view, subject, slice]);
  const decode = useCallback((p: ParamSource) => decodeBloomzSpec(p, ctx), [ctx]);
  const encode = useCallback((s: BloomzSpec) => encodeBloomzSpec(s, ctx), [ctx]);
  const { spec, problems, setSpec } = useUrlSpec(params, decode, encode);
  const data = useMemo(() => bloomzChartData(spec, slice), [spec, slice]);
  const chartId = `${view}-${subject}`;
  return (
    <>
      <ProblemsNotice problems={problems} />
      <BloomzControls ctx={ctx} spec={spec} slice={slice} onChange={setSpec} />
      <ChartFrame id={chartId} data={data} />
      <ChartTable id={chartId} data={data} />
    </>
  );
}
