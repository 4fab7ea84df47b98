'use client';

import dynamic from 'next/dynamic';
import { startTransition, useCallback, useMemo, useState, type SyntheticEvent } from 'react';
import type { BloomzSlice } from '@/lib/bloomz/slice';
import { useUserModels } from '@/components/import/user-store';
import type { HelmSlice } from '@/lib/helm/slice';
import type { SliceJson } from '@/lib/views/slices';
import { viewDef, type ViewId } from '@/lib/views/registry';
import { decodeExplained } from '@/lib/url/codec';
import { chartIdFor, embedPath, fullViewPath, VIEW_ROUTES } from '@/lib/views/routes';
import { oembedDiscoveryHref } from '@/lib/views/shared-state';
import type { ParamSource } from '@/lib/url/params';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTable } from '@/components/tables/chart-table';
import { ProblemsNotice } from '@/components/controls/problems-notice';
import { useUrlSpec } from '@/components/controls/use-url-spec';
import { useUrlParams } from '@/components/controls/use-url-params';
import { ChartActions } from './chart-actions';
import { EmbedAttribution } from './embed-attribution';
import { ViewControls } from './view-controls';
import { useRequestQuery } from './request-query';
import './pending-view.css';

// The matrix is rendered on the server like the rest; its code loads only on a page that shows one.
const MatrixChart = dynamic(() => import('@/components/charts/matrix/matrix-chart').then((m) => m.MatrixChart));

/**
 * page: controls, URL state, share and download. embed: the chart from the URL, read
 * only, with attribution and a link to the full view. (The overview's fixed charts are
 * OverviewChart: built on the server, no slice sent.)
 */
export type ChartViewMode = 'page' | 'embed';

export interface ChartViewProps {
  view: ViewId;
  subject: string;
  slice: SliceJson;
  mode?: ChartViewMode;
  /** The request's search params, when the server rendered this request (dynamic embeds). */
  requestParams?: ParamSource;
}

interface BodyProps {
  view: ViewId;
  subject: string;
  slice: unknown;
  params: ParamSource;
  mode: ChartViewMode;
  /** pending: prerendered defaults, the URL not read yet (see PENDING_VIEW_BOOT_SCRIPT). */
  state: 'server' | 'url' | 'pending';
}

const YOURS_VIEWS = new Set<ViewId>(['task', 'language', 'unseen', 'scaling', 'helm']);

/**
 * One chart view: spec from the URL → ChartData → chart, legend and table. Static pages
 * prerender the default view, so the first HTML already holds its numbers; in the browser
 * the URL's search params take over and a shared link reproduces its view.
 */
export function ChartView({ view, subject, slice: json, mode = 'page', requestParams }: ChartViewProps) {
  const slice = useMemo(() => viewDef(view).unpack(JSON.parse(json)), [view, json]);
  // A shared link's twin page renders its state on the server (RequestQuery); then the URL takes over.
  const shared = useRequestQuery();
  const url = useUrlParams(shared ?? undefined);
  const props = { view, subject, slice, mode };
  // Rendered per request: the params are known and already in the HTML.
  if (requestParams) return <ChartViewBody {...props} params={requestParams} state="server" />;
  return (
    <>
      {url.watcher}
      <ChartViewBody {...props} params={url.params} state={shared ? 'server' : url.read ? 'url' : 'pending'} />
    </>
  );
}

function ChartViewBody({ view, subject, slice, params, mode, state }: BodyProps) {
  const def = viewDef(view);
  // The reader's imported results join the per-language views and the HELM leaderboards, on this site's pages only.
  const yours = useUserModels(mode === 'page');
  const withYours = useMemo(() => (YOURS_VIEWS.has(view) && yours.length ? { ...(slice as BloomzSlice | HelmSlice), yours } : slice), [view, slice, yours]);
  const prefix = mode === 'page' ? VIEW_ROUTES[view].prefix : '';
  const ctx = useMemo(() => def.context(subject, withYours), [def, subject, withYours]);
  // An embed's frame reads theme= itself (EmbedFrame).
  const decode = useCallback((p: ParamSource) => decodeExplained((q) => def.decode(q, ctx), p, mode === 'embed' ? ['theme'] : []), [def, ctx, mode]);
  const encode = useCallback((s: unknown) => def.encode(s, ctx), [def, ctx]);
  const { spec, problems, setSpec } = useUrlSpec(params, decode, encode, prefix);
  const data = useMemo(() => def.build(spec, withYours, ctx), [def, spec, withYours, ctx]);
  const own = useMemo(() => encode(spec), [encode, spec]);
  const chartId = chartIdFor(view, subject, prefix);
  // The server's table is kept until the reader turns to this view (pointer, touch or focus):
  // then React draws it in the background, so the first filter change only updates it.
  const [intent, setIntent] = useState(false);
  const showIntent = (e: SyntheticEvent) => {
    // The kept table handles its own first use, keeping the focus where it was.
    if (!intent && !(e.target as Element).closest('.chart-table')) startTransition(() => setIntent(true));
  };
  const table = <ChartTable id={chartId} data={data} live={intent} />;
  return (
    <div className="chart-view" data-view={view} data-state={state} onPointerEnter={showIntent} onTouchStart={showIntent} onFocus={showIntent}>
      {/* oEmbed discovery for the page's main chart (React puts the link in the head). */}
      {prefix === '' ? <link rel="alternate" type="application/json+oembed" href={oembedDiscoveryHref(mode === 'embed' ? embedPath(view, subject, own) : fullViewPath(view, subject, own))} title={data.title} /> : null}
      <ProblemsNotice problems={problems} chart={data.title} prefix={prefix} />
      {mode === 'page' ? <ViewControls view={view} ctx={ctx} spec={spec} slice={slice} data={data} onChange={setSpec} /> : null}
      {data.kind === 'matrix' ? (
        <MatrixChart id={chartId} data={data} titleAsHeading={mode === 'embed'} onSort={def.sortMatrix ? (by) => setSpec(def.sortMatrix!(spec, by)) : undefined} />
      ) : (
        <ChartFrame id={chartId} data={data} titleAsHeading={mode === 'embed'} />
      )}
      {mode === 'page' ? <ChartActions embed={{ view, subject, own }} data={data} chartId={chartId} /> : null}
      {mode === 'embed' ? (
        <>
          <EmbedAttribution data={data} fullView={fullViewPath(view, subject, own)} />
          <details className="embed-table">
            <summary>The numbers (table)</summary>
            {table}
          </details>
        </>
      ) : (
        table
      )}
    </div>
  );
}
