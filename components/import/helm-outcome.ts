/**
 * What a HELM import will add to the dashboard, so a file that adds nothing says so and why,
 * and where each kept score will appear once the published columns are known.
 */
import { helmColumnFinder, type HelmColumn } from '@/lib/helm/columns';
import type { HelmRow } from '@/lib/importers/types';
import { chartableHelmRow } from '@/lib/yours/user-results';

export interface HelmOutcome {
  /** Cells that will be saved as the reader's HELM scores. */
  kept: HelmRow[];
  /** Why the other cells are not kept, in words with their count ("2 empty cells (not evaluated)"), in a fixed order. */
  leftOut: { reason: string; count: number }[];
}

const REASONS = [
  { one: 'count or size ("General information"), not a score', many: 'counts or sizes ("General information"), not scores', test: (r: HelmRow) => r.kind === 'info' },
  { one: 'mean win rate (relative to the models in its table)', many: 'mean win rates (relative to the models in their table)', test: (r: HelmRow) => r.metric === 'Mean win rate' },
  { one: 'empty cell (not evaluated)', many: 'empty cells (not evaluated)', test: (r: HelmRow) => r.status === 'not-evaluated' },
  { one: 'score in a column that names no scenario (run group)', many: 'scores in columns that name no scenario (run group)', test: (r: HelmRow) => r.run_group === null },
] as const;

type Reason = (typeof REASONS)[number];

const reasonOf = (row: HelmRow): Reason => REASONS.find((x) => x.test(row)) ?? REASONS[REASONS.length - 1];

const describeReason = (reason: Reason, count: number) => `${count} ${count === 1 ? reason.one : reason.many}`;

export function helmOutcome(rows: readonly HelmRow[]): HelmOutcome {
  const kept = rows.filter(chartableHelmRow);
  const counts = new Map<Reason, number>();
  for (const r of rows) if (!chartableHelmRow(r)) counts.set(reasonOf(r), (counts.get(reasonOf(r)) ?? 0) + 1);
  return { kept, leftOut: REASONS.filter((x) => counts.has(x)).map((x) => ({ reason: describeReason(x, counts.get(x)!), count: counts.get(x)! })) };
}

/** "1 mean win rate (…); 3 empty cells (…)": what was not kept, for the reader. */
export function leftOutText(outcome: HelmOutcome): string {
  return outcome.leftOut.map((x) => x.reason).join('; ');
}

/** Why nothing from a HELM file will be shown, or null when some scores are kept. */
export function nothingShownReason(rows: readonly HelmRow[], outcome: HelmOutcome): string | null {
  if (outcome.kept.length) return null;
  if (!rows.length) return 'Nothing from this file will be shown: its tables have no cells the dashboard could read (no model rows with a value or an empty cell).';
  return `Nothing from this file will be shown: none of its ${rows.length} cell${rows.length === 1 ? ' is a score' : 's is a score'} a HELM leaderboard column can hold. It has ${leftOutText(outcome)}.`;
}

export interface HelmPlacement {
  /** The published columns a kept score joins as a ★ row; [] for none. */
  columnsOf: (row: HelmRow) => HelmColumn[];
  placed: number;
  unplaced: number;
}

export function placeHelmCells(kept: readonly HelmRow[], columns: readonly HelmColumn[]): HelmPlacement {
  const find = helmColumnFinder(columns);
  const columnsOf = (r: HelmRow) => (r.run_group === null ? [] : find({ scenario: r.run_group, metricTab: r.metric_tab, metric: r.metric }));
  const unplaced = kept.filter((r) => columnsOf(r).length === 0).length;
  return { columnsOf, placed: kept.length - unplaced, unplaced };
}

/** Where the kept scores go, in one sentence; null when every one of them has a column. */
export function unplacedText(p: HelmPlacement): string | null {
  const total = p.placed + p.unplaced;
  if (!p.unplaced) return null;
  const rule = 'the same scenario (run group), tab and metric';
  if (!p.placed) return total === 1 ? `The score matches no published HELM column (${rule}): saved, it would be shown nowhere.` : `None of the ${total} scores matches a published HELM column (${rule}): saved, they would be shown nowhere.`;
  const one = p.unplaced === 1;
  return `${p.unplaced} of the ${total} scores ${one ? 'matches' : 'match'} no published HELM column (${rule}): saved, ${one ? 'it' : 'they'} would be shown nowhere (marked below). The other ${p.placed === 1 ? 'one appears' : `${p.placed} appear`} as ★ rows.`;
}
