/**
 * A model's rank among all models that published a number for the same cell (prompt set,
 * statistic, dataset, config, language and unit). Computed here, never published: pages say
 * so. Ties are ties ("2=" for two models with the same value), competition ranking (1, 2=, 2=, 4).
 */
import type { CellRank } from '../chart/data';
import type { Dataset } from '../data/load';
import type { BloomzResultRow } from '../data/schema';


type RankRow = Pick<BloomzResultRow, 'prompt_set' | 'metric' | 'dataset' | 'config' | 'language' | 'unit'>;

export const rankKey = (r: { promptSet: string; metric: string; dataset: string; config: string; language: string; unit: string }) =>
  [r.promptSet, r.metric, r.dataset, r.config, r.language, r.unit].join('|');

const keyOfRow = (r: RankRow) => rankKey({ ...r, promptSet: r.prompt_set });

/** One number per model and cell: the paper's own table first when a model card publishes it too. */
function perModel(rows: BloomzResultRow[]): Map<string, BloomzResultRow> {
  const out = new Map<string, BloomzResultRow>();
  for (const r of rows) {
    const had = out.get(r.model);
    if (!had || (!had.source.startsWith('xmtf_') && r.source.startsWith('xmtf_'))) out.set(r.model, r);
  }
  return out;
}

export function rankAmong(value: number, others: readonly number[], lowerIsBetter: boolean): CellRank {
  const better = others.filter((v) => (lowerIsBetter ? v < value : v > value)).length;
  return { rank: better + 1, of: others.length, tied: others.filter((v) => v === value).length };
}

/** The model's rank in every cell it has a number in, by rankKey. */
export function modelRanks(ds: Dataset, model: string): Record<string, CellRank> {
  const groups = new Map<string, BloomzResultRow[]>();
  for (const r of ds.bloomz) {
    const key = keyOfRow(r);
    const list = groups.get(key);
    if (list) list.push(r);
    else groups.set(key, [r]);
  }
  const out: Record<string, CellRank> = {};
  for (const [key, rows] of groups) {
    const byModel = perModel(rows);
    const own = byModel.get(model);
    if (!own) continue;
    out[key] = rankAmong(own.value.number, [...byModel.values()].map((r) => r.value.number), own.lower_is_better);
  }
  return out;
}

/** "1", "2=" (tied), for tables. */
export function rankText(r: CellRank): string {
  return `${r.rank}${r.tied > 1 ? '=' : ''}`;
}
