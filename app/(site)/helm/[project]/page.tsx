import type { Metadata } from 'next';
import Link from '@/components/layout/intent-link';
import { notFound } from 'next/navigation';
import { getDataset } from '@/lib/data/dataset';
import { HELM_PROJECTS, isHelmProjectId } from '@/lib/helm/projects';
import { helmCatalog } from '@/lib/helm/queries';

export const dynamicParams = false;

export function generateStaticParams() {
  return helmCatalog(getDataset()).map((p) => ({ project: p.id }));
}

type Props = { params: Promise<{ project: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { project } = await params;
  return { title: isHelmProjectId(project) ? `${HELM_PROJECTS[project].name} ${HELM_PROJECTS[project].release}` : 'HELM' };
}

/** A release's groups; the index /helm lists all releases with more context. */
export default async function HelmProjectPage({ params }: Props) {
  const { project } = await params;
  const info = helmCatalog(getDataset()).find((p) => p.id === project);
  if (!info) notFound();
  return (
    <>
      <p className="note">
        <Link href="/helm">HELM leaderboards</Link>
      </p>
      <h1>
        {info.name} {info.release}
      </h1>
      <p className="lede">
        {info.modelCount} models. Leaderboards by group (see <Link href="/helm">how to read HELM numbers</Link>):
      </p>
      <ul>
        {info.groups.map((g) => (
          <li key={g.id}>
            <Link href={`/helm/${info.id}/${g.id}`}>{g.label}</Link>: {g.scenarios.map((s) => s.label).join(', ')}
          </li>
        ))}
      </ul>
    </>
  );
}
