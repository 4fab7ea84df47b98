import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedFrame } from '@/components/embed/embed-frame';
import { ChartView } from '@/components/views/chart-view';
import { getDataset } from '@/lib/data/dataset';
import { isViewSubject, subjectOf, viewSliceJson, viewSubjects } from '@/lib/views/slices';
import { isViewId, VIEWS } from '@/lib/views/registry';

export const dynamicParams = false;

export function generateStaticParams() {
  const ds = getDataset();
  return Object.keys(VIEWS).flatMap((view) => (isViewId(view) ? viewSubjects(ds, view).map((subject) => ({ view, subject })) : []));
}

export const metadata: Metadata = { title: 'Embedded chart', robots: { index: false } };

type Props = { params: Promise<{ view: string; subject: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Just the chart, for other sites' iframes. Under `next start` the page renders per
 * request from its search params, so the first HTML holds exactly the requested numbers;
 * the static export renders the default and lets the browser apply the URL.
 */
export default async function EmbedPage({ params, searchParams }: Props) {
  const { view, subject } = await params;
  const ds = getDataset();
  if (!isViewId(view) || !isViewSubject(ds, view, subject)) notFound();
  // The static export cannot read a request: the browser applies the URL instead.
  const query = process.env.NEXT_PUBLIC_STATIC_EXPORT ? undefined : await searchParams;
  return (
    <EmbedFrame query={query ?? null}>
      <ChartView view={view} subject={subjectOf(view, subject)} slice={viewSliceJson(ds, view, subject)} mode="embed" requestParams={query} />
    </EmbedFrame>
  );
}
