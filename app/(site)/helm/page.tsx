import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { HelmReadingNotes } from '@/components/helm/helm-reading-notes';
import { getDataset } from '@/lib/data/dataset';
import { helmLanguageCodes } from '@/lib/languages/helm-results';
import { helmCatalog } from '@/lib/helm/queries';

export const metadata: Metadata = { title: 'HELM leaderboards' };

export default function HelmIndex() {
  const ds = getDataset();
  const projects = helmCatalog(ds);
  const languages = helmLanguageCodes(ds).map((code) => ({ code, name: ds.languages.get(code)?.name ?? code }));
  return (
    <>
      <h1>HELM leaderboards (Stanford CRFM)</h1>
      <p className="lede">
        The published leaderboards of five HELM projects, group by group: every model of the release, every metric tab, with BLOOM (176B) and T0pp (11B) highlighted
        where HELM evaluated them. Every number is shown exactly as HELM published it and links to the HELM table it comes from.
      </p>
      <HelmReadingNotes />
      <p>
        By language (SEA-HELM, HELM Arabic, ThaiExam; Classic and Lite are in English, except Lite&apos;s WMT 2014, one number over five languages translated into
        English):{' '}
        {languages.map((l, i) => (
          <span key={l.code}>
            {i > 0 ? ' · ' : ''}
            <Link href={`/languages/${l.code}`}>{l.name}</Link>
          </span>
        ))}
      </p>
      {projects.map((p) => (
        <section key={p.id} aria-labelledby={`project-${p.id}`}>
          <h2 id={`project-${p.id}`}>
            {p.name} {p.release}
          </h2>
          <p className="note">
            {p.modelCount} models in this release.{' '}
            <a href={p.site} rel="noopener noreferrer">
              {p.name} {p.release} on HELM&apos;s site
            </a>
          </p>
          <ul className="card-grid">
            {p.groups.map((g) => (
              <li key={g.id}>
                <h3 style={{ margin: 0, fontSize: '1.05rem' }}>
                  <Link href={`/helm/${p.id}/${g.id}`}>{g.label}</Link>
                </h3>
                {g.about ? <p className="note">{g.about}</p> : null}
                <p className="note">
                  {g.scenarios.length === 1 ? '1 scenario' : `${g.scenarios.length} scenarios`}: {g.scenarios.map((s) => s.label).join(', ')}. {g.modelCount} models,{' '}
                  {g.scoreCount.toLocaleString('en')} published scores.
                </p>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
