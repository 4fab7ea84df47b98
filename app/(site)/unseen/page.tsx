import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { HowToRead } from '@/components/layout/how-to-read';
import { ChartView } from '@/components/views/chart-view';
import { datasetInfo } from '@/lib/bloomz-catalog';
import { multilingualDatasets } from '@/lib/bloomz-pages';
import { viewSliceJson } from '@/lib/view-slices';
import { bloomzEvaluationLanguages, familyCoverage } from '@/lib/bloomz-queries';
import { COVERAGE_LABEL } from '@/lib/coverage';
import { getDataset } from '@/lib/dataset';

export const metadata: Metadata = { title: 'Languages the models never intentionally saw' };

export default function UnseenPage() {
  const ds = getDataset();
  const datasets = new Set(multilingualDatasets(ds));
  const languages = bloomzEvaluationLanguages(ds)
    .map((l) => ({ language: l, coverage: familyCoverage(ds, l) }))
    .filter(({ coverage }) => coverage.some((c) => (c.family === 'BLOOMZ' || c.family === 'mT0') && c.level !== 'pretraining'));
  return (
    <>
      <h1>Languages the models never intentionally saw</h1>
      <p className="lede">
        The paper&apos;s surprise: BLOOMZ and mT0 generalize to tasks in languages that were not in their pretraining data. &ldquo;Unseen&rdquo; depends on the
        model: BLOOM and BLOOMZ never saw a language that is absent from ROOTS (and so from xP3); mT0 never saw one absent from mC4. Only Quechua is
        unseen for mT0 among the evaluation languages.
      </p>
      <h2>Which languages, for which family</h2>
      <div className="table-wrap">
        <table className="data-table">
          <caption>Evaluation languages missing from a family&apos;s training data, with the measured trace share in ROOTS</caption>
          <thead>
            <tr>
              <th scope="col">Language</th>
              <th scope="col">Datasets</th>
              <th scope="col">BLOOM / BLOOMZ</th>
              <th scope="col">mT0</th>
              <th scope="col">cld3 share of a 1% ROOTS sample (%)</th>
            </tr>
          </thead>
          <tbody>
            {languages.map(({ language: l, coverage }) => {
              const level = (family: string) => coverage.find((c) => c.family === family)?.level;
              return (
                <tr key={l.code}>
                  <th scope="row">
                    <Link href={`/languages/${l.code}`}>{l.name}</Link> <span className="note">({l.code})</span>
                  </th>
                  <td>{l.eval_datasets.filter((d) => datasets.has(d)).map((d) => datasetInfo(d).name).join(', ')}</td>
                  <td>{COVERAGE_LABEL[level('BLOOMZ') ?? 'unknown']}</td>
                  <td>{COVERAGE_LABEL[level('mT0') ?? 'unknown']}</td>
                  <td className="num">{l.roots_cld3_pct ? l.roots_cld3_pct.text : <span className="missing">not measured</span>}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="note">
        &ldquo;Never intentionally seen&rdquo; is the paper&apos;s wording: the cld3 language identifier still finds traces of most of these languages in a 1%
        sample of ROOTS (published in the xmtf contamination notebook). An empty cell means cld3 has no such language or did not detect it.
      </p>
      <h2>Results on unseen languages, beside the seen ones</h2>
      <HowToRead>
        Each bar is a model&apos;s published median accuracy on one dataset in one language. Categories are grouped by coverage for the first model (by
        default BLOOMZ): first the languages it never intentionally saw (hatched bars), then the seen ones. Compare BLOOMZ with BLOOM, the same
        pretrained model before multitask finetuning.
      </HowToRead>
      <ChartView view="unseen" subject="" slice={viewSliceJson(ds, 'unseen', '')} />
      <h2>Spread over prompts</h2>
      <HowToRead>
        Like the paper&apos;s language-generalization figure: each dot is the accuracy of one of the 5 English prompts, the bar the published median. A
        wide spread means the result depends on the prompt.
      </HowToRead>
      <ChartView view="spread" subject="" slice={viewSliceJson(ds, 'spread', '')} />
    </>
  );
}
