import type { Metadata } from 'next';
import { withViewMetadata } from '@/components/layout/view-metadata';
import { notFound } from 'next/navigation';
import Link from '@/components/layout/intent-link';
import { ChartView } from '@/components/views/chart-view';
import { HowToRead } from '@/components/layout/how-to-read';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { bloomzDatasetIds, languagesOfDataset } from '@/lib/bloomz/queries';
import { datasetAliases, redirectingAliases } from '@/lib/bloomz/aliases';
import { viewSliceJson } from '@/lib/views/slices';
import { getDataset } from '@/lib/data/dataset';

export const dynamicParams = false;

// On a server the proxy answers the aliases (/tasks/humaneval) with a 308. A static host
// runs no proxy: in the export each alias is a page of its own that sends the reader on.
export function generateStaticParams() {
  const ids = bloomzDatasetIds(getDataset());
  const aliases = process.env.NEXT_PUBLIC_STATIC_EXPORT ? redirectingAliases(ids).map(([alias]) => alias) : [];
  return [...ids, ...aliases].map((dataset) => ({ dataset }));
}

type Props = { params: Promise<{ dataset: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dataset } = await params;
  const id = datasetAliases(bloomzDatasetIds(getDataset())).get(dataset) ?? dataset;
  return withViewMetadata({ title: `${datasetInfo(id).name} by language` }, `/tasks/${id}`);
}

export default async function TaskPage({ params }: Props) {
  const { dataset } = await params;
  const ds = getDataset();
  const ids = bloomzDatasetIds(ds);
  if (!ids.includes(dataset)) {
    const id = datasetAliases(ids).get(dataset);
    if (id) return <MovedTo id={id} />;
    notFound();
  }
  const info = datasetInfo(dataset);
  const languages = languagesOfDataset(ds, dataset);
  const task = ds.bloomz.find((r) => r.dataset === dataset)?.task ?? '';
  return (
    <>
      <h1>
        {info.name}: {task}
        {languages.length > 1 ? `, ${languages.length} languages` : ''}
      </h1>
      <p className="lede">
        {info.about} Zero-shot results of the BLOOMZ/mT0 paper (Muennighoff et al.) for the models it compares
        {languages.length > 1 ? ', language by language' : ''}.
      </p>
      <HowToRead>
        Each bar is one model&apos;s published number for one {languages.length > 1 ? 'language' : 'subset'}. <strong>Median accuracy</strong> is the
        median over the 5 prompts of a prompt set, the paper&apos;s headline statistic; <strong>Max</strong> is the best of those 5. English (EN)
        prompts are the default; MT are machine-translated and HT human-translated prompts. A <strong>hatched</strong> bar marks a language the model
        never intentionally saw (absent from its pretraining and finetuning data); a <strong>×</strong> marks a model that was not evaluated there.
      </HowToRead>
      <ChartView view="task" subject={dataset} slice={viewSliceJson(ds, 'task', dataset)} />
    </>
  );
}

/**
 * An alias's page in the static export. Next's redirect() there is only a client-side
 * navigation (no JavaScript, no redirect), so: a script that keeps the query string, a
 * meta refresh without it, and a link. The export's URLs end in "/" (trailingSlash).
 */
function MovedTo({ id }: { id: string }) {
  const href = `/tasks/${id}/`;
  const name = datasetInfo(id).name;
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: `location.replace(${JSON.stringify(href)}+location.search+location.hash)` }} />
      <meta httpEquiv="refresh" content={`0;url=${href}`} />
      <h1>{name} by language</h1>
      <p className="lede">
        This address is another name for <Link href={href}>the {name} page</Link>.
      </p>
    </>
  );
}
