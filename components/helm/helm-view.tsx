'use client';

import { useSearchParams } from 'next/navigation';
import { Suspense, useCallback, useMemo } from 'react';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ProblemsNotice } from '@/components/controls/problems-notice';
import { useUrlSpec } from '@/components/controls/use-url-spec';
import { ChartTable } from '@/components/tables/chart-table';
import { helmLeaderboardChartData } from '@/lib/helm-chart';
import type { HelmProjectId } from '@/lib/helm-projects';
import { unpackHelmSlice, type HelmSlice, type PackedHelmSlice } from '@/lib/helm-slice';
import { decodeHelmSpec, encodeHelmSpec, helmSpecContext, type HelmLeaderboardSpec } from '@/lib/helm-spec';
import type { ParamSource } from '@/lib/url-params';
import { HelmControls } from './helm-controls';

export interface HelmViewProps {
  project: HelmProjectId;
  group: string;
  slice: PackedHelmSlice;
}

interface BodyProps {
  project: HelmProjectId;
  group: string;
  slice: HelmSlice;
  params: ParamSource;
}

const NO_PARAMS: ParamSource = {};

/**
 * The server prerenders the default view (numbers in the first HTML); in the browser the
 * URL's search params take over, so a shared link reproduces its view.
 */
export function HelmView({ project, group, slice: packed }: HelmViewProps) {
  const slice = useMemo(() => unpackHelmSlice(packed), [packed]);
  return (
    <Suspense fallback={<HelmViewBody project={project} group={group} slice={slice} params={NO_PARAMS} />}>
      <HelmViewFromUrl project={project} group={group} slice={slice} />
    </Suspense>
  );
}

function HelmViewFromUrl(props: Omit<BodyProps, 'params'>) {
  const params = useSearchParams();
  return <HelmViewBody {...props} params={params} />;
}

function HelmViewBody({ project, group, slice, params }: BodyProps) {
  const ctx = useMemo(() => helmSpecContext(project, group, slice), [project, group, slice]);
  const decode = useCallback((p: ParamSource) => decodeHelmSpec(p, ctx), [ctx]);
  const encode = useCallback((s: HelmLeaderboardSpec) => encodeHelmSpec(s, ctx), [ctx]);
  const { spec, problems, setSpec } = useUrlSpec(params, decode, encode);
  const data = useMemo(() => helmLeaderboardChartData(spec, slice), [spec, slice]);
  const chartId = `helm-${project}-${group}`;
  return (
    <>
      <ProblemsNotice problems={problems} />
      <HelmControls ctx={ctx} spec={spec} lowerIsBetter={data.lowerIsBetter} onChange={setSpec} />
      <ChartFrame id={chartId} data={data} />
      <ChartTable id={chartId} data={data} />
    </>
  );
}
