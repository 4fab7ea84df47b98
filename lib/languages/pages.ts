/**
 * Which languages get a page under /languages. Every natural language of languages.csv
 * does, not only the ones the BLOOMZ/mT0 paper evaluated: whether a model's training data
 * held Yoruba is what a practitioner choosing a model for Yoruba needs most, and that is
 * known for all of them even where the paper published no number.
 */
import { bloomzEvaluationLanguages } from '../bloomz/queries';
import { MULTI_LANGUAGE, type Dataset } from '../data/load';
import type { Language } from '../data/schema';
import { compareText } from '../chart/sort';

/** ROOTS and xP3 list programming code as a "language" (script n/a); it has no language page. */
export function isNaturalLanguage(language: Language): boolean {
  return language.code !== MULTI_LANGUAGE && language.script !== 'n/a';
}

/** Every natural language of languages.csv, by name: the codes /languages/<code> serves. */
export function pageLanguages(ds: Dataset): Language[] {
  return [...ds.languages.values()].filter(isNaturalLanguage).sort((a, b) => compareText(a.name, b.name));
}

/** Natural languages the BLOOMZ/mT0 paper published no result in, by name. */
export function languagesWithoutResults(ds: Dataset): Language[] {
  const evaluated = new Set(bloomzEvaluationLanguages(ds).map((l) => l.code));
  return pageLanguages(ds).filter((l) => !evaluated.has(l.code));
}

export function hasBloomzResults(ds: Dataset, code: string): boolean {
  return ds.bloomz.some((r) => r.language === code);
}
