/**
 * Questions pages ask of the BLOOMZ/mT0 results: which datasets and languages exist,
 * and how each model family covers a language.
 */
import { BLOOMZ_DATASETS } from './catalog';
import { describeCoverage } from '../coverage/coverage';
import { MULTI_LANGUAGE, type Dataset } from '../data/load';
import type { Language, Model } from '../data/schema';
import { compareText } from '../chart/sort';

/** Dataset ids in the catalogue's order, then any the catalogue does not know. */
export function bloomzDatasetIds(ds: Dataset): string[] {
  const present = [...new Set(ds.bloomz.map((r) => r.dataset))];
  const known = Object.keys(BLOOMZ_DATASETS).filter((id) => present.includes(id));
  return [...known, ...present.filter((id) => !known.includes(id))];
}

/** Natural languages with at least one BLOOMZ/mT0 result, by name. */
export function bloomzEvaluationLanguages(ds: Dataset): Language[] {
  const codes = new Set(ds.bloomz.map((r) => r.language));
  return [...ds.languages.values()].filter((l) => codes.has(l.code) && l.code !== MULTI_LANGUAGE && l.script !== 'n/a').sort((a, b) => compareText(a.name, b.name));
}

export function languagesOfDataset(ds: Dataset, dataset: string): Language[] {
  const codes = [...new Set(ds.bloomz.filter((r) => r.dataset === dataset).map((r) => r.language))];
  return codes.map((c) => ds.languages.get(c)).filter((l): l is Language => l !== undefined && l.script !== 'n/a');
}

export function bloomzSuiteModels(ds: Dataset): Model[] {
  return [...ds.models.values()].filter((m) => m.suite === 'bloomz');
}

/** Models of the paper with at least one published result, in models.csv order. */
export function bloomzModelsWithResults(ds: Dataset): string[] {
  const withResults = new Set(ds.bloomz.map((r) => r.model));
  return bloomzSuiteModels(ds).map((m) => m.id).filter((id) => withResults.has(id));
}

/** Coverage sentences for one language, one per model family and training-data combination. */
export function familyCoverage(ds: Dataset, language: Language) {
  const byFamily = new Map<string, Model[]>();
  for (const m of bloomzSuiteModels(ds)) byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
  return [...byFamily.entries()].flatMap(([family, models]) => describeCoverage(language, models, ds.corpora).map((d) => ({ family, ...d })));
}

/** Datasets with results in more than one language: the unseen, scaling and prompt views are about them. */
export function multilingualDatasets(ds: Dataset): string[] {
  const languages = new Map<string, Set<string>>();
  for (const r of ds.bloomz) if (r.language !== 'multi') languages.set(r.dataset, (languages.get(r.dataset) ?? new Set()).add(r.language));
  return [...languages.entries()].filter(([, l]) => l.size > 1).map(([d]) => d);
}
