/**
 * The paper's multilingual-prompting table: mean accuracy over every prompt and language
 * per prompt set. Two versions were published in the xmtf repository (12 and 14
 * languages); both are kept and labelled, never merged.
 */
import { modelPath } from '../url/paths';
import { datasetInfo } from '../bloomz/catalog';
import { unpackBloomz } from './unpack';
import type { BloomzSlice } from '../bloomz/slice';
import type { ChartCategory, ChartCell, ChartData } from '../chart/data';
import type { ParamSource } from '../url/params';
import { readChoice, readList, setIfChanged, setListIfChanged, type Decoded } from '../url/codec';
import type { ViewDef } from './types';
import { chosenColor } from '../chart/palette';
import { withChance } from '../bloomz/chance';

export const PROMPT_TABLE_METRIC = 'Mean acc. (all prompts, avg over langs)';
export const PROMPT_TABLE_VERSIONS = {
  f9f5928: { source: 'xmtf_multilingualprompting_f9f5928', label: '14 languages (xmtf f9f5928, 2023-04-09, current)', languages: 'en, es, pt, fr, ar, id, zh, hi, vi, ur, ta, eu, te, sw' },
  b52496b: { source: 'xmtf_multilingualprompting_b52496b', label: '12 languages (xmtf b52496b, 2023-03-23)', languages: 'en, es, pt, fr, ar, id, zh, hi, vi, ur, ta, eu' },
} as const;
type Version = keyof typeof PROMPT_TABLE_VERSIONS;
const VERSION_IDS = Object.keys(PROMPT_TABLE_VERSIONS) as Version[];

export interface PromptTableSpec {
  version: Version;
  models: string[];
}

export interface PromptTableContext {
  models: string[];
}

function context(_subject: string, slice: BloomzSlice): PromptTableContext {
  const withRows = new Set(slice.rows.filter((r) => r.metric === PROMPT_TABLE_METRIC).map((r) => r.model));
  return { models: slice.models.map((m) => m.id).filter((id) => withRows.has(id)) };
}

const defaults = (ctx: PromptTableContext): PromptTableSpec => ({ version: 'f9f5928', models: [...ctx.models] });

function decode(params: ParamSource, ctx: PromptTableContext): Decoded<PromptTableSpec> {
  const problems: string[] = [];
  const version = readChoice(params, 'version', VERSION_IDS, 'f9f5928', problems);
  const models = readList(params, 'models', ctx.models, ctx.models, problems);
  return { spec: { version, models }, problems };
}

function encode(spec: PromptTableSpec, ctx: PromptTableContext): URLSearchParams {
  const out = new URLSearchParams();
  setIfChanged(out, 'version', spec.version, 'f9f5928');
  setListIfChanged(out, 'models', spec.models, ctx.models);
  return out;
}

function build(spec: PromptTableSpec, slice: BloomzSlice): ChartData {
  const version = PROMPT_TABLE_VERSIONS[spec.version];
  const rows = slice.rows.filter((r) => r.metric === PROMPT_TABLE_METRIC && r.source === version.source);
  const categories: ChartCategory[] = [];
  for (const r of rows) {
    const key = `${r.dataset}|${r.promptSet}`;
    if (!categories.some((c) => c.key === key)) categories.push({ key, label: `${datasetInfo(r.dataset).name} · ${r.promptSet}`, group: r.dataset });
  }
  const series = slice.models.filter((m) => spec.models.includes(m.id)).map((m) => ({ key: m.id, label: m.label, color: chosenColor(spec.models.indexOf(m.id)), detail: `${m.family}, finetuned on ${m.finetune}`, href: modelPath(m.id) }));
  const byKey = new Map(rows.map((r) => [`${r.dataset}|${r.promptSet}\u0000${r.model}`, r]));
  const cells: ChartCell[] = categories.flatMap((c) =>
    series.map((s): ChartCell => {
      const r = byKey.get(`${c.key}\u0000${s.key}`);
      return r
        ? { category: c.key, series: s.key, state: 'reported', value: Number(r.value), published: r.value, unit: r.unit, source: r.source, coverage: null, offAxis: false, note: r.notes }
        : { category: c.key, series: s.key, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage: null, offAxis: false, note: '' };
    }),
  );
  const chance = withChance(categories, (key) => ({ dataset: key.split('|')[0], config: '' }), 'percent');
  return {
    kind: 'bars',
    title: `Prompt language, averaged over ${version.label}`,
    valueLabel: 'Mean accuracy over all prompts and languages (%)',
    unit: 'percent',
    lowerIsBetter: false,
    categoryLabel: 'Dataset · prompt set',
    categories: chance.categories,
    references: chance.references,
    series,
    cells,
    sources: [slice.sources[version.source]].filter(Boolean),
    notes: [
      `Each value is the mean of every single-prompt score of the prompt set over the languages ${version.languages} (those each dataset has), as printed by the xmtf notebook.`,
      'The two published versions differ because Telugu and Swahili were added; XWinograd is unchanged. Which one is in the final paper was not verified.',
    ],
    groups: [...new Set(rows.map((r) => r.dataset))].map((d) => ({ key: d, label: datasetInfo(d).name })),
  };
}

export const promptTableView: ViewDef<PromptTableSpec, BloomzSlice, PromptTableContext> = { id: 'prompt-table', unpack: unpackBloomz, context, defaults, decode, encode, build };
