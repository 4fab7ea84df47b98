/**
 * All number and label formatting goes through here. Published values are shown as
 * published: formatting never rounds, it only adds a unit where the axis does not say it.
 */
import type { Unit } from '../data/units';

export function formatPublished(text: string, unit: Unit): string {
  return unit === 'percent' ? `${text}%` : text;
}

/** 176000000000 → "176B", 560000000 → "560M": parameter counts as people say them. */
export function formatParams(params: number | null): string {
  if (params === null) return 'size not published';
  if (params >= 1e9) return `${trimDecimal(params / 1e9)}B`;
  if (params >= 1e6) return `${trimDecimal(params / 1e6)}M`;
  return String(params);
}

function trimDecimal(n: number): string {
  // Parameter counts are stored exactly (7100000000); division by 1e9 can leave float
  // noise (7.1000000000000005), which this removes without changing a published digit.
  return String(Number(n.toPrecision(12)));
}

/** The short note a missing cell carries in tables, charts and exports. */
export const MISSING_TEXT = {
  'not-evaluated': 'not evaluated',
  hidden: 'hidden by publisher',
  'not-applicable': 'not applicable',
} as const;

/** The non-colour mark of a highlighted category (bold label + this marker). */
export const HIGHLIGHT_MARK = '◆';

/** Values computed here (means), never published ones: two decimals, marked as computed. */
export function formatDerived(value: number): string {
  return value.toFixed(2);
}
