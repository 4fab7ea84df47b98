/**
 * Grouped-bar views of the BLOOMZ/mT0 results: per task (languages on the axis), per
 * language (datasets on the axis) and the unseen-languages view (dataset × language
 * pairs, grouped by whether the first model ever saw the language). Models are series.
 */
import { configLabel, datasetInfo, DEFAULT_TASK_MODELS, PROMPT_CHOICE_IDS, PROMPT_CHOICES, STAT_CHOICE_IDS, STAT_CHOICES, type PromptChoice, type StatChoice } from '../bloomz/catalog';
import { unpackBloomz } from './unpack';
import type { BloomzSlice, SliceRow } from '../bloomz/slice';
import { cellSources, type ChartCategory, type ChartCell, type ChartData, type ChartSeries } from '../chart/data';
import { COVERAGE_LABEL, COVERAGE_LEVELS, type CoverageLevel } from '../coverage/coverage';
import { formatParams } from '../chart/format';
import { UNIT_INFO, type Unit } from '../data/units';
import type { ParamSource } from '../url/params';
import { readChoice, readList, setIfChanged, setListIfChanged, type Decoded } from '../url/codec';
import type { ViewDef } from './types';
import { chosenColor } from '../chart/palette';
import { CHART_KIND_DEFAULTS, readChartKind, writeChartKind, type ChartKindSpec } from './chart-kind';
import { modelPath } from '../url/paths';
import { compareMissingLast, compareText } from '../chart/sort';
import { userCell, userRowsFor, userSeries, YOURS_MARK } from '../yours/user-results';
import { withChance } from '../bloomz/chance';
import { SUMMARY_SORT } from '../chart/matrix-sort';
import { notEvaluatedCell, reportedCell, rowsByCell } from '../bloomz/published-cell';

export const BARS_SORTS = {
  paper: 'Paper order',
  name: 'Name (A–Z)',
  value: 'Value of the first model',
  coverage: 'Coverage for the first model (unseen first)',
  share: 'Share of the language in ROOTS (largest first)',
} as const;
export type BarsSort = keyof typeof BARS_SORTS;
const SORT_IDS = Object.keys(BARS_SORTS) as BarsSort[];

export type BarsView = 'task' | 'language' | 'unseen';

/** How much of ROOTS (BLOOM's pretraining corpus) a language is, as buckets of its published share. */
export const SHARE_BUCKETS = {
  high: 'at least 1% of ROOTS',
  low: 'under 1% of ROOTS',
  none: 'not in ROOTS',
} as const;
export type ShareBucket = keyof typeof SHARE_BUCKETS;
const SHARE_IDS = Object.keys(SHARE_BUCKETS) as ShareBucket[];

export function shareBucket(rootsPct: string | null): ShareBucket {
  if (rootsPct === null) return 'none';
  return Number(rootsPct) >= 1 ? 'high' : 'low';
}

export interface BarsSpec extends ChartKindSpec {
  prompt: PromptChoice;
  stat: StatChoice;
  models: string[];
  sort: BarsSort;
  /** Unseen view: one dataset or 'all'. Fixed by the path on the task view. */
  dataset: string;
  /** Keep languages written in these scripts ([] = all). */
  scripts: string[];
  /** Keep languages with this coverage for the first model ([] = all). */
  coverage: CoverageLevel[];
  /** Keep languages with this share of ROOTS ([] = all). */
  share: ShareBucket[];
}

export interface BarsContext {
  view: BarsView;
  subject: string;
  modelIds: string[];
  combos: { prompt: PromptChoice; stat: StatChoice }[];
  defaultModels: string[];
  datasets: string[];
  scripts: string[];
  multilingual: boolean;
}

export const MAX_MODELS = 30;
const ALL = 'all';

/** Rows this view can ever show, before spec filters. */
function viewRows(view: BarsView, subject: string, slice: BloomzSlice): SliceRow[] {
  const rows = slice.rows.filter((r) => r.language !== 'multi');
  if (view === 'task') return rows.filter((r) => r.dataset === subject);
  if (view === 'language') return rows.filter((r) => r.language === subject);
  const languagesPerDataset = new Map<string, Set<string>>();
  for (const r of rows) languagesPerDataset.set(r.dataset, (languagesPerDataset.get(r.dataset) ?? new Set()).add(r.language));
  return rows.filter((r) => (languagesPerDataset.get(r.dataset)?.size ?? 0) > 1);
}

export function statsFor(ctx: Pick<BarsContext, 'combos'>, prompt: PromptChoice): StatChoice[] {
  return ctx.combos.filter((c) => c.prompt === prompt).map((c) => c.stat);
}

export function promptsOf(ctx: Pick<BarsContext, 'combos'>): PromptChoice[] {
  return PROMPT_CHOICE_IDS.filter((p) => ctx.combos.some((c) => c.prompt === p));
}

function context(view: BarsView, subject: string, slice: BloomzSlice): BarsContext {
  const rows = viewRows(view, subject, slice);
  const withData = new Set(rows.map((r) => r.model));
  const modelIds = slice.models.map((m) => m.id).filter((id) => withData.has(id));
  const combos: BarsContext['combos'] = [];
  for (const prompt of PROMPT_CHOICE_IDS) {
    for (const stat of STAT_CHOICE_IDS) {
      if (rows.some((r) => r.promptSet === PROMPT_CHOICES[prompt].promptSet && r.metric === STAT_CHOICES[stat].metric)) combos.push({ prompt, stat });
    }
  }
  const preferred = (view === 'unseen' ? ['bloomz', 'bloom'] : DEFAULT_TASK_MODELS).filter((id) => withData.has(id));
  const languages = new Set(rows.map((r) => r.language));
  return {
    view,
    subject,
    modelIds,
    combos,
    defaultModels: preferred.length ? preferred : modelIds.slice(0, 5),
    datasets: [...new Set(rows.map((r) => r.dataset))],
    scripts: [...new Set([...languages].map((l) => slice.languages[l]?.script).filter((s): s is string => Boolean(s)))].sort(),
    multilingual: languages.size > 1,
  };
}

function defaults(ctx: BarsContext): BarsSpec {
  const prompt = promptsOf(ctx)[0] ?? 'EN';
  return {
    prompt,
    stat: statsFor(ctx, prompt)[0] ?? 'median',
    models: [...ctx.defaultModels],
    ...CHART_KIND_DEFAULTS,
    sort: ctx.view === 'unseen' ? 'coverage' : 'paper',
    dataset: ctx.view === 'task' ? ctx.subject : ALL,
    scripts: [],
    coverage: [],
    share: [],
  };
}

function decode(params: ParamSource, ctx: BarsContext): Decoded<BarsSpec> {
  const d = defaults(ctx);
  const problems: string[] = [];
  const prompt = readChoice(params, 'prompt', promptsOf(ctx), d.prompt, problems);
  const stats = statsFor(ctx, prompt);
  const stat = readChoice(params, 'stat', stats, stats[0] ?? d.stat, problems);
  const kind = ctx.view === 'unseen' ? CHART_KIND_DEFAULTS : readChartKind(params, problems);
  const models = readList(params, 'models', ctx.modelIds, defaultModels(ctx, kind.chart), problems, MAX_MODELS);
  const sort = readChoice(params, 'sort', SORT_IDS, d.sort, problems);
  const dataset = ctx.view === 'unseen' ? readChoice(params, 'dataset', [ALL, ...ctx.datasets], ALL, problems) : d.dataset;
  const scripts = readList(params, 'scripts', ctx.scripts, [], problems);
  const coverage = readList(params, 'coverage', COVERAGE_LEVELS, [], problems);
  const share = ctx.view === 'language' ? [] : readList(params, 'share', SHARE_IDS, [], problems);
  return { spec: { prompt, stat, models, ...kind, sort, dataset, scripts, coverage, share }, problems };
}

/** The matrix shows every model unless the reader chose some: that is what it is for. */
export function defaultModels(ctx: BarsContext, chart: BarsSpec['chart']): string[] {
  return chart === 'matrix' ? ctx.modelIds.slice(0, MAX_MODELS) : [...ctx.defaultModels];
}

/** Switching chart kind keeps the reader's own choice of models, and moves from one default to the other. */
export function withChart(ctx: BarsContext, spec: BarsSpec, chart: BarsSpec['chart']): BarsSpec {
  const onDefault = spec.models.join(',') === defaultModels(ctx, spec.chart).join(',');
  return { ...spec, chart, models: onDefault ? defaultModels(ctx, chart) : spec.models };
}

function encode(spec: BarsSpec, ctx: BarsContext): URLSearchParams {
  const d = defaults(ctx);
  const out = new URLSearchParams();
  setIfChanged(out, 'prompt', spec.prompt, d.prompt);
  setIfChanged(out, 'stat', spec.stat, statsFor(ctx, spec.prompt)[0] ?? d.stat);
  setListIfChanged(out, 'models', spec.models, defaultModels(ctx, spec.chart));
  writeChartKind(out, spec);
  setIfChanged(out, 'sort', spec.sort, d.sort);
  if (ctx.view === 'unseen') setIfChanged(out, 'dataset', spec.dataset, ALL);
  setListIfChanged(out, 'scripts', spec.scripts, []);
  setListIfChanged(out, 'coverage', spec.coverage, []);
  setListIfChanged(out, 'share', spec.share, []);
  return out;
}

type CategoryRow = Pick<SliceRow, 'dataset' | 'config' | 'language'>;

const categoryKeyOf = (r: CategoryRow) => `${r.dataset}|${r.config}|${r.language}`;

function categoryLabel(ctx: BarsContext, r: CategoryRow, slice: BloomzSlice, configsOf: Map<string, Set<string>>): string {
  const languageName = slice.languages[r.language]?.name ?? r.language;
  const datasetName = datasetInfo(r.dataset).name;
  if (ctx.view === 'task') return ctx.multilingual ? languageName : configLabel(r.dataset, r.config);
  // "SuperGLUE (CB, RTE, COPA)" lists its subsets; beside one of them the list only repeats it.
  if (ctx.view === 'language') return (configsOf.get(r.dataset)?.size ?? 0) > 1 ? `${datasetName.replace(/ \([^)]*\)$/, '')} ${configLabel(r.dataset, r.config)}` : datasetName;
  return `${datasetName} · ${languageName}`;
}

function mostCommonUnit(rows: SliceRow[]): Unit {
  const counts = new Map<Unit, number>();
  for (const r of rows) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'percent';
}

const COVERAGE_ORDER: Record<CoverageLevel, number> = { unseen: 0, 'finetuning-only': 1, unknown: 2, pretraining: 3 };

function build(spec: BarsSpec, slice: BloomzSlice, ctx: BarsContext): ChartData {
  const promptSet = PROMPT_CHOICES[spec.prompt].promptSet;
  const stat = STAT_CHOICES[spec.stat];
  const reference = spec.models[0];
  const coverageFor = (language: string) => slice.coverage[reference]?.[language] ?? null;
  const inFilters = (r: { dataset: string; language: string }) =>
    (spec.dataset === ALL || r.dataset === spec.dataset) &&
    (!spec.scripts.length || spec.scripts.includes(slice.languages[r.language]?.script ?? '')) &&
    (!spec.coverage.length || spec.coverage.includes(coverageFor(r.language) ?? 'unknown')) &&
    (!spec.share.length || spec.share.includes(shareBucket(slice.languages[r.language]?.rootsPct ?? null)));
  const rows = viewRows(ctx.view, ctx.subject, slice).filter((r) => r.promptSet === promptSet && r.metric === stat.metric && inFilters(r));

  const configsOf = new Map<string, Set<string>>();
  for (const r of rows) configsOf.set(r.dataset, (configsOf.get(r.dataset) ?? new Set()).add(r.config));
  const categoryRow = new Map<string, CategoryRow>();
  for (const r of rows) if (!categoryRow.has(categoryKeyOf(r))) categoryRow.set(categoryKeyOf(r), r);
  // A dataset and language of yours that the paper has no number for (XStoryCloze in English) gets its own row,
  // the published models "not evaluated" in it, rather than your number shown nowhere.
  const yoursAll = slice.yours ?? [];
  const placed = (r: { dataset: string; language: string }) => [...categoryRow.values()].some((c) => c.dataset === r.dataset && c.language === r.language);
  for (const r of yoursAll.flatMap((m) => m.rows)) {
    const inSubject = ctx.view === 'task' ? r.dataset === ctx.subject : ctx.view === 'language' && r.language === ctx.subject;
    if (inSubject && inFilters(r) && !placed(r)) categoryRow.set(categoryKeyOf(r), { dataset: r.dataset, config: r.config, language: r.language });
  }
  let categories: ChartCategory[] = [...categoryRow.entries()].map(([key, r]) => ({ key, label: categoryLabel(ctx, r, slice, configsOf) }));
  const languageOf = (key: string) => categoryRow.get(key)!.language;

  const modelById = new Map(slice.models.map((m) => [m.id, m]));
  const series = spec.models
    .map((id) => modelById.get(id))
    .filter((m) => m !== undefined)
    .map((m, i): ChartSeries => ({ key: m.id, label: m.label, color: chosenColor(i), detail: `${m.family}, ${m.paramsLabel || formatParams(m.params)}, finetuned on ${m.finetune}`, href: modelPath(m.id) }));

  const selected = rows.filter((r) => spec.models.includes(r.model));
  const unit = mostCommonUnit(selected.length ? selected : rows);
  const byKey = rowsByCell(selected, (r) => `${categoryKeyOf(r)}\u0000${r.model}`);
  const cells: ChartCell[] = [];
  for (const c of categories) {
    for (const s of series) {
      const published = byKey.get(`${c.key}\u0000${s.key}`);
      const coverage = slice.coverage[s.key]?.[languageOf(c.key)] ?? null;
      cells.push(published ? reportedCell(c.key, s.key, published, unit, coverage) : notEvaluatedCell(c.key, s.key, coverage));
    }
  }

  // A chosen model without one number here would be a column of "not evaluated" with no reason given;
  // say so, and which models do have numbers with these settings.
  const numberless = series.filter((s) => !cells.some((c) => c.series === s.key && c.state === 'reported'));
  const withNumbers = [...new Set(rows.map((r) => r.model))].filter((id) => !spec.models.includes(id));

  // The reader's own results: extra series after the published models, for the models that have a number here.
  const yours = yoursAll.filter((m) => categories.some((c) => userRowsFor(m, categoryRow.get(c.key)!.dataset, languageOf(c.key)).length > 0));
  for (const m of yours) {
    // Its grey by its place among all your models, so it keeps it on every page.
    series.push(userSeries(m, yoursAll.indexOf(m), yoursAll.length));
    for (const c of categories) {
      const r = categoryRow.get(c.key)!;
      cells.push(userCell(m, userRowsFor(m, r.dataset, r.language), c.key, r.language, unit));
    }
  }

  categories = sortCategories(categories, spec.sort, { cells, reference, coverageFor, languageOf, slice });
  const chance = withChance(categories, (key) => categoryRow.get(key), unit);
  const referenceLabel = modelById.get(reference)?.label ?? reference;
  const groups = spec.sort === 'coverage' ? COVERAGE_LEVELS.map((level) => ({ key: level, label: `${COVERAGE_LABEL[level]} for ${referenceLabel}` })) : undefined;

  const usedSources = new Set(cellSources(cells));
  const notes: string[] = [`${stat.label}: ${stat.explain}.`, `Prompts: ${PROMPT_CHOICES[spec.prompt].label}.`];
  const filters = languageFilterWords(spec, referenceLabel);
  if (filters.scripts) notes.push(`Only languages ${filters.scripts}.`);
  if (filters.share) notes.push(`Only languages ${filters.share} (published shares, xmtf pretrainingsizes).`);
  if (filters.coverage) notes.push(`Only languages that are ${filters.coverage}.`);
  const filterWords = [filters.coverage, filters.share, filters.scripts].filter(Boolean);
  if (!categories.length && filterWords.length) {
    notes.push(`No language here is ${filterWords.join(' and ')}, so the chart is empty.${filters.coverage ? ` The coverage filter follows ${referenceLabel}, the first model chosen: choose another model first, or widen the filters.` : ' Widen the filters.'}`);
  } else if (numberless.length) {
    const names = numberless.map((s) => s.label);
    notes.push(
      `${names.join(', ')} ${names.length === 1 ? 'has' : 'have'} no published number here with ${PROMPT_CHOICES[spec.prompt].label} (${stat.label.toLowerCase()}) in our sources, so ${names.length === 1 ? 'its cells say' : 'their cells say'} not evaluated.${withNumbers.length ? ` Models with numbers here: ${withNumbers.map((id) => modelById.get(id)?.label ?? id).join(', ')}.` : ''}`,
    );
  }
  if (yours.length) notes.push(`${YOURS_MARK} Your imported results use your own protocol (prompt, shots, harness): they are not the paper's ${stat.label.toLowerCase()} over 5 prompts.`);
  if (cells.some((c) => c.offAxis)) notes.push(`Some values are published in another unit than ${UNIT_INFO[unit].label}; they are listed in the table but not drawn on this axis.`);
  const subjectName =
    ctx.view === 'task'
      ? datasetInfo(ctx.subject).name
      : ctx.view === 'language'
        ? (slice.languages[ctx.subject]?.name ?? ctx.subject)
        : `Seen and unseen languages${spec.dataset === ALL ? '' : ` in ${datasetInfo(spec.dataset).name}`}`;
  if (spec.chart === 'matrix' && spec.msort !== SUMMARY_SORT && !categories.some((c) => c.key === spec.msort)) notes.push(`The matrix has no column "${spec.msort}" with these settings: rows are sorted by the mean.`);
  return {
    kind: spec.chart === 'matrix' ? 'matrix' : 'bars',
    matrix: spec.chart === 'matrix' ? { sortedBy: spec.msort, summary: 'mean' } : undefined,
    title: `${subjectName}: ${stat.label.toLowerCase()}, ${PROMPT_CHOICES[spec.prompt].label}`,
    valueLabel: `${stat.label} (${UNIT_INFO[unit].label})`,
    unit,
    lowerIsBetter: false,
    categoryLabel: ctx.view === 'task' ? (ctx.multilingual ? 'Language' : 'Subset') : ctx.view === 'language' ? 'Dataset' : 'Dataset · language',
    series,
    cells,
    sources: [...usedSources].map((id) => slice.sources[id]),
    categories: chance.categories,
    notes,
    groups,
    references: chance.references,
    facets: { prompt: spec.prompt, statistic: stat.label },
  };
}

interface SortInput {
  cells: ChartCell[];
  reference: string;
  coverageFor: (language: string) => CoverageLevel | null;
  languageOf: (key: string) => string;
  slice: BloomzSlice;
}

function byNumber(value: (key: string) => number | null) {
  return (a: ChartCategory, b: ChartCategory) => compareMissingLast(value(a.key), value(b.key), true);
}

function sortCategories(categories: ChartCategory[], sort: BarsSort, s: SortInput): ChartCategory[] {
  const sorted = [...categories];
  if (sort === 'name') sorted.sort((a, b) => compareText(a.label, b.label));
  if (sort === 'value') sorted.sort(byNumber((key) => s.cells.find((c) => c.category === key && c.series === s.reference && !c.offAxis)?.value ?? null));
  if (sort === 'share') sorted.sort(byNumber((key) => {
    const pct = s.slice.languages[s.languageOf(key)]?.rootsPct;
    return pct ? Number(pct) : null;
  }));
  if (sort === 'coverage') {
    // Stable: within one coverage level the paper's order is kept.
    const level = (key: string) => s.coverageFor(s.languageOf(key)) ?? 'unknown';
    sorted.sort((a, b) => COVERAGE_ORDER[level(a.key)] - COVERAGE_ORDER[level(b.key)]);
    return sorted.map((c) => ({ ...c, group: level(c.key) }));
  }
  return sorted;
}

function makeView(view: BarsView): ViewDef<BarsSpec, BloomzSlice, BarsContext> {
  const sortMatrix = (spec: BarsSpec, msort: string) => ({ ...spec, msort });
  return { id: view, unpack: unpackBloomz, context: (subject, slice) => context(view, subject, slice), defaults, decode, encode, build, sortMatrix };
}

export const taskView = makeView('task');
export const languageView = makeView('language');
export const unseenView = makeView('unseen');

/** The language filters in words ('' when off), for the chart's notes and the folded controls' summary. */
function languageFilterWords(spec: BarsSpec, referenceLabel: string) {
  return {
    scripts: spec.scripts.length ? `written in ${spec.scripts.join(', ')}` : '',
    share: spec.share.map((b) => SHARE_BUCKETS[b]).join(' or '),
    coverage: spec.coverage.length ? `${spec.coverage.map((c) => COVERAGE_LABEL[c]).join(' or ')} for ${referenceLabel}` : '',
  };
}

/** What the folded filters are set to, so a shared link's filters show without opening them. */
export function barsFiltersSummary(ctx: BarsContext, spec: BarsSpec, referenceLabel: string): string {
  const models = `${spec.models.length} of ${ctx.modelIds.length} models`;
  if (ctx.view === 'language') return models;
  const w = languageFilterWords(spec, referenceLabel);
  const filters = [w.coverage, w.share, w.scripts].filter(Boolean);
  return `${models}, ${filters.length ? `languages ${filters.join('; ')}` : 'all languages'}`;
}
