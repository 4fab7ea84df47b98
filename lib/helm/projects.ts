/** The HELM projects and releases whose published leaderboards the dashboard ships. */
export interface HelmProject {
  id: string;
  name: string;
  release: string;
  /** HELM's own leaderboard site for this release, for "see on HELM" links. */
  site: string;
}

export const HELM_PROJECTS = {
  classic: { id: 'classic', name: 'HELM Classic', release: 'v0.4.0', site: 'https://crfm.stanford.edu/helm/classic/v0.4.0/' },
  lite: { id: 'lite', name: 'HELM Lite', release: 'v1.13.0', site: 'https://crfm.stanford.edu/helm/lite/v1.13.0/' },
  seahelm: { id: 'seahelm', name: 'SEA-HELM', release: 'v1.2.0', site: 'https://crfm.stanford.edu/helm/seahelm/v1.2.0/' },
  arabic: { id: 'arabic', name: 'HELM Arabic', release: 'v2.1.0', site: 'https://crfm.stanford.edu/helm/arabic/v2.1.0/' },
  thaiexam: { id: 'thaiexam', name: 'HELM ThaiExam', release: 'v1.2.0', site: 'https://crfm.stanford.edu/helm/thaiexam/v1.2.0/' },
} as const satisfies Record<string, HelmProject>;

export type HelmProjectId = keyof typeof HELM_PROJECTS;

export function isHelmProjectId(id: string): id is HelmProjectId {
  return Object.hasOwn(HELM_PROJECTS, id);
}
