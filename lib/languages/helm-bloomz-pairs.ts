/**
 * Pairs, for one language, a HELM scenario with the BLOOMZ/mT0-paper dataset of the
 * same name (SEA-HELM xnli_th ↔ the paper's XNLI in Thai, xcopa_th ↔ XCOPA in Thai), so
 * a page can show both side by side. They are two charts, never one axis: different
 * prompts, protocols, units, model sets and releases. Pure: takes the two slices a
 * language page already builds.
 */
import { datasetInfo, PROMPT_CHOICES, STAT_CHOICES } from '../bloomz/catalog';
import type { BloomzSlice } from '../bloomz/slice';
import type { ChartCell, ChartData } from '../chart/data';
import { helmLeaderboardChartData, sortCategories } from '../helm/chart';
import { helmTabId } from '../helm/catalog';
import { HELM_PROJECTS, isHelmProjectId } from '../helm/projects';
import type { HelmSlice } from '../helm/slice';
import { seriesColor } from '../chart/palette';
import { UNIT_INFO, type Unit } from '../data/units';
import { reportedCell, rowsByCell } from '../bloomz/published-cell';

/**
 * Same-name datasets only. IndicXNLI (Tamil) is a different dataset (XNLI translated
 * into Indic languages), so it is not paired with XNLI.
 */
export const SAME_NAME_DATASETS = [
  { helmScenario: (code: string) => `xnli_${code}`, bloomzDataset: 'xnli' },
  { helmScenario: (code: string) => `xcopa_${code}`, bloomzDataset: 'xcopa' },
] as const;

/** The BLOOMZ side shows the paper's headline number: median over the 5 English prompts. */
const BLOOMZ_PROMPT = 'EN' as const;
const BLOOMZ_STAT = 'median' as const;

export interface HelmBloomzPair {
  key: string;
  /** e.g. "XNLI". */
  name: string;
  language: { code: string; name: string };
  helm: ChartData;
  bloomz: ChartData;
  /** Read before comparing: what differs between the two sides. */
  caveats: string[];
}

function bloomzSide(slice: BloomzSlice, dataset: string, language: { code: string; name: string }): ChartData | null {
  const promptSet = PROMPT_CHOICES[BLOOMZ_PROMPT].promptSet;
  const stat = STAT_CHOICES[BLOOMZ_STAT];
  const rows = slice.rows.filter((r) => r.dataset === dataset && r.language === language.code && r.promptSet === promptSet && r.metric === stat.metric);
  if (!rows.length) return null;
  const unit: Unit = rows[0].unit;
  const series = 'value';
  const cells = new Map<string, ChartCell>();
  for (const [model, published] of rowsByCell(rows, (r) => r.model)) {
    cells.set(model, reportedCell(model, series, published, unit, slice.coverage[model]?.[language.code] ?? null));
  }
  // Only the paper's models with a number: the paper did not evaluate every model everywhere.
  const categories = sortCategories(
    slice.models.filter((m) => cells.has(m.id)).map((m) => ({ key: m.id, label: m.label })),
    (k) => cells.get(k),
    'best',
    false,
  );
  const name = datasetInfo(dataset).name;
  return {
    kind: 'bars',
    title: `${name} in ${language.name}, BLOOMZ/mT0 paper: ${stat.label.toLowerCase()}, ${PROMPT_CHOICES[BLOOMZ_PROMPT].label}`,
    valueLabel: `${stat.label} (${UNIT_INFO[unit].label})`,
    unit,
    lowerIsBetter: false,
    categoryLabel: 'Model',
    categories,
    series: [{ key: series, label: stat.label, color: seriesColor('BLOOMZ', 0), detail: stat.explain }],
    cells: categories.map((c) => cells.get(c.key)!),
    sources: [...new Set(rows.map((r) => r.source))].map((id) => slice.sources[id]).filter((s) => s !== undefined),
    notes: [
      `${stat.label}: ${stat.explain}; ${PROMPT_CHOICES[BLOOMZ_PROMPT].label}. Zero-shot, as in the paper.`,
      `Models: the ${cells.size} models of the paper with a published number for ${name} in ${language.name}.`,
    ],
  };
}

export function helmBloomzPairs(helm: HelmSlice, bloomz: BloomzSlice, language: { code: string; name: string }): HelmBloomzPair[] {
  const pairs: HelmBloomzPair[] = [];
  for (const same of SAME_NAME_DATASETS) {
    const scenario = same.helmScenario(language.code);
    const helmRow = helm.rows.find((r) => r.scenario === scenario && helmTabId(r.metricTab) === 'accuracy');
    if (!helmRow || !isHelmProjectId(helmRow.project)) continue;
    const bloomzChart = bloomzSide(bloomz, same.bloomzDataset, language);
    if (!bloomzChart) continue;
    const project = HELM_PROJECTS[helmRow.project];
    const helmChart = helmLeaderboardChartData(
      { project: helmRow.project, group: helmRow.group, scenario, tab: 'accuracy', metric: helmRow.metric, q: '', sort: 'best', missing: 'hide' },
      helm,
    );
    const name = datasetInfo(same.bloomzDataset).name;
    pairs.push({
      key: `${same.bloomzDataset}-${language.code}`,
      name,
      language,
      helm: helmChart,
      bloomz: bloomzChart,
      caveats: [
        `Two different protocols and releases, shown side by side, not on one axis. Do not compare a number on the left with one on the right.`,
        `${project.name} ${project.release} (${scenario}): ${helmRow.metric} as ${UNIT_INFO[helmRow.unit].description}, with HELM's prompt format, on the ${helmRow.split || 'published'} split, for the models of that release.`,
        `BLOOMZ/mT0 paper (Muennighoff et al.): ${STAT_CHOICES[BLOOMZ_STAT].label.toLowerCase()} over the 5 prompts of the ${PROMPT_CHOICES[BLOOMZ_PROMPT].label.toLowerCase()}, zero-shot, as ${UNIT_INFO[bloomzChart.unit].description}, for the paper's models.`,
      ],
    });
  }
  return pairs;
}
