import type { Metadata } from 'next';
import { withViewMetadata } from '@/components/layout/view-metadata';
import Link from '@/components/layout/intent-link';
import { notFound } from 'next/navigation';
import { HelmReadingNotes } from '@/components/helm/helm-reading-notes';
import { ChartView } from '@/components/views/chart-view';
import { getDataset } from '@/lib/data/dataset';
import { HELM_PROJECTS, isHelmProjectId } from '@/lib/helm/projects';
import { helmCatalog, helmGroupParams } from '@/lib/helm/queries';
import { viewSliceJson } from '@/lib/views/slices';
import { helmSubject } from '@/lib/views/helm-leaderboard';
import { HelmGroupMatrix } from '@/components/helm/helm-group-matrix';

export const dynamicParams = false;

export function generateStaticParams() {
  return helmGroupParams(getDataset());
}

type Props = { params: Promise<{ project: string; group: string }> };

function findGroup(project: string, group: string) {
  if (!isHelmProjectId(project)) return null;
  const info = helmCatalog(getDataset()).find((p) => p.id === project);
  const g = info?.groups.find((x) => x.id === group);
  return info && g ? { project: info, group: g } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project, group } = await params;
  const found = findGroup(project, group);
  return withViewMetadata({ title: found ? `${found.group.label}, ${found.project.name} ${found.project.release}` : 'HELM' }, `/helm/${project}/${group}`);
}

export default async function HelmGroupPage({ params }: Props) {
  const { project, group } = await params;
  const found = findGroup(project, group);
  if (!found || !isHelmProjectId(project)) notFound();
  const { project: p, group: g } = found;
  return (
    <>
      <p className="note">
        <Link href="/helm">HELM leaderboards</Link> › {HELM_PROJECTS[project].name} {p.release}
      </p>
      <h1>
        {p.name} {p.release}: {g.label}
      </h1>
      <p className="lede">
        {g.about} {g.modelCount} models, {g.scenarios.length === 1 ? 'one scenario' : `${g.scenarios.length} scenarios`}. Pick a scenario, a metric tab and a metric;
        models are sorted best first for that metric.{' '}
        <a href={p.site} rel="noopener noreferrer">
          See this release on HELM&apos;s site
        </a>
        .
      </p>
      <HelmReadingNotes open={false} />
      {/* Only this group's score rows cross to the browser, packed. */}
      <ChartView view="helm" subject={helmSubject(project, group)} slice={viewSliceJson(getDataset(), 'helm', helmSubject(project, group))} />
      <HelmGroupMatrix project={project} group={group} heading={`${p.name} ${p.release}: ${g.label}`} />
    </>
  );
}
