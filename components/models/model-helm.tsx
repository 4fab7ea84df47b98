import Link from '@/components/layout/intent-link';
import { PrintedTable } from '@/components/tables/printed-table';
import { PublishedNumber } from '@/components/tables/published-number';
import { MISSING_TEXT } from '@/lib/chart/format';
import { UNIT_INFO } from '@/lib/data/units';
import type { HelmRelease } from '@/lib/models/profile';

/** The model's HELM headline results, one table per release, as published. */
export function ModelHelm({ releases, label }: { releases: HelmRelease[]; label: string }) {
  if (!releases.length) return <p className="note">HELM publishes no results for {label} in the releases this dashboard ships.</p>;
  return releases.map((r) => (
    <section key={`${r.project}-${r.release}`} aria-labelledby={`helm-${r.project}`} data-helm-release={r.project}>
      <h3 id={`helm-${r.project}`}>
        {r.name} {r.release}
      </h3>
      <PrintedTable caption={`${label} in ${r.name} ${r.release}: accuracy columns as published`} hideCaption columns={['Scenario', 'Metric', 'Value']}>
            {r.lines.map((l, i) => (
              <tr key={i} data-scenario={l.scenario}>
                <th scope="row">
                  <Link href={`/helm/${r.project}/${l.group}?scenario=${encodeURIComponent(l.scenario)}`}>{l.display}</Link>
                  {l.subset ? <span className="note"> ({l.subset})</span> : null}
                </th>
                <td>
                  {l.metric} <span className="note">({UNIT_INFO[l.unit].label}{l.lowerIsBetter ? ', lower is better' : ''})</span>
                </td>
                <td className="num">
                  {l.published === null ? <span className="missing">{MISSING_TEXT.hidden}</span> : <PublishedNumber data-value={l.published} text={l.published} />}
                  {l.flag ? <span className="tag tag-flag" title="HELM's contamination warning">{l.flag}</span> : null}
                </td>
              </tr>
            ))}
      </PrintedTable>
      <p className="note">
        Other metric tabs (calibration, robustness, efficiency …) are on <Link href={`/helm/${r.project}`}>this release&apos;s leaderboards</Link> and on{' '}
        <a href={r.site}>HELM&apos;s own site</a>.
      </p>
    </section>
  ));
}
