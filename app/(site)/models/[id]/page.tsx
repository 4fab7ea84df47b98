import type { Metadata } from 'next';
import { FormSelect } from '@/components/controls/form-select';
import { withViewMetadata } from '@/components/layout/view-metadata';
import { notFound } from 'next/navigation';
import { ChartView } from '@/components/views/chart-view';
import { HowToRead } from '@/components/layout/how-to-read';
import { CoverageInWords, ModelFacts } from '@/components/models/model-facts';
import { ModelHelm } from '@/components/models/model-helm';
import { ModelBloomEval } from '@/components/bloom-eval/model-bloom-eval';
import { getDataset } from '@/lib/data/dataset';
import { corpusFacts, coverageWords, helmReleases, modelCardUrl, sameModelElsewhere } from '@/lib/models/profile';
import { isViewSubject, viewSliceJson } from '@/lib/views/slices';
import { bloomzModelsWithResults } from '@/lib/bloomz/queries';

export const dynamicParams = false;

// Every model of models.csv: the paper's and HELM's.
export function generateStaticParams() {
  return [...getDataset().models.keys()].map((id) => ({ id }));
}

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const model = getDataset().models.get(id);
  return withViewMetadata({ title: model ? `${model.label}: every result` : 'Model' }, `/models/${id}`);
}

export default async function ModelPage({ params }: Props) {
  const { id } = await params;
  const ds = getDataset();
  const model = ds.models.get(id);
  if (!model) notFound();
  const paper = isViewSubject(ds, 'model', id);
  const helm = helmReleases(ds, id);
  return (
    <>
      <h1>{model.label}</h1>
      <p className="lede">
        {model.suite === 'bloomz' ? 'A model of the BLOOMZ/mT0 paper (Muennighoff et al.)' : 'A model evaluated by HELM (Stanford CRFM)'}: what it was trained on, which languages
        that covers, and every published result of it on this site.
      </p>
      <ModelFacts model={model} corpora={corpusFacts(ds, model)} card={modelCardUrl(model)} same={sameModelElsewhere(ds, model)} />
      <section aria-labelledby="coverage-heading">
        <h2 id="coverage-heading">Languages in its training data</h2>
        <CoverageInWords label={model.label} words={coverageWords(ds, model)} />
      </section>
      {paper ? (
        <section aria-labelledby="paper-heading">
          <h2 id="paper-heading">Every dataset and language of the paper</h2>
          <HowToRead>
            Rows are languages, columns datasets; each number is as published, for the prompt set and statistic chosen. <strong>#2/27</strong> is {model.label}&apos;s
            rank among the 27 models with a number in that cell (computed here, 1 = best; <strong>#2=</strong> a tie). &ldquo;unseen&rdquo; marks a language it
            never intentionally saw.
          </HowToRead>
          <ChartView view="model" subject={id} slice={viewSliceJson(ds, 'model', id)} />
          <CompareWith id={id} others={bloomzModelsWithResults(ds).filter((m) => m !== id).map((m) => ({ id: m, label: ds.models.get(m)?.label ?? m }))} />
        </section>
      ) : null}
      <section aria-labelledby="helm-heading">
        <h2 id="helm-heading">{model.label} in HELM</h2>
        <p className="note">HELM evaluates with its own prompts and releases: these numbers are never on the same axis as the paper&apos;s.</p>
        <ModelHelm releases={helm} label={model.label} />
      </section>
      <ModelBloomEval model={id} label={model.label} rows={ds.bloomEval} medians={ds.bloomEvalMedians} />
    </>
  );
}

/** Head to head with any other model of the paper: a plain form, so it works without JavaScript. */
function CompareWith({ id, others }: { id: string; others: { id: string; label: string }[] }) {
  return (
    <form className="h2h-pickers" method="get" action="/compare" aria-label="Compare head to head">
      <input type="hidden" name="a" value={id} />
      <FormSelect label="Compare head to head with" name="b" defaultValue={others[0]?.id} options={others.map((m) => ({ value: m.id, label: m.label }))} />
      <button type="submit">Compare</button>
    </form>
  );
}
