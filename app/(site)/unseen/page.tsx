import type { Metadata } from 'next';
import { withViewMetadata } from '@/components/layout/view-metadata';
import { HowToRead } from '@/components/layout/how-to-read';
import { ChartView } from '@/components/views/chart-view';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { viewSliceJson } from '@/lib/views/slices';
import { bloomzEvaluationLanguages, familyCoverage, multilingualDatasets } from '@/lib/bloomz/queries';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';
import { getDataset } from '@/lib/data/dataset';
import { PublishedNumber } from '@/components/tables/published-number';
import { LanguageCoverageCells, LanguageCoverageHead } from '@/components/tables/language-coverage';

export const metadata: Metadata = withViewMetadata({ title: 'Languages the models never intentionally saw' }, '/unseen');

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
          <LanguageCoverageHead extra="cld3 share of a 1% ROOTS sample (%)" />
          <tbody>
            {languages.map(({ language: l, coverage }) => {
              const level = (family: string) => coverage.find((c) => c.family === family)?.level;
              return (
                <tr key={l.code}>
                  <LanguageCoverageCells
                    language={l}
                    datasets={l.eval_datasets.filter((d) => datasets.has(d)).map((d) => datasetInfo(d).name).join(', ')}
                    bloomz={COVERAGE_LABEL[level('BLOOMZ') ?? 'unknown']}
                    mt0={COVERAGE_LABEL[level('mT0') ?? 'unknown']}
                  />
                  <td className="num">{l.roots_cld3_pct ? <PublishedNumber text={l.roots_cld3_pct.text} /> : <span className="missing">not measured</span>}</td>
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
