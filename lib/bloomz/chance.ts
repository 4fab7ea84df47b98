/**
 * Chance levels of the paper's classification datasets as reference lines: 1 / the number of
 * labels or options written in the catalogue. One line per distinct level, so a page that mixes
 * 2-option and 3-label datasets (a language page) draws both, each naming its datasets.
 */
import type { ChartCategory, ChartReference } from '../chart/data';
import type { Unit } from '../data/units';
import { choicesOf, datasetInfo, type Choices } from './catalog';

export interface ChanceInput {
  dataset: string;
  config: string;
}

const scaleOf = (unit: Unit): number | null => (unit === 'percent' ? 100 : unit === 'fraction' ? 1 : null);

const nameOf = (dataset: string, config: string) => (datasetInfo(dataset).choicesByConfig?.[config] ? `${datasetInfo(dataset).name.replace(/ \(.*$/, '')} ${config.toUpperCase()}` : datasetInfo(dataset).name);

/**
 * The chance references for these categories, and the categories with the key of the reference
 * they are read against. A category without defined choices (HumanEval) gets none.
 */
export function withChance<C extends ChartCategory>(categories: C[], inputOf: (key: string) => ChanceInput | undefined, unit: Unit): { categories: C[]; references: ChartReference[] } {
  const scale = scaleOf(unit);
  if (scale === null) return { categories, references: [] };
  const levels = new Map<number, { count: number; of: Set<string>; sources: Map<string, string> }>();
  const keyOf = new Map<string, string>();
  for (const c of categories) {
    const input = inputOf(c.key);
    const choices: Choices | null = input ? choicesOf(input.dataset, input.config) : null;
    if (!input || !choices) continue;
    let level = levels.get(choices.count);
    if (!level) levels.set(choices.count, (level = { count: choices.count, of: new Set(), sources: new Map() }));
    level.of.add(choices.of);
    level.sources.set(nameOf(input.dataset, input.config), choices.source);
    keyOf.set(c.key, `chance-${choices.count}`);
  }
  const references: ChartReference[] = [...levels.values()]
    .sort((a, b) => b.count - a.count)
    .map((l) => {
      const of = [...l.of].join(' or ');
      const datasets = [...l.sources.entries()].map(([name, source]) => `${name}: ${source}`).join('; ');
      return {
        key: `chance-${l.count}`,
        value: scale / l.count,
        label: levels.size > 1 ? `chance (${l.count} ${of})` : 'chance',
        published: null,
        about: `1 / ${l.count} ${of}, the accuracy of a uniform random guess; ${datasets}`,
        source: null,
      };
    });
  return { categories: categories.map((c) => (keyOf.has(c.key) ? { ...c, reference: keyOf.get(c.key) } : c)), references };
}

/** For categories keyed "dataset|config|…", as the per-language views key them. */
export const fromCategoryKey = (key: string): ChanceInput => {
  const [dataset, config] = key.split('|');
  return { dataset, config: config ?? '' };
};
