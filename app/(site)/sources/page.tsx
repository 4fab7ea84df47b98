import type { Metadata } from 'next';
import { getDataset } from '@/lib/data/dataset';
import { sourceLink } from '@/lib/data/source-link';
import { forReaders } from '@/lib/site/reader-wording';
import { GENERAL_NOTES, SOURCE_NOTES } from '@/lib/site/source-notes';
import { CopyButton } from '@/components/controls/copy-button';

export const metadata: Metadata = { title: 'Sources and citations' };

const KIND_LABEL: Record<string, string> = {
  paper: 'Paper',
  notebook: 'Notebook output',
  'model-card': 'Model card',
  leaderboard: 'Leaderboard',
  mirror: 'Mirror of HELM files',
  metadata: 'Metadata',
  reference: 'Reference',
  'results-file': 'Result file',
};

export default function SourcesPage() {
  const ds = getDataset();
  const counts = new Map<string, number>();
  const add = (id: string) => counts.set(id, (counts.get(id) ?? 0) + 1);
  ds.bloomz.forEach((r) => add(r.source));
  ds.perPrompt.forEach((r) => add(r.source));
  ds.helm.forEach((r) => add(r.source));
  ds.bloomEval.forEach((r) => add(r.source));
  ds.bloomEvalMedians.forEach((r) => add(r.source));
  ds.tfew.forEach((r) => add(r.source));
  // Mirrors do not appear as row sources; count the rows each one delivered.
  ds.helm.forEach((r) => add(r.provenance.split(':')[0]));
  // The curators' wording, for readers (lib/site/reader-wording.ts).
  const sources = [...ds.sources.values()].map((s) => ({ ...s, title: forReaders(s.title), contains: forReaders(s.contains), shownCitation: forReaders(s.citation) }));
  // The papers to cite: each published BibTeX entry once (two T-Few tables share one).
  const papers = [...new Map(sources.filter((s) => s.bibtex).map((s) => [s.bibtex.trim(), s])).values()];
  const suites = [
    { id: 'bloomz', title: 'BLOOMZ/mT0 paper results' },
    { id: 'helm', title: 'HELM results' },
    {
      id: 'bigscience',
      title: "BigScience's own evaluation of BLOOM, and T-Few",
      about:
        'Model names: the run folders bloom2b5 and bloom1b3 are BLOOM-3B (trained as tr11c-2b5, 2.5B parameters without embeddings) and BLOOM-1.7B (trained as tr11b-1b3, 1.3B without embeddings), renamed at release counting embedding parameters; bloom350m is BLOOM-560M. They are the dashboard models bloom-3b, bloom-1b7 and bloom-560m of the BLOOMZ paper, and opt is OPT (175B), the HELM model opt-175b.',
    },
  ];
  return (
    <>
      <h1>Sources</h1>
      <p className="lede">
        Every number on this site comes from one of these sources and links here. Values are copied as published: nothing was re-run, imputed or
        interpolated. Row counts are the rows each source contributed to this dashboard.
      </p>
      <section aria-labelledby="how-to-cite">
        <h2 id="how-to-cite">How to cite</h2>
        <p>
          Cite the papers the numbers come from, with their BibTeX as published below. To cite one chart as you saw it (its settings, the date and the
          data version), use the <strong>Cite this view</strong> button under the chart.
        </p>
        {papers.map((s) => (
          <div key={s.id} className="cite-paper">
            <h3>
              <a href={`#${s.id}`}>{s.title}</a>
            </h3>
            <pre className="bibtex" data-cite="paper-bibtex">
              {s.bibtex.trim()}
            </pre>
            <CopyButton text={s.bibtex.trim()} label="Copy BibTeX" what="the BibTeX entry" />
          </div>
        ))}
      </section>
      <h2>Read these first</h2>
      <ul>
        {GENERAL_NOTES.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      {suites.map((suite) => (
        <section key={suite.id} aria-labelledby={`suite-${suite.id}`}>
          <h2 id={`suite-${suite.id}`}>{suite.title}</h2>
          {'about' in suite ? <p>{suite.about}</p> : null}
          {sources
            .filter((s) => s.suite === suite.id)
            .map((s) => (
              <article key={s.id} id={s.id} className="source-entry">
                <h3>
                  <a href={sourceLink(s)} rel="noopener noreferrer">
                    {s.title}
                  </a>
                </h3>
                <p className="note">
                  {KIND_LABEL[s.kind]} · id <code>{s.id}</code> · {counts.get(s.id) ? `${counts.get(s.id)!.toLocaleString('en')} rows here` : 'no result rows (context or metadata)'}
                </p>
                {s.shownCitation ? (
                  <p className="note">
                    Exact source: <code>{s.shownCitation}</code>
                    {sourceLink(s) !== s.url ? (
                      <>
                        {' '}
                        (the links here go to that file at that commit; the publisher&apos;s{' '}
                        <a href={s.url} rel="noopener noreferrer">
                          current version
                        </a>{' '}
                        can differ)
                      </>
                    ) : null}
                  </p>
                ) : null}
                {s.contains ? <p>{s.contains}</p> : null}
                {SOURCE_NOTES[s.id] ? (
                  <ul className="source-notes" aria-label="Known defects and caveats">
                    {SOURCE_NOTES[s.id].map((n) => (
                      <li key={n}>
                        <strong>Caveat:</strong> {forReaders(n)}
                      </li>
                    ))}
                  </ul>
                ) : null}
                {s.bibtex ? (
                  <>
                    <pre className="bibtex" aria-label={`BibTeX of ${s.title}`}>
                      {s.bibtex.trim()}
                    </pre>
                    <CopyButton text={s.bibtex.trim()} label="Copy BibTeX" what="the BibTeX entry" />
                  </>
                ) : null}
              </article>
            ))}
        </section>
      ))}
    </>
  );
}
