/**
 * The spread over prompts, like the paper's generalization figure: each dot is one
 * English prompt's published accuracy, the bar behind it the published median of those
 * five. Default: the languages BLOOMZ never intentionally saw.
 */
import { configLabel, datasetInfo, STAT_CHOICES } from '../bloomz/catalog';
import { unpackBloomz } from './unpack';
import type { BloomzSlice } from '../bloomz/slice';
import type { ChartCategory, ChartCell, ChartData } from '../chart/data';
import { COVERAGE_LABEL, COVERAGE_LEVELS, type CoverageLevel } from '../coverage/coverage';
import type { ParamSource } from '../url/params';
import { readChoice, readList, setIfChanged, setListIfChanged, type Decoded } from '../url/codec';
import type { ViewDef } from './types';
import { chosenColor } from '../chart/palette';
import { fromCategoryKey, withChance } from '../bloomz/chance';

export interface SpreadSpec {
  models: string[];
  dataset: string;
  /** Keep languages with this coverage for the first model ([] = all). */
  coverage: CoverageLevel[];
}

export interface SpreadContext {
  models: string[];
  datasets: string[];
  defaultModels: string[];
}

const ALL = 'all';

function context(_subject: string, slice: BloomzSlice): SpreadContext {
  const withPrompts = new Set(slice.promptRows.map((r) => r.model));
  const models = slice.models.map((m) => m.id).filter((id) => withPrompts.has(id));
  return {
    models,
    datasets: [...new Set(slice.promptRows.map((r) => r.dataset))],
    defaultModels: ['bloomz', 'bloom'].filter((id) => withPrompts.has(id)),
  };
}

const defaults = (ctx: SpreadContext): SpreadSpec => ({ models: [...ctx.defaultModels], dataset: ALL, coverage: ['unseen'] });

function decode(params: ParamSource, ctx: SpreadContext): Decoded<SpreadSpec> {
  const d = defaults(ctx);
  const problems: string[] = [];
  const models = readList(params, 'models', ctx.models, d.models, problems, 8);
  const dataset = readChoice(params, 'dataset', [ALL, ...ctx.datasets], ALL, problems);
  const raw = params instanceof URLSearchParams ? params.get('coverage') : params.coverage;
  // An explicitly empty coverage list means "all languages".
  const coverage = raw === '' ? [] : readList(params, 'coverage', COVERAGE_LEVELS, d.coverage, problems);
  return { spec: { models, dataset, coverage }, problems };
}

function encode(spec: SpreadSpec, ctx: SpreadContext): URLSearchParams {
  const d = defaults(ctx);
  const out = new URLSearchParams();
  setListIfChanged(out, 'models', spec.models, d.models);
  setIfChanged(out, 'dataset', spec.dataset, ALL);
  if (spec.coverage.join(',') !== d.coverage.join(',')) out.set('coverage', spec.coverage.join(','));
  return out;
}

function build(spec: SpreadSpec, slice: BloomzSlice): ChartData {
  const reference = spec.models[0];
  const prompts = slice.promptRows.filter(
    (r) =>
      spec.models.includes(r.model) &&
      (spec.dataset === ALL || r.dataset === spec.dataset) &&
      (!spec.coverage.length || spec.coverage.includes(slice.coverage[reference]?.[r.language] ?? 'unknown')),
  );
  const languagesOf = new Map<string, Set<string>>();
  for (const r of slice.promptRows) languagesOf.set(r.dataset, (languagesOf.get(r.dataset) ?? new Set()).add(r.language));
  const categories: ChartCategory[] = [];
  for (const r of prompts) {
    const key = `${r.dataset}|${r.config}|${r.language}`;
    if (categories.some((c) => c.key === key)) continue;
    const multilingual = (languagesOf.get(r.dataset)?.size ?? 0) > 1;
    categories.push({ key, label: `${datasetInfo(r.dataset).name} · ${multilingual ? (slice.languages[r.language]?.name ?? r.language) : configLabel(r.dataset, r.config)}`, group: r.dataset });
  }
  const medians = new Map(
    slice.rows.filter((r) => r.promptSet === 'EN' && r.metric === STAT_CHOICES.median.metric).map((r) => [`${r.dataset}|${r.config}|${r.language}\u0000${r.model}`, r]),
  );
  const series = slice.models.filter((m) => spec.models.includes(m.id)).map((m) => ({ key: m.id, label: m.label, color: chosenColor(spec.models.indexOf(m.id)), detail: `${m.family}, finetuned on ${m.finetune}` }));
  series.sort((a, b) => spec.models.indexOf(a.key) - spec.models.indexOf(b.key));
  const cells: ChartCell[] = [];
  const sources = new Set<string>();
  for (const c of categories) {
    const language = c.key.split('|')[2];
    for (const s of series) {
      const points = prompts
        .filter((r) => r.model === s.key && `${r.dataset}|${r.config}|${r.language}` === c.key)
        .map((r) => ({ label: r.prompt, published: r.value, value: Number(r.value), source: r.source }));
      points.forEach((p) => sources.add(p.source));
      const median = medians.get(`${c.key}\u0000${s.key}`);
      if (median) sources.add(median.source);
      const coverage = slice.coverage[s.key]?.[language] ?? null;
      cells.push(
        median
          ? { category: c.key, series: s.key, state: 'reported', value: Number(median.value), published: median.value, unit: median.unit, source: median.source, coverage, offAxis: false, note: '', points }
          : { category: c.key, series: s.key, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage, offAxis: false, note: '', points },
      );
    }
  }
  const referenceLabel = series[0]?.label ?? reference;
  const chance = withChance(categories, fromCategoryKey, 'percent');
  return {
    kind: 'strip',
    title: `Spread over the 5 English prompts${spec.coverage.length ? `: languages ${spec.coverage.map((c) => COVERAGE_LABEL[c]).join(' or ')} for ${referenceLabel}` : ''}`,
    valueLabel: 'Accuracy (%)',
    unit: 'percent',
    lowerIsBetter: false,
    categoryLabel: 'Dataset · language',
    categories: chance.categories,
    series,
    cells,
    references: chance.references,
    sources: [...sources].map((id) => slice.sources[id]),
    notes: [
      'Dots: the accuracy of each of the 5 English prompts (published plot data of the paper’s figures). Bar: the published median of the same 5 prompts.',
      'Per-prompt values were published only for some models and datasets; a model without them has no dots.',
    ],
    groups: [...new Set(categories.map((c) => c.group!))].map((d) => ({ key: d, label: datasetInfo(d).name })),
  };
}

export const promptSpreadView: ViewDef<SpreadSpec, BloomzSlice, SpreadContext> = { id: 'spread', unpack: unpackBloomz, context, defaults, decode, encode, build };
