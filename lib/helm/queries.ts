/**
 * Questions the HELM pages ask of the dataset on the server: which projects, groups and
 * scenarios exist (for the index and for generateStaticParams). Always from the data.
 */
import { helmGroupAbout, helmGroupLabel, scenarioLabels, type HelmScenarioInfo } from './catalog';
import { HELM_PROJECTS, type HelmProject, type HelmProjectId } from './projects';
import type { Dataset } from '../data/load';

export interface HelmGroupInfo {
  id: string;
  label: string;
  about: string;
  scenarios: HelmScenarioInfo[];
  /** Models with at least one score in the group. */
  modelCount: number;
  /** Published scores in the group (reported cells; hidden cells are not counted). */
  scoreCount: number;
}

export interface HelmProjectInfo extends HelmProject {
  id: HelmProjectId;
  /** Models with any row in the release. */
  modelCount: number;
  groups: HelmGroupInfo[];
}

/** Projects in HELM_PROJECTS order; groups and scenarios in the order the data lists them. */
export function helmCatalog(ds: Dataset): HelmProjectInfo[] {
  type Acc = { scenarios: Map<string, { id: string; display: string; languageText: string; subset: string }>; models: Set<string>; scores: number };
  const byProject = new Map<string, { models: Set<string>; groups: Map<string, Acc> }>();
  for (const r of ds.helm) {
    let p = byProject.get(r.project);
    if (!p) byProject.set(r.project, (p = { models: new Set(), groups: new Map() }));
    p.models.add(r.model);
    if (r.kind !== 'score') continue;
    let g = p.groups.get(r.group);
    if (!g) p.groups.set(r.group, (g = { scenarios: new Map(), models: new Set(), scores: 0 }));
    if (!g.scenarios.has(r.scenario)) g.scenarios.set(r.scenario, { id: r.scenario, display: r.scenario_display, languageText: r.language_text, subset: r.subset });
    g.models.add(r.model);
    if (r.status === 'reported') g.scores += 1;
  }
  return (Object.keys(HELM_PROJECTS) as HelmProjectId[])
    .filter((id) => byProject.has(id))
    .map((id) => {
      const p = byProject.get(id)!;
      // The aggregate "core_scenarios" group goes first, as on HELM's own site.
      const groupIds = [...p.groups.keys()].sort((a, b) => Number(b === 'core_scenarios') - Number(a === 'core_scenarios'));
      return {
        ...HELM_PROJECTS[id],
        modelCount: p.models.size,
        groups: groupIds.map((gid) => {
          const g = p.groups.get(gid)!;
          return { id: gid, label: helmGroupLabel(gid), about: helmGroupAbout(gid, g.scenarios.size), scenarios: scenarioLabels([...g.scenarios.values()]), modelCount: g.models.size, scoreCount: g.scores };
        }),
      };
    });
}

export function helmGroupParams(ds: Dataset): { project: string; group: string }[] {
  return helmCatalog(ds).flatMap((p) => p.groups.map((g) => ({ project: p.id, group: g.id })));
}
