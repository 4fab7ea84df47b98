/**
 * HELM results for one language's page. A scenario belongs to language X when HELM's
 * taxonomy names X as (one of) its languages (lib/helm/language-text.ts mapped that text to
 * codes at import): SEA-HELM xnli_th, xcopa_th, xquad_th, FLORES en→th and th→en,
 * ThaiExam for Thai; HELM Arabic for Arabic.
 *
 * Layout: one panel per (release, unit), models on the category axis and the scenarios
 * as series. Why: a panel has at most 7 scenarios but up to 42 models, so scenarios as
 * series keep the legend short and the colours distinguishable; every model of the
 * release is listed (no model selection that could cherry-pick); and the table twin is
 * HELM's own layout, models × scenarios, sortable per scenario. Releases are never mixed
 * in a panel (different model sets and protocols), nor are units on one axis.
 */
import type { ChartCell, ChartData } from '../chart/data';
import { scenarioLabels, type HelmScenarioInfo } from '../helm/catalog';
import { cellFromRow, curatedNote, flagNote, modelCategory, notEvaluatedCell, sortCategories } from '../helm/chart';
import { HELM_PROJECTS, type HelmProjectId } from '../helm/projects';
import { helmSlice, type HelmSlice, type HelmSliceRow } from '../helm/slice';
import type { Dataset } from '../data/load';
import { seriesColor } from '../chart/palette';
import { UNIT_INFO, type Unit } from '../data/units';
import { compareText } from '../chart/sort';
import { helmLanguageSides } from '../helm/language-text';

/**
 * HELM Classic and Lite are English benchmarks throughout: their "English" results are
 * the whole leaderboard, not a per-language result, so they stay on /helm.
 */
export const ENGLISH_ONLY_PROJECTS: readonly HelmProjectId[] = ['classic', 'lite'];

export const HELM_ENGLISH_NOTE =
  "HELM Classic and HELM Lite evaluate in English (Lite's WMT 2014 translates five languages into English), so their results are not repeated per language: see the HELM leaderboards. The multilingual HELM releases list English only as one side of a translation pair or of a bilingual exam.";

/** A HELM scenario whose one published number covers several languages at once (WMT 2014: five languages into English). */
export interface HelmAggregateScenario {
  project: HelmProjectId;
  group: string;
  scenario: string;
  display: string;
  languageText: string;
  subset: string;
}

/**
 * The scenarios that name a language in their taxonomy text but publish one number over it and
 * others (lib/helm/language-text.ts keeps those off the per-language charts): a language page says
 * they exist, and why they are not charted there, rather than that HELM has nothing.
 */
export function helmAggregatesNaming(ds: Dataset, languageName: string): HelmAggregateScenario[] {
  const out = new Map<string, HelmAggregateScenario>();
  for (const r of ds.helm) {
    if (r.kind !== 'score' || r.languages.length || !r.language_text) continue;
    const sides = helmLanguageSides(r.language_text);
    const names = sides.flat();
    if (sides.length !== 2 || names.length < 3 || !names.includes(languageName)) continue;
    const key = `${r.project}/${r.group}/${r.scenario}`;
    if (!out.has(key)) out.set(key, { project: r.project as HelmProjectId, group: r.group, scenario: r.scenario, display: r.scenario_display, languageText: r.language_text, subset: r.subset });
  }
  return [...out.values()];
}

/** Which HELM scenarios a language's page shows; '' codes and English are excluded (see HELM_ENGLISH_NOTE). */
export function isHelmLanguageRow(row: { project: string; languages: readonly string[]; kind: string }, code: string): boolean {
  if (code === 'en' || row.kind !== 'score') return false;
  if ((ENGLISH_ONLY_PROJECTS as readonly string[]).includes(row.project)) return false;
  return row.languages.includes(code);
}

/** The HELM score rows for one language code (empty for English and for languages HELM has no scenario for). */
export function helmLanguageSlice(ds: Dataset, code: string): HelmSlice {
  return helmSlice(ds, (r) => isHelmLanguageRow(r, code));
}

/** Language codes with at least one HELM scenario for the per-language views, by name. */
export function helmLanguageCodes(ds: Dataset): string[] {
  const codes = new Set<string>();
  for (const r of ds.helm) for (const code of r.languages) if (isHelmLanguageRow(r, code)) codes.add(code);
  return [...codes].sort((a, b) => compareText(ds.languages.get(a)?.name ?? a, ds.languages.get(b)?.name ?? b));
}

export interface HelmLanguagePanel {
  key: string;
  project: HelmProjectId;
  unit: Unit;
  scenarios: HelmScenarioInfo[];
}

function panelKey(project: string, unit: string): string {
  return `${project}:${unit}`;
}

function languageRows(slice: HelmSlice, code: string): HelmSliceRow[] {
  return slice.rows.filter((r) => r.languages.split(';').includes(code) && !(ENGLISH_ONLY_PROJECTS as readonly string[]).includes(r.project));
}

/** Panels in project order (HELM_PROJECTS), then unit and scenario in the data's order. */
export function helmLanguagePanels(slice: HelmSlice, code: string): HelmLanguagePanel[] {
  const panels = new Map<string, { project: HelmProjectId; unit: Unit; scenarios: Map<string, { id: string; display: string; languageText: string; subset: string }> }>();
  for (const r of languageRows(slice, code)) {
    const key = panelKey(r.project, r.unit);
    let p = panels.get(key);
    if (!p) panels.set(key, (p = { project: r.project as HelmProjectId, unit: r.unit, scenarios: new Map() }));
    if (!p.scenarios.has(r.scenario)) p.scenarios.set(r.scenario, { id: r.scenario, display: r.scenarioDisplay, languageText: r.languageText, subset: r.subset });
  }
  const order = Object.keys(HELM_PROJECTS);
  return [...panels.entries()]
    .sort((a, b) => order.indexOf(a[1].project) - order.indexOf(b[1].project))
    .map(([key, p]) => ({ key, project: p.project, unit: p.unit, scenarios: scenarioLabels([...p.scenarios.values()]) }));
}

export interface HelmLanguageOptions {
  /** Sort models best first by this scenario's value; default: by model name. */
  sortBy?: string;
}

export function helmLanguageChartData(slice: HelmSlice, language: { code: string; name: string }, panel: HelmLanguagePanel, options: HelmLanguageOptions = {}): ChartData {
  const project = HELM_PROJECTS[panel.project];
  const rows = languageRows(slice, language.code).filter((r) => r.project === panel.project && r.unit === panel.unit);
  const scenarioIds = panel.scenarios.map((s) => s.id);
  const byKey = new Map(rows.map((r) => [`${r.model}\u0000${r.scenario}`, r]));
  // Models of the release with at least one number in this panel; the rest were not run on these scenarios.
  const releaseIds = slice.releaseModels[panel.project] ?? [];
  const modelIds = releaseIds.filter((id) => rows.some((r) => r.model === id));
  const metricOf = new Map(rows.map((r) => [r.scenario, r.metric]));
  const directionOf = new Map(rows.map((r) => [r.scenario, r.lowerIsBetter === 'true']));

  const series = panel.scenarios.map((s, i) => ({
    key: s.id,
    label: `${s.label} · ${metricOf.get(s.id) ?? ''}`,
    // Scenarios are not model families: hues in palette order, a darker shade after the sixth.
    color: seriesColor('', Math.floor(i / 6), i),
    detail: `${metricOf.get(s.id) ?? ''}${directionOf.get(s.id) ? ' (lower is better)' : ''}, ${project.name} ${project.release}`,
  }));
  const cells: ChartCell[] = [];
  for (const id of modelIds) {
    for (const s of scenarioIds) {
      const r = byKey.get(`${id}\u0000${s}`);
      cells.push(r ? cellFromRow(r, id, s, panel.unit) : notEvaluatedCell(id, s));
    }
  }
  let categories = modelIds.map((id) => modelCategory(slice.models[id], id));
  const sortBy = options.sortBy && scenarioIds.includes(options.sortBy) ? options.sortBy : null;
  categories = sortBy
    ? sortCategories(categories, (k) => cells.find((c) => c.category === k && c.series === sortBy), 'best', directionOf.get(sortBy) ?? false)
    : sortCategories(categories, () => undefined, 'name', false);

  const lowerIsBetter = [...directionOf.values()].every(Boolean) && directionOf.size > 0;
  const metrics = [...new Set(metricOf.values())];
  const notes: string[] = [
    `${project.name} ${project.release}: the main metric of each ${language.name} scenario (${metrics.join(', ')}), exactly as HELM published it: ${UNIT_INFO[panel.unit].description}.${metrics.length > 1 ? ' Different scenarios use different metrics; compare models within a scenario.' : ''}`,
    `Models: the ${modelIds.length} models of this release with a number here. The release's models differ from other HELM releases and from the BLOOMZ/mT0 paper's.`,
  ];
  for (const text of new Set(cells.map((c) => c.note).filter(Boolean))) notes.push(curatedNote(text));
  for (const text of new Set(cells.map((c) => c.flag).filter((f) => f !== undefined).map(flagNote))) notes.push(text);
  if (cells.some((c) => c.state === 'not-evaluated')) notes.push('"not evaluated": the model has no published number for that scenario (never 0).');
  if (cells.some((c) => c.state === 'hidden')) notes.push('"hidden by publisher": HELM published the cell without a value (never 0).');
  const sources = [...new Set(cells.map((c) => c.source).filter((s): s is string => s !== null))];
  return {
    kind: 'bars',
    sharedPrecision: true,
    // The unit is in the axis label and the table caption; the title names what is compared.
    title: `${language.name} in ${project.name} ${project.release}: ${panel.scenarios.length === 1 ? panel.scenarios[0].label : `${panel.scenarios.length} scenarios`}${panel.unit === 'score-100' ? ' on a 0–100 scale' : ''}`,
    valueLabel: `Main metric (${UNIT_INFO[panel.unit].label}${lowerIsBetter ? '; lower is better' : ''})`,
    unit: panel.unit,
    lowerIsBetter,
    categoryLabel: 'Model',
    categories,
    series,
    cells,
    sources: sources.map((id) => slice.sources[id]).filter((s) => s !== undefined),
    notes,
  };
}
