import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { HelmBloomzPairs } from '@/components/helm/helm-bloomz-pairs';
import { HelmLanguageResults } from '@/components/helm/helm-language-results';
import { bloomzSlice } from '@/lib/bloomz-slice';
import { getDataset } from '@/lib/dataset';
import { helmBloomzPairs } from '@/lib/helm-bloomz-pairs';
import { helmLanguageCodes, helmLanguageSlice } from '@/lib/helm-language';

export const dynamicParams = false;

export function generateStaticParams() {
  return helmLanguageCodes(getDataset()).map((code) => ({ code }));
}

type Props = { params: Promise<{ code: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { code } = await params;
  const lang = getDataset().languages.get(code);
  return { title: lang ? `${lang.name} in HELM` : 'HELM' };
}

/**
 * The HELM results of one language, built from the same pure functions a language page
 * uses (helmLanguageSlice → panels → ChartData; helmBloomzPairs for same-name datasets).
 */
export default async function HelmLanguagePage({ params }: Props) {
  const { code } = await params;
  const ds = getDataset();
  const lang = ds.languages.get(code);
  if (!lang || !helmLanguageCodes(ds).includes(code)) notFound();
  const language = { code, name: lang.name };
  const slice = helmLanguageSlice(ds, code);
  const pairs = helmBloomzPairs(slice, bloomzSlice(ds, (r) => r.language === code), language);
  return (
    <>
      <p className="note">
        <Link href="/helm">HELM leaderboards</Link> › by language
      </p>
      <h1>
        {lang.name} <span className="note">({code})</span> in HELM
      </h1>
      <p className="lede">
        Every HELM scenario whose language is {lang.name}, one chart per release and unit: models on the axis, scenarios as bars. Numbers are exactly as HELM published
        them; each release has its own models and protocol.
      </p>
      <HelmLanguageResults slice={slice} language={language} />
      {pairs.length > 0 && (
        <section aria-labelledby="pairs-heading">
          <h2 id="pairs-heading">The same dataset in HELM and in the BLOOMZ/mT0 paper</h2>
          <HelmBloomzPairs pairs={pairs} />
        </section>
      )}
    </>
  );
}
