import type { Metadata } from 'next';
import { withViewMetadata } from '@/components/layout/view-metadata';
import Link from '@/components/layout/intent-link';
import { notFound } from 'next/navigation';
import { ChartView } from '@/components/views/chart-view';
import { HowToRead } from '@/components/layout/how-to-read';
import { datasetInfo } from '@/lib/bloomz/catalog';
import { bloomzEvaluationLanguages, familyCoverage } from '@/lib/bloomz/queries';
import { HelmBloomzPairs } from '@/components/helm/helm-bloomz-pairs';
import { HelmLanguageResults } from '@/components/helm/helm-language-results';
import { BloomEvalLanguageSection } from '@/components/bloom-eval/language-section';
import { bloomzSlice } from '@/lib/bloomz/slice';
import { helmBloomzPairs } from '@/lib/languages/helm-bloomz-pairs';
import { helmAggregatesNaming, helmLanguageSlice } from '@/lib/languages/helm-results';
import { hasBloomzResults, pageLanguages } from '@/lib/languages/pages';
import { viewSliceJson } from '@/lib/views/slices';
import { PublishedNumber } from '@/components/tables/published-number';
import { COVERAGE_LABEL } from '@/lib/coverage/coverage';
import { getDataset } from '@/lib/data/dataset';
import type { Dataset } from '@/lib/data/load';
import type { Language } from '@/lib/data/schema';

export const dynamicParams = false;

// Every language of languages.csv, with or without the paper's results: its coverage is
// known either way (lib/languages/pages.ts).
export function generateStaticParams() {
  return pageLanguages(getDataset()).map((l) => ({ code: l.code }));
}

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const ds = getDataset();
  const lang = ds.languages.get(code);
  if (!lang) return { title: 'Language' };
  return withViewMetadata({ title: hasBloomzResults(ds, code) ? `${lang.name} (${code}) across tasks` : `${lang.name} (${code}): training-data coverage` }, `/languages/${code}`);
}

export default async function LanguagePage({ params }: Props) {
  const { code } = await params;
  const ds = getDataset();
  const language = pageLanguages(ds).find((l) => l.code === code);
  if (!language) notFound();
  return hasBloomzResults(ds, code) ? <WithResults ds={ds} language={language} /> : <WithoutResults ds={ds} language={language} />;
}

function WithResults({ ds, language }: { ds: Dataset; language: Language }) {
  const { code } = language;
  const datasets = [...new Set(ds.bloomz.filter((r) => r.language === code).map((r) => r.dataset))];
  const helm = helmLanguageSlice(ds, code);
  const pairs = helmBloomzPairs(helm, bloomzSlice(ds, (r) => r.language === code), { code, name: language.name });
  return (
    <>
      <h1>
        {language.name} <span className="note">({code})</span>: every task, every model
      </h1>
      <p className="lede">
        All published BLOOMZ/mT0-paper results in {language.name}:{' '}
        {datasets.map((d, i) => (
          <span key={d}>
            {i > 0 ? ', ' : ''}
            <Link href={`/tasks/${d}`}>{datasetInfo(d).name}</Link>
          </span>
        ))}
        . Script: {language.script}.
      </p>
      <CoverageSection ds={ds} language={language} />
      <h2>Results by dataset</h2>
      <HowToRead>
        Each bar is one model&apos;s published number on one dataset in {language.name}. Median accuracy is the median over the 5 prompts of a prompt set
        (the paper&apos;s headline statistic). A hatched bar marks a model that never intentionally saw {language.name}; × marks a model that was not
        evaluated.
      </HowToRead>
      <ChartView view="language" subject={code} slice={viewSliceJson(ds, 'language', code)} />
      <section aria-labelledby="helm-heading">
        <h2 id="helm-heading">{language.name} in HELM</h2>
        <p className="note">
          HELM (Stanford CRFM) evaluates other models, with other prompts and releases: these numbers are never on the same axis as the paper&apos;s above.
        </p>
        <HelmLanguageResults slice={helm} language={{ code, name: language.name }} aggregates={code === 'en' ? [] : helmAggregatesNaming(ds, language.name)} />
        {pairs.length > 0 ? (
          <>
            <h3>The same dataset in HELM and in the BLOOMZ/mT0 paper</h3>
            <HelmBloomzPairs pairs={pairs} />
          </>
        ) : null}
      </section>
      <BloomEvalLanguageSection ds={ds} code={code} name={language.name} />
    </>
  );
}

/**
 * A language the paper never evaluated: its training-data coverage and HELM, and a plain
 * statement that there are no paper results. No chart of "not evaluated" bars: a chart
 * with nothing in it reads as if there were something to compare.
 */
function WithoutResults({ ds, language }: { ds: Dataset; language: Language }) {
  const { code } = language;
  const evaluated = bloomzEvaluationLanguages(ds).length;
  return (
    <>
      <h1>
        {language.name} <span className="note">({code})</span>: training-data coverage
      </h1>
      <p className="lede">
        The BLOOMZ/mT0 paper (Muennighoff et al.) published no results in {language.name}, so this page has none of its numbers and no chart of them.
        What is known is whether each model&apos;s training data held {language.name}, below. Script: {language.script}.
      </p>
      <p className="note">
        The paper&apos;s results cover {evaluated} natural languages, listed on the <Link href="/languages">languages page</Link>.
      </p>
      <CoverageSection ds={ds} language={language} />
      <section aria-labelledby="helm-heading">
        <h2 id="helm-heading">{language.name} in HELM</h2>
        <p className="note">HELM (Stanford CRFM) evaluates other models, with other prompts and releases than the BLOOMZ/mT0 paper.</p>
        <HelmLanguageResults slice={helmLanguageSlice(ds, code)} language={{ code, name: language.name }} aggregates={helmAggregatesNaming(ds, language.name)} />
      </section>
      <BloomEvalLanguageSection ds={ds} code={code} name={language.name} />
    </>
  );
}

/** Coverage in words per model family, then the corpus shares as languages.csv publishes them. */
function CoverageSection({ ds, language }: { ds: Dataset; language: Language }) {
  const coverage = familyCoverage(ds, language);
  return (
    <section aria-labelledby="coverage-heading">
      <h2 id="coverage-heading">Was {language.name} in the training data?</h2>
      <ul className="coverage-list">
        {coverage.map((c) => (
          <li key={`${c.family}-${c.models.join()}`}>
            <strong>{c.family}</strong>
            {c.models.length > 1 ? ` (${c.models.length} models: ${c.models.join(', ')})` : ` (${c.models[0]})`}: {c.text}.
          </li>
        ))}
      </ul>
      <p className="note">
        {language.roots_cld3_pct !== null ? (
          <>
            Trace exposure: the cld3 language identifier labels <PublishedNumber text={language.roots_cld3_pct.text} suffix="%" /> of a 1% sample of ROOTS (BLOOM&apos;s pretraining corpus)
            as {language.name}
            {language.in_roots ? (
              '.'
            ) : (
              <>
                , although the language was not intentionally included. This is why the paper says &ldquo;never intentionally seen&rdquo;.
              </>
            )}
          </>
        ) : (
          <>cld3 has no measurement of {language.name} in the 1% ROOTS sample.</>
        )}{' '}
        {language.in_roots && language.roots_pct !== null ? <>Share of ROOTS: <PublishedNumber text={language.roots_pct.text} suffix="%" />. </> : null}
        {language.in_xp3 && language.xp3_pct !== null ? <>Share of xP3 (BLOOMZ and mT0 finetuning): <PublishedNumber text={language.xp3_pct.text} suffix="%" />. </> : null}
        {language.in_mc4 && language.mc4_pct !== null ? <>mT5 sampling share of mC4: <PublishedNumber text={language.mc4_pct.text} suffix="%" />.</> : null}
      </p>
      <p className="note">Levels used on this site: {Object.values(COVERAGE_LABEL).join(' · ')}.</p>
    </section>
  );
}
