import Link from '@/components/layout/intent-link';
import { StaticChart } from '@/components/views/static-chart';
import { HELM_PROJECTS } from '@/lib/helm/projects';
import { HELM_ENGLISH_NOTE, helmLanguageChartData, helmLanguagePanels, type HelmAggregateScenario } from '@/lib/languages/helm-results';
import type { HelmSlice } from '@/lib/helm/slice';

interface Props {
  /** From helmLanguageSlice(getDataset(), code), built by the page on the server. */
  slice: HelmSlice;
  language: { code: string; name: string };
  /** From helmAggregatesNaming(getDataset(), name): scenarios with one number over this language and others. */
  aggregates: HelmAggregateScenario[];
}

/** Why a scenario that names the language is not charted on its page, with a link to where it is. */
function AggregateNotes({ aggregates, name }: { aggregates: HelmAggregateScenario[]; name: string }) {
  return aggregates.map((a) => (
    <p className="note" key={`${a.project}/${a.scenario}`} data-aggregate={a.scenario}>
      {`${HELM_PROJECTS[a.project].name} ${HELM_PROJECTS[a.project].release}`}&apos;s{' '}
      <Link href={`/helm/${a.project}/${a.group}?scenario=${encodeURIComponent(a.scenario)}`}>{a.display}</Link> covers {a.languageText}, but publishes one number over all of
      them ({a.subset}), not one for {name}: it is on its leaderboard, not charted here.
    </p>
  ));
}

/**
 * Every HELM result tied to one language, one chart + table per release and unit.
 * A server component: the page hands it the language's slice and only the resulting
 * ChartData (the cells shown) reaches the browser.
 */
export function HelmLanguageResults({ slice, language, aggregates }: Props) {
  const panels = helmLanguagePanels(slice, language.code);
  if (!panels.length) {
    const none = aggregates.length ? `No HELM release shown here publishes a result for ${language.name} alone.` : `None of the HELM releases shown here has a scenario in ${language.name}.`;
    return (
      <>
        <p className="note">
          {language.code === 'en' ? HELM_ENGLISH_NOTE : none} See the <Link href="/helm">HELM leaderboards</Link>.
        </p>
        <AggregateNotes aggregates={aggregates} name={language.name} />
      </>
    );
  }
  return (
    <>
      <AggregateNotes aggregates={aggregates} name={language.name} />
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
