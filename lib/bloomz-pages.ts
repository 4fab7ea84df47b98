/**
 * The slices each BLOOMZ page hands to its charts: only the rows that page can show.
 */
import { bloomzSlice, packBloomzSlice, type PackedBloomzSlice } from './bloomz-slice';
import type { Dataset } from './load';
import { PROMPT_TABLE_METRIC } from './views/prompt-table';

export function multilingualDatasets(ds: Dataset): string[] {
  const languages = new Map<string, Set<string>>();
  for (const r of ds.bloomz) if (r.language !== 'multi') languages.set(r.dataset, (languages.get(r.dataset) ?? new Set()).add(r.language));
  return [...languages.entries()].filter(([, l]) => l.size > 1).map(([d]) => d);
}

/** Per-language results of the multilingual datasets: the unseen, scaling and prompt views. */
export function multilingualSlice(ds: Dataset, opts: { withPrompts?: boolean; promptSets?: string[]; metrics?: string[] } = {}): PackedBloomzSlice {
  const datasets = new Set(multilingualDatasets(ds));
  return packBloomzSlice(
    bloomzSlice(
      ds,
      (r) => datasets.has(r.dataset) && r.language !== 'multi' && (!opts.promptSets || opts.promptSets.includes(r.prompt_set)) && (!opts.metrics || opts.metrics.includes(r.metric)),
      opts.withPrompts ? (r) => datasets.has(r.dataset) : undefined,
    ),
  );
}

export function promptTableSlice(ds: Dataset): PackedBloomzSlice {
  return packBloomzSlice(bloomzSlice(ds, (r) => r.metric === PROMPT_TABLE_METRIC));
}
