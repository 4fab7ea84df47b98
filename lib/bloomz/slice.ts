/**
 * The part of the BLOOMZ/mT0 results one page needs, as plain JSON-able data. Pages
 * build a slice on the server and hand it to their components; nothing downstream
 * sees the whole dataset.
 */
import { coverageOf, type CoverageLevel } from '../coverage/coverage';
import type { Dataset } from '../data/load';
import { seriesColor } from '../chart/palette';
import type { BloomzPerPromptRow, BloomzResultRow, PromptSet } from '../data/schema';
import type { Unit } from '../data/units';
import { packRows, unpackRows, type PackedRows } from '../data/packed-rows';
import type { UserModel } from '../yours/user-results';
import { compareText } from '../chart/sort';
import { sourceLink } from '../data/source-link';

export interface SliceModel {
  id: string;
  label: string;
  family: string;
  params: number | null;
  paramsLabel: string;
  finetune: string;
  /** corpora.csv id of the finetuning data, 'none', or '' when unknown. */
  finetuneCorpus: string;
  color: string;
}

export interface SliceLanguage {
  code: string;
  name: string;
  script: string;
  /** Share of ROOTS in percent, as published (null: not in ROOTS). */
  rootsPct: string | null;
  /** Share of a 1% ROOTS sample that cld3 labels as this language, as published. */
  cld3Pct: string | null;
}

export interface SliceSource {
  id: string;
  title: string;
  url: string;
}

export interface SliceRow {
  model: string;
  promptSet: PromptSet;
  metric: string;
  dataset: string;
  config: string;
  language: string;
  /** As published. */
  value: string;
  unit: Unit;
  source: string;
  notes: string;
}

/** One prompt's accuracy behind the paper's figures (EN prompts only). */
export interface PromptRow {
  model: string;
  dataset: string;
  config: string;
  language: string;
  prompt: string;
  value: string;
  source: string;
}

export interface BloomzSlice {
  models: SliceModel[];
  languages: Record<string, SliceLanguage>;
  /** coverage[model][language] */
  coverage: Record<string, Record<string, CoverageLevel>>;
  sources: Record<string, SliceSource>;
  rows: SliceRow[];
  promptRows: PromptRow[];
  /** The reader's own imported results: added in the browser, never sent by the server. */
  yours?: UserModel[];
}

/** What crosses from server to browser: the slice with its rows packed. */
export type PackedBloomzSlice = Omit<BloomzSlice, 'rows' | 'promptRows'> & { rows: PackedRows<keyof SliceRow>; promptRows: PackedRows<keyof PromptRow> };

const ROW_COLUMNS: (keyof SliceRow)[] = ['model', 'promptSet', 'metric', 'dataset', 'config', 'language', 'value', 'unit', 'source', 'notes'];
const PROMPT_ROW_COLUMNS: (keyof PromptRow)[] = ['model', 'dataset', 'config', 'language', 'prompt', 'value', 'source'];

export function packBloomzSlice(slice: BloomzSlice): PackedBloomzSlice {
  return {
    ...slice,
    rows: packRows(slice.rows as unknown as Record<keyof SliceRow, string>[], ROW_COLUMNS),
    promptRows: packRows(slice.promptRows as unknown as Record<keyof PromptRow, string>[], PROMPT_ROW_COLUMNS),
  };
}

export function unpackBloomzSlice(packed: PackedBloomzSlice): BloomzSlice {
  // Every row field is a string; the packed rows came from packBloomzSlice.
  return { ...packed, rows: unpackRows(packed.rows) as unknown as SliceRow[], promptRows: unpackRows(packed.promptRows) as unknown as PromptRow[] };
}

/** Every BLOOMZ-suite model, in models.csv order, with its stable colour. */
export function bloomzModels(ds: Dataset): SliceModel[] {
  const perFamily = new Map<string, number>();
  const families: string[] = [];
  const out: SliceModel[] = [];
  for (const m of ds.models.values()) {
    if (m.suite !== 'bloomz') continue;
    if (!families.includes(m.family)) families.push(m.family);
    const i = perFamily.get(m.family) ?? 0;
    perFamily.set(m.family, i + 1);
    out.push({
      id: m.id,
      label: m.label,
      family: m.family,
      params: m.params,
      paramsLabel: m.params_label,
      finetune: m.finetune_label,
      finetuneCorpus: m.finetune_corpus,
      color: seriesColor(m.family, familyShadeIndex(m.id, m.family, ds), families.indexOf(m.family)),
    });
  }
  return out;
}

/** The largest model of a family gets the base hue; the rest follow by size, then id. */
function familyShadeIndex(id: string, family: string, ds: Dataset): number {
  const members = [...ds.models.values()]
    .filter((m) => m.suite === 'bloomz' && m.family === family)
    .sort((a, b) => (b.params ?? 0) - (a.params ?? 0) || compareText(a.id, b.id));
  return members.findIndex((m) => m.id === id);
}

/** `moreLanguages`: languages to describe though no kept row has them (where your results can add a row). */
export function bloomzSlice(
  ds: Dataset,
  keep: (row: BloomzResultRow) => boolean,
  keepPrompt: (row: BloomzPerPromptRow) => boolean = () => false,
  moreLanguages: readonly string[] = [],
): BloomzSlice {
  const rows: SliceRow[] = [];
  const languageCodes = new Set<string>(moreLanguages);
  const sourceIds = new Set<string>();
  for (const r of ds.bloomz) {
    if (!keep(r)) continue;
    rows.push({
      model: r.model,
      promptSet: r.prompt_set,
      metric: r.metric,
      dataset: r.dataset,
      config: r.config,
      language: r.language,
      value: r.value.text,
      unit: r.unit,
      source: r.source,
      notes: r.notes,
    });
    languageCodes.add(r.language);
    sourceIds.add(r.source);
  }
  const promptRows: PromptRow[] = [];
  for (const r of ds.perPrompt) {
    if (!keepPrompt(r)) continue;
    promptRows.push({ model: r.model, dataset: r.dataset, config: r.config, language: r.language, prompt: r.prompt_name, value: r.value.text, source: r.source });
    languageCodes.add(r.language);
    sourceIds.add(r.source);
  }
  const models = bloomzModels(ds);
  const languages: Record<string, SliceLanguage> = {};
  const coverage: Record<string, Record<string, CoverageLevel>> = {};
  for (const code of languageCodes) {
    const lang = ds.languages.get(code);
    if (!lang) continue; // "multi": a mean over languages has no coverage
    languages[code] = {
      code,
      name: lang.name,
      script: lang.script,
      rootsPct: lang.roots_pct?.text ?? null,
      cld3Pct: lang.roots_cld3_pct?.text ?? null,
    };
    for (const m of models) {
      const model = ds.models.get(m.id)!;
      (coverage[m.id] ??= {})[code] = coverageOf(model, lang, ds.corpora).level;
    }
  }
  const sources: Record<string, SliceSource> = {};
  for (const id of sourceIds) {
    const s = ds.sources.get(id)!;
    sources[id] = { id, title: s.title, url: sourceLink(s) };
  }
  return { models, languages, coverage, sources, rows, promptRows };
}
