import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ChartView } from '@/components/views/chart-view';
import { HowToRead } from '@/components/layout/how-to-read';
import { datasetInfo } from '@/lib/bloomz-catalog';
import { bloomzDatasetIds, languagesOfDataset } from '@/lib/bloomz-queries';
import { viewSliceJson } from '@/lib/view-slices';
import { getDataset } from '@/lib/dataset';

export const dynamicParams = false;

export function generateStaticParams() {
  return bloomzDatasetIds(getDataset()).map((dataset) => ({ dataset }));
}

type Props = { params: Promise<{ dataset: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { dataset } = await params;
  return { title: `${datasetInfo(dataset).name} by language` };
}

export default async function TaskPage({ params }: Props) {
  const { dataset } = await params;
  const ds = getDataset();
  if (!bloomzDatasetIds(ds).includes(dataset)) notFound();
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
