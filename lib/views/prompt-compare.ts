/**
 * English vs machine-translated vs human-translated prompts for one model and dataset:
 * languages on the axis, the three prompt sets as series (the paper's prompting question).
 */
import { datasetInfo, STAT_CHOICES } from '../bloomz/catalog';
import { unpackBloomz } from './unpack';
import type { BloomzSlice, SliceRow } from '../bloomz/slice';
import type { ChartCategory, ChartCell, ChartData } from '../chart/data';
import { UNIT_INFO } from '../data/units';
import type { ParamSource } from '../url/params';
import { readChoice, setIfChanged, type Decoded } from '../url/codec';
import type { ViewDef } from './types';
import { fromCategoryKey, withChance } from '../bloomz/chance';
import { delta } from '../chart/delta';
import { notEvaluatedCell, reportedCell, rowsByCell } from '../bloomz/published-cell';

const PROMPT_SERIES = [
  { key: 'EN', label: 'English prompts (EN)', color: '#0072B2' },
  { key: 'MT', label: 'Machine-translated prompts (MT)', color: '#E69F00' },
  { key: 'HT', label: 'Human-translated prompts (HT)', color: '#009E73' },
] as const;
const DELTA_SERIES = { key: 'MT-EN', label: 'MT − EN Δ (computed)', color: 'var(--muted)', detail: 'Machine-translated minus English prompts, computed here' };

/** MT − EN for one language, from the two published cells; not applicable without both. */
function mtMinusEn(category: string, cells: ChartCell[], coverage: ChartCell['coverage']): ChartCell {
  const at = (series: string) => cells.find((c) => c.category === category && c.series === series && c.state === 'reported' && c.published !== null);
  const mt = at('MT');
  const en = at('EN');
  const base = { ...notEvaluatedCell(category, DELTA_SERIES.key, coverage), state: 'not-applicable' as const, note: 'needs both an MT and an EN number' };
  if (!mt?.published || !en?.published || mt.unit !== en.unit) return base;
  const d = delta(mt.published, en.published);
  return { ...base, state: 'reported', value: d.value, unit: mt.unit, offAxis: true, note: `MT ${mt.published} − EN ${en.published}`, derived: { method: 'MT − EN', inputs: 2 } };
}

const STATS = ['median', 'max'] as const;
type Stat = (typeof STATS)[number];

export interface PromptCompareSpec {
  dataset: string;
  model: string;
  stat: Stat;
}

export interface PromptCompareContext {
  datasets: string[];
  modelsByDataset: Record<string, string[]>;
}

const isPromptRow = (r: SliceRow) => r.language !== 'multi' && (r.promptSet === 'EN' || r.promptSet === 'MT' || r.promptSet === 'HT');

function context(_subject: string, slice: BloomzSlice): PromptCompareContext {
  const rows = slice.rows.filter((r) => isPromptRow(r) && r.metric === STAT_CHOICES.median.metric);
  // Only datasets where more than one prompt set was published are worth comparing.
  const datasets = [...new Set(rows.map((r) => r.dataset))].filter((d) => new Set(rows.filter((r) => r.dataset === d).map((r) => r.promptSet)).size > 1);
  const order = slice.models.map((m) => m.id);
  const modelsByDataset = Object.fromEntries(datasets.map((d) => [d, order.filter((id) => rows.some((r) => r.dataset === d && r.model === id && r.promptSet !== 'EN'))]));
  return { datasets, modelsByDataset };
}

function defaults(ctx: PromptCompareContext): PromptCompareSpec {
  const dataset = ctx.datasets.includes('xnli') ? 'xnli' : ctx.datasets[0];
  const models = ctx.modelsByDataset[dataset] ?? [];
  return { dataset, model: models.includes('bloomz-mt') ? 'bloomz-mt' : models[0], stat: 'median' };
}

function decode(params: ParamSource, ctx: PromptCompareContext): Decoded<PromptCompareSpec> {
  const d = defaults(ctx);
  const problems: string[] = [];
  const dataset = readChoice(params, 'dataset', ctx.datasets, d.dataset, problems);
  const models = ctx.modelsByDataset[dataset] ?? [];
  const model = readChoice(params, 'model', models, models.includes(d.model) ? d.model : models[0], problems);
  const stat = readChoice(params, 'stat', STATS, d.stat, problems);
  return { spec: { dataset, model, stat }, problems };
}

function encode(spec: PromptCompareSpec, ctx: PromptCompareContext): URLSearchParams {
  const d = defaults(ctx);
  const out = new URLSearchParams();
  setIfChanged(out, 'dataset', spec.dataset, d.dataset);
  const models = ctx.modelsByDataset[spec.dataset] ?? [];
  setIfChanged(out, 'model', spec.model, models.includes(d.model) ? d.model : models[0]);
  setIfChanged(out, 'stat', spec.stat, d.stat);
  return out;
}

function build(spec: PromptCompareSpec, slice: BloomzSlice): ChartData {
  const stat = STAT_CHOICES[spec.stat];
  const rows = slice.rows.filter((r) => isPromptRow(r) && r.dataset === spec.dataset && r.model === spec.model && r.metric === stat.metric);
  const categories: ChartCategory[] = [];
  for (const r of rows) {
    const key = `${r.dataset}|${r.config}|${r.language}`;
    if (!categories.some((c) => c.key === key)) categories.push({ key, label: slice.languages[r.language]?.name ?? r.language });
  }
  const byKey = rowsByCell(rows, (r) => `${r.dataset}|${r.config}|${r.language}\u0000${r.promptSet}`);
  const cells: ChartCell[] = categories.flatMap((c) =>
    PROMPT_SERIES.map((s): ChartCell => {
      const published = byKey.get(`${c.key}\u0000${s.key}`);
      const coverage = slice.coverage[spec.model]?.[c.key.split('|')[2]] ?? null;
      if (published) return reportedCell(c.key, s.key, published, 'percent', coverage);
      // MT and HT prompts are the English prompts translated: English has none to be evaluated with.
      if (c.key.split('|')[2] === 'en' && s.key !== 'EN') return { ...notEvaluatedCell(c.key, s.key, coverage), state: 'not-applicable', note: 'MT and HT prompts are translations of the English prompts; English has none' };
      return notEvaluatedCell(c.key, s.key, coverage);
    }),
  );
  for (const c of categories) cells.push(mtMinusEn(c.key, cells, slice.coverage[spec.model]?.[c.key.split('|')[2]] ?? null));
  const model = slice.models.find((m) => m.id === spec.model);
  const sources = [...new Set(rows.map((r) => r.source))].map((id) => slice.sources[id]);
  const chance = withChance(categories, fromCategoryKey, 'percent');
  return {
    kind: 'bars',
    facets: { statistic: stat.label },
    title: `${datasetInfo(spec.dataset).name}, ${model?.label ?? spec.model}: ${stat.label.toLowerCase()} by prompt language`,
    valueLabel: `${stat.label} (${UNIT_INFO.percent.label})`,
    unit: 'percent',
    lowerIsBetter: false,
    categoryLabel: 'Language',
    categories: chance.categories,
    series: [...PROMPT_SERIES.map((s) => ({ ...s, detail: s.label })), DELTA_SERIES],
    cells,
    references: chance.references,
    sources,
    notes: [
      `${stat.label}: ${stat.explain}.`,
      `${DELTA_SERIES.label}: the machine-translated prompts' number minus the English prompts' one, in percentage points, computed here from the two published numbers (not published); listed in the table, not drawn on the accuracy axis.`,
      'EN: the prompts are in English; MT: machine-translated into the dataset language; HT: human-translated (published for XNLI in 8 languages, and for Chinese only on XCOPA, XStoryCloze and XWinograd, for BLOOMZ-7.1B and BLOOMZ-7.1B-P3).',
    ],
  };
}

export const promptCompareView: ViewDef<PromptCompareSpec, BloomzSlice, PromptCompareContext> = { id: 'prompts', unpack: unpackBloomz, context, defaults, decode, encode, build };
