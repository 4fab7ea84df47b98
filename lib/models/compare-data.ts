/**
 * Everything the head-to-head page compares, as one JSON-able object: built on the server
 * for a request, and shipped as /compare-data.json for the static export's browser.
 */
import { bloomzSlice, packBloomzSlice, unpackBloomzSlice, type BloomzSlice, type PackedBloomzSlice } from '../bloomz/slice';
import { bloomzModelsWithResults } from '../bloomz/queries';
import { PROMPT_CHOICES, STAT_CHOICES } from '../bloomz/catalog';
import type { Dataset } from '../data/load';
import type { ParamSource } from '../url/params';
import { decodeH2H, H2H_PROMPTS, H2H_STATS, headToHead, type H2HRow, type H2HSpec } from './head-to-head';

export interface PackedCompareData {
  slice: PackedBloomzSlice;
  /** Models with at least one result, in models.csv order. */
  models: string[];
  /** Metrics whose rows say lower is better. */
  lowerIsBetter: string[];
}

export function compareData(ds: Dataset): PackedCompareData {
  const prompts = new Set<string>(H2H_PROMPTS.map((p) => PROMPT_CHOICES[p].promptSet));
  const metrics = new Set<string>(H2H_STATS.map((s) => STAT_CHOICES[s].metric));
  const keep = (r: Dataset['bloomz'][number]) => prompts.has(r.prompt_set) && metrics.has(r.metric) && r.language !== 'multi';
  return {
    slice: packBloomzSlice(bloomzSlice(ds, keep)),
    models: bloomzModelsWithResults(ds),
    lowerIsBetter: [...new Set(ds.bloomz.filter((r) => keep(r) && r.lower_is_better).map((r) => r.metric))],
  };
}

export interface H2HResult {
  spec: H2HSpec;
  problems: string[];
  models: { id: string; label: string }[];
  rows: H2HRow[];
  aBetter: number;
  bBetter: number;
  sources: BloomzSlice['sources'];
}

export function compareFromUrl(data: PackedCompareData, params: ParamSource): H2HResult {
  const slice = unpackBloomzSlice(data.slice);
  const { spec, problems } = decodeH2H(params, data.models);
  const lower = new Set(data.lowerIsBetter);
  const result = headToHead(slice.rows, spec, (code) => slice.languages[code]?.name ?? code, (m, l) => slice.coverage[m]?.[l] ?? null, (metric) => lower.has(metric));
  const models = slice.models.filter((m) => data.models.includes(m.id)).map((m) => ({ id: m.id, label: m.label }));
  return { spec, problems, models, ...result, sources: slice.sources };
}
