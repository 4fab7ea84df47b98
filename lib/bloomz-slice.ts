/**
 * The part of the BLOOMZ/mT0 results one page needs, as plain JSON-able data. Pages
 * build a slice on the server and hand it to their components; nothing downstream
 * sees the whole dataset.
 */
import { coverageOf, type CoverageLevel } from './coverage';
import type { Dataset } from './load';
import { seriesColor } from './palette';
import type { BloomzResultRow, PromptSet } from './schema';
import type { Unit } from './units';
import { packRows, unpackRows, type PackedRows } from './packed-rows';

export interface SliceModel {
  id: string;
  label: string;
  family: string;
  params: number | null;
  paramsLabel: string;
  finetune: string;
  color: string;
}

export interface SliceLanguage {
  code: string;
  name: string;
  script: string;
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

export interface BloomzSlice {
  models: SliceModel[];
  languages: Record<string, SliceLanguage>;
  /** coverage[model][language] */
  coverage: Record<string, Record<string, CoverageLevel>>;
  sources: Record<string, SliceSource>;
  rows: SliceRow[];
}

/** What crosses from server to browser: the slice with its rows packed. */
export type PackedBloomzSlice = Omit<BloomzSlice, 'rows'> & { rows: PackedRows<keyof SliceRow> };

const ROW_COLUMNS: (keyof SliceRow)[] = ['model', 'promptSet', 'metric', 'dataset', 'config', 'language', 'value', 'unit', 'source', 'notes'];

export function packBloomzSlice(slice: BloomzSlice): PackedBloomzSlice {
  return { ...slice, rows: packRows(slice.rows as unknown as Record<keyof SliceRow, string>[], ROW_COLUMNS) };
}

export function unpackBloomzSlice(packed: PackedBloomzSlice): BloomzSlice {
  // Every SliceRow field is a string; the packed rows came from packBloomzSlice.
  return { ...packed, rows: unpackRows(packed.rows) as unknown as SliceRow[] };
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
      color: seriesColor(m.family, familyShadeIndex(m.id, m.family, ds), families.indexOf(m.family)),
    });
  }
  return out;
}

/** The largest model of a family gets the base hue; the rest follow by size, then id. */
function familyShadeIndex(id: string, family: string, ds: Dataset): number {
  const members = [...ds.models.values()]
    .filter((m) => m.suite === 'bloomz' && m.family === family)
    .sort((a, b) => (b.params ?? 0) - (a.params ?? 0) || a.id.localeCompare(b.id));
  return members.findIndex((m) => m.id === id);
}

export function bloomzSlice(ds: Dataset, keep: (row: BloomzResultRow) => boolean): BloomzSlice {
  const rows: SliceRow[] = [];
  const languageCodes = new Set<string>();
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
  const models = bloomzModels(ds);
  const languages: Record<string, SliceLanguage> = {};
  const coverage: Record<string, Record<string, CoverageLevel>> = {};
  for (const code of languageCodes) {
    const lang = ds.languages.get(code);
    if (!lang) continue; // "multi": a mean over languages has no coverage
    languages[code] = { code, name: lang.name, script: lang.script };
    for (const m of models) {
      const model = ds.models.get(m.id)!;
      (coverage[m.id] ??= {})[code] = coverageOf(model, lang, ds.corpora).level;
    }
  }
  const sources: Record<string, SliceSource> = {};
  for (const id of sourceIds) {
    const s = ds.sources.get(id)!;
    sources[id] = { id, title: s.title, url: s.url };
  }
  return { models, languages, coverage, sources, rows };
}
