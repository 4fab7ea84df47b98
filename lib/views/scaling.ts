/**
 * Accuracy against parameter count (log scale) per model line (family × finetuning
 * data), with seen and unseen languages as separate lines. The averaging is in
 * lib/coverage/seen-unseen-means.ts and is stated on the chart.
 */
import { datasetInfo, STAT_CHOICES } from '../bloomz/catalog';
import { unpackBloomz } from './unpack';
import type { BloomzSlice, SliceModel } from '../bloomz/slice';
import type { ChartCategory, ChartCell, ChartData, ChartGroup } from '../chart/data';
import { formatParams } from '../chart/format';
import { SCALING_METHOD, seenUnseenMeans } from '../coverage/seen-unseen-means';
import type { ParamSource } from '../url/params';
import { readChoice, readList, setIfChanged, setListIfChanged, type Decoded } from '../url/codec';
import type { ViewDef } from './types';
import { withChance } from '../bloomz/chance';
import { userCoverage, userRowsFor, YOURS_COLOR, YOURS_MARK } from '../yours/user-results';

const STATS = ['median', 'max'] as const;
const PROMPTS = ['EN', 'MT'] as const;
const SPLITS = [
  { key: 'seen', label: 'Seen languages (in pretraining or finetuning)', color: '#333333', dashed: false },
  { key: 'unseen', label: 'Unseen languages (never intentionally seen)', color: '#333333', dashed: true },
] as const;

export interface ScalingSpec {
  dataset: string;
  prompt: (typeof PROMPTS)[number];
  stat: (typeof STATS)[number];
  lines: string[];
}

export interface ScalingContext {
  datasets: string[];
  lines: ChartGroup[];
  defaultLines: string[];
}

const FINETUNE_LABEL: Record<string, string> = { none: 'not finetuned', xp3: 'xP3', xp3mt: 'xP3mt', p3: 'P3', sni: 'Super-NaturalInstructions' };
export const lineKey = (m: SliceModel) => `${m.family}|${m.finetuneCorpus}`;

/** How a point was computed, in words: one language's value is not a mean of anything. */
const meanOf = (n: number, what: 'published' | 'imported') => (n === 1 ? `the one ${what} value, nothing averaged` : `mean of ${n} ${what} values`);

function context(_subject: string, slice: BloomzSlice): ScalingContext {
  const rows = slice.rows.filter((r) => r.language !== 'multi' && r.promptSet === 'EN' && r.metric === STAT_CHOICES.median.metric);
  const languagesOf = new Map<string, Set<string>>();
  for (const r of rows) languagesOf.set(r.dataset, (languagesOf.get(r.dataset) ?? new Set()).add(r.language));
  const datasets = [...languagesOf.entries()].filter(([, l]) => l.size > 1).map(([d]) => d);
  const lines: ChartGroup[] = [];
  for (const m of [...slice.models].sort((a, b) => (b.params ?? 0) - (a.params ?? 0))) {
    const key = lineKey(m);
    if (m.params === null || lines.some((l) => l.key === key)) continue;
    // The largest model of a line carries the family's base hue.
    lines.push({ key, label: `${m.family} (${FINETUNE_LABEL[m.finetuneCorpus] ?? m.finetune})`, color: m.color });
  }
  const order = slice.models.map(lineKey);
  lines.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  const preferred = ['BLOOM|none', 'BLOOMZ|xp3', 'mT0|xp3'].filter((k) => lines.some((l) => l.key === k));
  return { datasets, lines, defaultLines: preferred };
}

function defaults(ctx: ScalingContext): ScalingSpec {
  return { dataset: ctx.datasets.includes('xnli') ? 'xnli' : ctx.datasets[0], prompt: 'EN', stat: 'median', lines: [...ctx.defaultLines] };
}

function decode(params: ParamSource, ctx: ScalingContext): Decoded<ScalingSpec> {
  const d = defaults(ctx);
  const problems: string[] = [];
  return {
    spec: {
      dataset: readChoice(params, 'dataset', ctx.datasets, d.dataset, problems),
      prompt: readChoice(params, 'prompt', PROMPTS, d.prompt, problems),
      stat: readChoice(params, 'stat', STATS, d.stat, problems),
      lines: readList(params, 'lines', ctx.lines.map((l) => l.key), d.lines, problems),
    },
    problems,
  };
}

function encode(spec: ScalingSpec, ctx: ScalingContext): URLSearchParams {
  const d = defaults(ctx);
  const out = new URLSearchParams();
  setIfChanged(out, 'dataset', spec.dataset, d.dataset);
  setIfChanged(out, 'prompt', spec.prompt, d.prompt);
  setIfChanged(out, 'stat', spec.stat, d.stat);
  setListIfChanged(out, 'lines', spec.lines, d.lines);
  return out;
}

function build(spec: ScalingSpec, slice: BloomzSlice, ctx: ScalingContext): ChartData {
  const stat = STAT_CHOICES[spec.stat];
  const rows = slice.rows.filter((r) => r.dataset === spec.dataset && r.language !== 'multi' && r.promptSet === spec.prompt && r.metric === stat.metric);
  // Grouped by line, then by size: the table reads one family at a time.
  const lineOrder = ctx.lines.map((l) => l.key);
  const models = slice.models
    .filter((m) => m.params !== null && spec.lines.includes(lineKey(m)) && rows.some((r) => r.model === m.id))
    .sort((a, b) => lineOrder.indexOf(lineKey(a)) - lineOrder.indexOf(lineKey(b)) || (a.params ?? 0) - (b.params ?? 0));
  const categories: ChartCategory[] = models.map((m) => ({ key: m.id, label: `${m.label} (${m.paramsLabel || formatParams(m.params)})`, group: lineKey(m), x: m.params ?? undefined }));
  const cells: ChartCell[] = [];
  const sources = new Set<string>();
  for (const m of models) {
    const values = rows.filter((r) => r.model === m.id).map((r) => ({ language: r.language, value: Number(r.value) }));
    rows.filter((r) => r.model === m.id).forEach((r) => sources.add(r.source));
    const means = seenUnseenMeans(values, (l) => slice.coverage[m.id]?.[l] ?? null);
    // A mean links to where its inputs were published when they all come from one source.
    const sourceOf = (languages: string[]) => {
      const ids = new Set(rows.filter((r) => r.model === m.id && languages.includes(r.language)).map((r) => r.source));
      return ids.size === 1 ? [...ids][0] : null;
    };
    for (const split of SPLITS) {
      const mean = means[split.key];
      cells.push(
        mean
          ? {
              category: m.id,
              series: split.key,
              state: 'reported',
              value: mean.mean,
              published: null,
              unit: 'percent',
              source: sourceOf(mean.languages),
              coverage: null,
              offAxis: false,
              note: `languages: ${mean.languages.join(', ')}`,
              derived: { method: meanOf(mean.languages.length, 'published'), inputs: mean.languages.length },
            }
          : { category: m.id, series: split.key, state: 'not-applicable', value: null, published: null, unit: null, source: null, coverage: null, offAxis: false, note: `no ${split.key} languages with a published number` },
      );
    }
  }
  // The reader's own models, where they gave a parameter count: one point per model.
  const yours = (slice.yours ?? []).filter((m) => m.params !== null);
  for (const m of yours) {
    categories.push({ key: m.id, label: `${YOURS_MARK} ${m.label} (yours)`, group: 'yours', x: m.params! });
    // Per language the row the bar charts draw (acc before acc_norm), if it is on a percent scale.
    const drawn = [...new Set(m.rows.filter((r) => r.dataset === spec.dataset).map((r) => r.language))]
      .map((language) => userRowsFor(m, spec.dataset, language)[0])
      .filter((r) => r.unit === 'percent' || r.unit === 'fraction');
    const values = drawn.map((r) => ({ language: r.language, value: r.unit === 'fraction' ? r.number * 100 : r.number }));
    const means = seenUnseenMeans(values, (l) => userCoverage(m, l));
    for (const split of SPLITS) {
      const mean = means[split.key];
      const converted = drawn.some((r) => r.unit === 'fraction' && mean?.languages.includes(r.language));
      cells.push(
        mean
          ? { category: m.id, series: split.key, state: 'reported', value: mean.mean, published: null, unit: 'percent', source: null, coverage: null, offAxis: false, note: `your languages: ${mean.languages.join(', ')}`, derived: { method: `${meanOf(mean.languages.length, 'imported')}${converted ? ' (fractions ×100)' : ''}`, inputs: mean.languages.length } }
          : { category: m.id, series: split.key, state: 'not-applicable', value: null, published: null, unit: null, source: null, coverage: null, offAxis: false, note: m.pretrainingLanguages ? `no ${split.key} languages in your import` : 'state the pretraining languages on the import page to split seen and unseen' },
      );
    }
  }

  // A mean over languages of one dataset has that dataset's chance level, where its configs share one.
  const configs = [...new Set(rows.map((r) => r.config))];
  const chance = withChance(categories, () => (configs.length === 1 ? { dataset: spec.dataset, config: configs[0] } : { dataset: spec.dataset, config: '' }), 'percent');
  const promptLabel = spec.prompt === 'EN' ? 'English prompts' : 'machine-translated prompts';
  return {
    kind: 'lines',
    facets: { prompt: spec.prompt, statistic: `Mean of ${stat.label.toLowerCase()} over languages` },
    title: `${datasetInfo(spec.dataset).name}: ${stat.label.toLowerCase()} vs model size, ${promptLabel}`,
    valueLabel: `Mean of ${stat.label.toLowerCase()} over languages (%)`,
    unit: 'percent',
    lowerIsBetter: false,
    categoryLabel: 'Model',
    categories: chance.categories,
    references: chance.references,
    series: SPLITS.map((s) => ({ key: s.key, label: s.label, color: s.color, detail: s.label, dashed: s.dashed })),
    cells,
    sources: [...sources].map((id) => slice.sources[id]),
    notes: [
      `Each point is a computed ${SCALING_METHOD}. These means are computed here, not published; the table gives the languages behind each one.`,
      `Which languages are "unseen" differs by model family (BLOOM: not in ROOTS; mT0: not in mC4), so the unseen lines of different families average different languages.`,
      `${stat.label}: ${stat.explain}.`,
    ],
    xAxis: { label: 'Parameters (log scale)', log: true },
    groups: [...ctx.lines.filter((l) => spec.lines.includes(l.key)), ...(yours.length ? [{ key: 'yours', label: `${YOURS_MARK} your models`, color: YOURS_COLOR }] : [])],
  };
}

export const scalingView: ViewDef<ScalingSpec, BloomzSlice, ScalingContext> = { id: 'scaling', unpack: unpackBloomz, context, defaults, decode, encode, build };
