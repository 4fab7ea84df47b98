import Link from '@/components/layout/intent-link';
import { StaticChart } from '@/components/views/static-chart';
import { HELM_PROJECTS } from '@/lib/helm-projects';
import { HELM_ENGLISH_NOTE, helmLanguageChartData, helmLanguagePanels } from '@/lib/helm-language';
import type { HelmSlice } from '@/lib/helm-slice';

interface Props {
  /** From helmLanguageSlice(getDataset(), code), built by the page on the server. */
  slice: HelmSlice;
  language: { code: string; name: string };
}

/**
 * Every HELM result tied to one language, one chart + table per release and unit.
 * A server component: the page hands it the language's slice and only the resulting
 * ChartData (the cells shown) reaches the browser.
 */
export function HelmLanguageResults({ slice, language }: Props) {
  const panels = helmLanguagePanels(slice, language.code);
  if (!panels.length) {
    return (
      <p className="note">
        {language.code === 'en' ? HELM_ENGLISH_NOTE : `None of the HELM releases shown here has a scenario in ${language.name}.`} See the{' '}
        <Link href="/helm">HELM leaderboards</Link>.
      </p>
    );
  }
  return (
    <>
      {panels.map((panel) => {
        const data = helmLanguageChartData(slice, language, panel);
        const id = `helm-${language.code}-${panel.project}-${panel.unit}`;
        return (
          <section key={panel.key} aria-label={data.title}>
            <p className="note">
              From <Link href={`/helm/${panel.project}`}>{`${HELM_PROJECTS[panel.project].name} ${HELM_PROJECTS[panel.project].release}`}</Link>, a different protocol and
              release from the BLOOMZ/mT0 paper&apos;s results on this page.
            </p>
            <StaticChart id={id} data={data} />
          </section>
        );
      })}
    </>
  );
}
