/**
 * One model of the paper across everything it was evaluated on: languages as rows, datasets
 * (and their subsets) as columns, for one prompt set and statistic, each number with the
 * model's rank among all models with a number in that cell (computed, lib/bloomz/ranks.ts).
 */
import { configLabel, datasetInfo, PROMPT_CHOICE_IDS, PROMPT_CHOICES, STAT_CHOICE_IDS, STAT_CHOICES } from '../bloomz/catalog';
import { notEvaluatedCell, reportedCell, rowsByCell, drawnRow } from '../bloomz/published-cell';
import { rankKey } from '../bloomz/ranks';
import type { BloomzSlice, PackedBloomzSlice } from '../bloomz/slice';
import type { CellRank, ChartCategory, ChartCell, ChartData, ChartSeries } from '../chart/data';
import { seriesColor } from '../chart/palette';
import { compareText } from '../chart/sort';
import { UNIT_INFO, type Unit } from '../data/units';
import type { ParamSource } from '../url/params';
import { readChoice, setIfChanged, type Decoded } from '../url/codec';
import type { ViewDef } from './types';
import { unpackBloomz } from './unpack';
import { modelPrompts, modelStats, type ModelContext, type ModelSpec } from './model-choices';

export type { ModelContext, ModelSpec };

export type ModelSlice = BloomzSlice & { ranks: Record<string, CellRank> };
export type PackedModelSlice = PackedBloomzSlice & { ranks: Record<string, CellRank> };

function context(subject: string, slice: ModelSlice): ModelContext {
  const rows = slice.rows.filter((r) => r.model === subject);
  const combos: ModelSpec[] = [];
  for (const prompt of PROMPT_CHOICE_IDS) {
    for (const stat of STAT_CHOICE_IDS) {
      if (rows.some((r) => r.promptSet === PROMPT_CHOICES[prompt].promptSet && r.metric === STAT_CHOICES[stat].metric)) combos.push({ prompt, stat });
    }
  }
  return { model: subject, combos };
}

function defaults(ctx: ModelContext): ModelSpec {
  const prompt = modelPrompts(ctx).includes('EN') ? 'EN' : (modelPrompts(ctx)[0] ?? 'EN');
  const stats = modelStats(ctx, prompt);
  return { prompt, stat: stats.includes('median') ? 'median' : (stats[0] ?? 'median') };
}

function decode(params: ParamSource, ctx: ModelContext): Decoded<ModelSpec> {
  const d = defaults(ctx);
  const problems: string[] = [];
  const prompt = readChoice(params, 'prompt', modelPrompts(ctx), d.prompt, problems);
  const stats = modelStats(ctx, prompt);
  const stat = readChoice(params, 'stat', stats, stats.includes(d.stat) ? d.stat : (stats[0] ?? d.stat), problems);
  return { spec: { prompt, stat }, problems };
}

function encode(spec: ModelSpec, ctx: ModelContext): URLSearchParams {
  const d = defaults(ctx);
  const out = new URLSearchParams();
  setIfChanged(out, 'prompt', spec.prompt, d.prompt);
  const stats = modelStats(ctx, spec.prompt);
  setIfChanged(out, 'stat', spec.stat, stats.includes(d.stat) ? d.stat : (stats[0] ?? d.stat));
  return out;
}

function build(spec: ModelSpec, slice: ModelSlice, ctx: ModelContext): ChartData {
  const promptSet = PROMPT_CHOICES[spec.prompt].promptSet;
  const stat = STAT_CHOICES[spec.stat];
  const rows = slice.rows.filter((r) => r.model === ctx.model && r.promptSet === promptSet && r.metric === stat.metric && r.language !== 'multi');
  // A multilingual dataset's configs are its languages (one column); ANLI r1–r3 and SuperGLUE's subsets are columns of their own.
  const languagesOf = new Map<string, Set<string>>();
  for (const r of rows) languagesOf.set(r.dataset, (languagesOf.get(r.dataset) ?? new Set()).add(r.language));
  const perLanguage = (d: string) => (languagesOf.get(d)?.size ?? 0) > 1;
  const columnKey = (r: { dataset: string; config: string }) => (perLanguage(r.dataset) ? r.dataset : `${r.dataset}|${r.config}`);
  const configsOf = new Map<string, Set<string>>();
  for (const r of rows) if (!perLanguage(r.dataset)) configsOf.set(r.dataset, (configsOf.get(r.dataset) ?? new Set()).add(r.config));
  const series: ChartSeries[] = [];
  for (const r of rows) {
    const key = columnKey(r);
    if (series.some((s) => s.key === key)) continue;
    const name = datasetInfo(r.dataset).name;
    const label = (configsOf.get(r.dataset)?.size ?? 0) > 1 ? `${name.replace(/ \([^)]*\)$/, '')} ${configLabel(r.dataset, r.config)}` : name;
    series.push({ key, label, color: seriesColor('', 0, series.length), detail: datasetInfo(r.dataset).about, href: `/tasks/${r.dataset}` });
  }
  const categories: ChartCategory[] = [];
  for (const r of rows) {
    if (!categories.some((c) => c.key === r.language)) categories.push({ key: r.language, label: slice.languages[r.language]?.name ?? r.language, href: `/languages/${r.language}` });
  }
  categories.sort((x, y) => (x.key === 'en' ? -1 : y.key === 'en' ? 1 : compareText(x.label, y.label)));
  const units = new Map<Unit, number>();
  for (const r of rows) units.set(r.unit, (units.get(r.unit) ?? 0) + 1);
  const unit = [...units.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'percent';
  const byKey = rowsByCell(rows, (r) => `${r.language}\u0000${columnKey(r)}`);
  const cells: ChartCell[] = categories.flatMap((c) =>
    series.map((s) => {
      const published = byKey.get(`${c.key}\u0000${s.key}`);
      const coverage = slice.coverage[ctx.model]?.[c.key] ?? null;
      if (!published) return notEvaluatedCell(c.key, s.key, coverage);
      const cell = reportedCell(c.key, s.key, published, unit, coverage);
      // A slice without ranks (another view's) still draws; the ranks are the model page's.
      const rank = slice.ranks?.[rankKey(drawnRow(published, unit))];
      return rank ? { ...cell, rank } : cell;
    }),
  );
  const label = slice.models.find((m) => m.id === ctx.model)?.label ?? ctx.model;
  return {
    kind: 'bars',
    title: `${label}: ${stat.label.toLowerCase()}, ${PROMPT_CHOICES[spec.prompt].label}, every dataset and language`,
    valueLabel: `${stat.label} (${UNIT_INFO[unit].label})`,
    unit,
    lowerIsBetter: false,
    categoryLabel: 'Language',
    categories,
    series,
    cells,
    sources: [...new Set(rows.map((r) => r.source))].map((id) => slice.sources[id]),
    notes: [
      `${stat.label}: ${stat.explain}.`,
      `Prompts: ${PROMPT_CHOICES[spec.prompt].label}.`,
      `Rank (computed here, not published): ${label}'s place among all models of the paper with a number in that cell, 1 = best; "2=" is a tie.`,
    ],
  };
}

export const modelView: ViewDef<ModelSpec, ModelSlice, ModelContext> = {
  id: 'model',
  unpack: (packed) => ({ ...unpackBloomz(packed), ranks: (packed as PackedModelSlice).ranks }),
  context,
  defaults,
  decode,
  encode,
  build,
};
