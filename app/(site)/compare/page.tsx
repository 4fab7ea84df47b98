import type { Metadata } from 'next';
import { HeadToHead } from '@/components/models/head-to-head';
import { StaticHeadToHead } from '@/components/models/static-head-to-head';
import { HowToRead } from '@/components/layout/how-to-read';
import { getDataset } from '@/lib/data/dataset';
import { compareData, compareFromUrl } from '@/lib/models/compare-data';

export const metadata: Metadata = { title: 'Head to head: two models, every dataset and language' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * Under `next start` the page renders per request from its URL, so the form works without
 * JavaScript and the first HTML holds the pair asked for; the static export renders the
 * default pair and lets the browser apply the URL.
 */
export default async function ComparePage({ searchParams }: Props) {
  const staticExport = Boolean(process.env.NEXT_PUBLIC_STATIC_EXPORT);
  const query = staticExport ? {} : await searchParams;
  const result = compareFromUrl(compareData(getDataset()), query);
  return (
    <>
      <h1>Head to head</h1>
      <p className="lede">
        Two models of the BLOOMZ/mT0 paper on every dataset and language both were evaluated on, with the same prompts and statistic: each number as published, its
        coverage, and the difference.
      </p>
      <HowToRead>
        <strong>Δ = a − b</strong> is computed here from the two published numbers (in percentage points for accuracies), not published; &ldquo;better&rdquo; is the
        higher number unless the metric says lower is better. Pairs are sorted by a&apos;s advantage.
      </HowToRead>
      {staticExport ? <StaticHeadToHead initial={result} /> : <HeadToHead {...result} />}
    </>
  );
}
