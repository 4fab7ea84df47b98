/**
 * The chart spec of a HELM leaderboard (one project, one group) and its one URL codec.
 * Only non-default state is written; every value read from a URL is validated against
 * what the slice holds, a bad value becomes a readable problem, and the valid parts of
 * the URL are kept. Scenario → tab → metric depend on each other, so each default is
 * the default *given* the choices before it.
 */
import { HELM_TABS, helmTabId, helmTabOrder, scenarioLabels, type HelmScenarioInfo } from './catalog';
import type { HelmProjectId } from './projects';
import type { HelmSlice } from './slice';
import { readParam, type ParamSource } from '../url/params';
import { quoted, type Decoded } from '../url/codec';
import { compareText } from '../chart/sort';

export const HELM_SORTS = {
  best: 'Best first',
  worst: 'Worst first',
  name: 'Model name (A–Z)',
} as const;
export type HelmSort = keyof typeof HELM_SORTS;
const SORT_IDS = Object.keys(HELM_SORTS) as HelmSort[];

/** show: every model of the release, "not evaluated" where it has no row; hide: only models with a cell. */
export const HELM_MISSING = {
  show: 'Show models without a published number',
  hide: 'Hide models that were not evaluated',
} as const;
export type HelmMissing = keyof typeof HELM_MISSING;
const MISSING_IDS = Object.keys(HELM_MISSING) as HelmMissing[];

/** A model filter longer than this is cut: no model name is near it. */
export const MAX_QUERY_LENGTH = 100;

export interface HelmLeaderboardSpec {
  project: HelmProjectId;
  group: string;
  scenario: string;
  /** A tab id from lib/helm/catalog (accuracy, calibration, …). */
  tab: string;
  metric: string;
  /** Case-insensitive text filter on model names; '' shows all. */
  q: string;
  sort: HelmSort;
  missing: HelmMissing;
}

export interface HelmTabInfo {
  id: string;
  label: string;
}

export interface HelmSpecContext {
  project: HelmProjectId;
  group: string;
  scenarios: HelmScenarioInfo[];
  /** tabs[scenario]: the metric tabs with at least one cell, in HELM's tab order. */
  tabs: Record<string, HelmTabInfo[]>;
  /** metrics[scenario + '\u0000' + tab]: metric names in the order the data lists them. */
  metrics: Record<string, string[]>;
}

const metricsKey = (scenario: string, tab: string) => `${scenario}\u0000${tab}`;

export function helmSpecContext(project: HelmProjectId, group: string, slice: HelmSlice): HelmSpecContext {
  const rows = slice.rows.filter((r) => r.project === project && r.group === group);
  const scenarioSeen = new Map<string, { id: string; display: string; languageText: string; subset: string }>();
  const tabSets = new Map<string, Set<string>>();
  const metrics: Record<string, string[]> = {};
  for (const r of rows) {
    if (!scenarioSeen.has(r.scenario)) scenarioSeen.set(r.scenario, { id: r.scenario, display: r.scenarioDisplay, languageText: r.languageText, subset: r.subset });
    const tab = helmTabId(r.metricTab);
    let set = tabSets.get(r.scenario);
    if (!set) tabSets.set(r.scenario, (set = new Set()));
    set.add(tab);
    const list = (metrics[metricsKey(r.scenario, tab)] ??= []);
    if (!list.includes(r.metric)) list.push(r.metric);
  }
  const tabs: Record<string, HelmTabInfo[]> = {};
  for (const [scenario, set] of tabSets) {
    tabs[scenario] = [...set]
      .sort((a, b) => helmTabOrder(a) - helmTabOrder(b) || compareText(a, b))
      .map((id) => ({ id, label: HELM_TABS.find((t) => t.id === id)?.label ?? id }));
  }
  return { project, group, scenarios: scenarioLabels([...scenarioSeen.values()]), tabs, metrics };
}

export function tabsOf(ctx: HelmSpecContext, scenario: string): HelmTabInfo[] {
  return ctx.tabs[scenario] ?? [];
}

export function metricsOf(ctx: HelmSpecContext, scenario: string, tab: string): string[] {
  return ctx.metrics[metricsKey(scenario, tab)] ?? [];
}

/** Accuracy when the scenario has it (HELM's headline tab), else the first tab. */
export function defaultTab(ctx: HelmSpecContext, scenario: string): string {
  const tabs = tabsOf(ctx, scenario);
  return tabs.find((t) => t.id === 'accuracy')?.id ?? tabs[0]?.id ?? 'accuracy';
}

export function defaultMetric(ctx: HelmSpecContext, scenario: string, tab: string): string {
  return metricsOf(ctx, scenario, tab)[0] ?? '';
}

export function defaultHelmSpec(ctx: HelmSpecContext): HelmLeaderboardSpec {
  const scenario = ctx.scenarios[0]?.id ?? '';
  const tab = defaultTab(ctx, scenario);
  return { project: ctx.project, group: ctx.group, scenario, tab, metric: defaultMetric(ctx, scenario, tab), q: '', sort: 'best', missing: 'show' };
}

/** A spec that is valid for the context after changing the scenario (tab and metric follow). */
export function withScenario(ctx: HelmSpecContext, spec: HelmLeaderboardSpec, scenario: string): HelmLeaderboardSpec {
  const tabs = tabsOf(ctx, scenario).map((t) => t.id);
  const tab = tabs.includes(spec.tab) ? spec.tab : defaultTab(ctx, scenario);
  return withTab(ctx, { ...spec, scenario }, tab);
}

export function withTab(ctx: HelmSpecContext, spec: HelmLeaderboardSpec, tab: string): HelmLeaderboardSpec {
  const metrics = metricsOf(ctx, spec.scenario, tab);
  return { ...spec, tab, metric: metrics.includes(spec.metric) ? spec.metric : (metrics[0] ?? '') };
}


export function decodeHelmSpec(params: ParamSource, ctx: HelmSpecContext): Decoded<HelmLeaderboardSpec> {
  const spec = defaultHelmSpec(ctx);
  const problems: string[] = [];

  const scenario = readParam(params, 'scenario');
  if (scenario !== null) {
    if (ctx.scenarios.some((s) => s.id === scenario)) {
      spec.scenario = scenario;
      spec.tab = defaultTab(ctx, scenario);
      spec.metric = defaultMetric(ctx, scenario, spec.tab);
    } else {
      problems.push(`scenario=${quoted(scenario)} is not a scenario of this group (choose ${ctx.scenarios.map((s) => s.id).join(', ')}); showing ${spec.scenario}.`);
    }
  }

  const tabs = tabsOf(ctx, spec.scenario);
  const tab = readParam(params, 'tab');
  if (tab !== null) {
    if (tabs.some((t) => t.id === tab)) {
      spec.tab = tab;
      spec.metric = defaultMetric(ctx, spec.scenario, tab);
    } else {
      problems.push(`tab=${quoted(tab)} has no numbers for ${spec.scenario} (choose ${tabs.map((t) => t.id).join(', ')}); showing ${spec.tab}.`);
    }
  }

  const metrics = metricsOf(ctx, spec.scenario, spec.tab);
  const metric = readParam(params, 'metric');
  if (metric !== null) {
    if (metrics.includes(metric)) spec.metric = metric;
    else problems.push(`metric=${quoted(metric)} is not a metric of the ${spec.tab} tab for ${spec.scenario} (choose ${metrics.map((m) => quoted(m)).join(', ')}); showing ${quoted(spec.metric)}.`);
  }

  const q = readParam(params, 'q');
  if (q !== null) {
    spec.q = q.slice(0, MAX_QUERY_LENGTH);
    if (q.length > MAX_QUERY_LENGTH) problems.push(`q: the model filter was cut to ${MAX_QUERY_LENGTH} characters.`);
  }

  const sort = readParam(params, 'sort');
  if (sort !== null) {
    if ((SORT_IDS as string[]).includes(sort)) spec.sort = sort as HelmSort;
    else problems.push(`sort=${quoted(sort)} is not one of ${SORT_IDS.join(', ')}; showing ${spec.sort}.`);
  }

  const missing = readParam(params, 'missing');
  if (missing !== null) {
    if ((MISSING_IDS as string[]).includes(missing)) spec.missing = missing as HelmMissing;
    else problems.push(`missing=${quoted(missing)} is not one of ${MISSING_IDS.join(', ')}; showing ${spec.missing}.`);
  }
  return { spec, problems };
}

/** Search params holding only what differs from the default view. */
export function encodeHelmSpec(spec: HelmLeaderboardSpec, ctx: HelmSpecContext): URLSearchParams {
  const d = defaultHelmSpec(ctx);
  const out = new URLSearchParams();
  if (spec.scenario !== d.scenario) out.set('scenario', spec.scenario);
  if (spec.tab !== defaultTab(ctx, spec.scenario)) out.set('tab', spec.tab);
  if (spec.metric !== defaultMetric(ctx, spec.scenario, spec.tab)) out.set('metric', spec.metric);
  if (spec.q !== '') out.set('q', spec.q);
  if (spec.sort !== d.sort) out.set('sort', spec.sort);
  if (spec.missing !== d.missing) out.set('missing', spec.missing);
  return out;
}
