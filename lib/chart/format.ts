/**
 * All number and label formatting goes through here. Published values are read through one
 * rule (lib/chart/shown-number.ts: as published up to 4 decimals, a longer float shortened
 * with its exact text kept beside it); this adds a unit where the axis does not say it.
 */
import type { Unit } from '../data/units';
import { shownNumber } from './shown-number';

/**
 * A published number as text for a sentence: shortened if long (tooltips), and with its exact
 * text in brackets where the reader asked for the details (`withExact`: titles, click details).
 */
export function formatPublished(text: string, unit: Unit, decimals: number | null = null, withExact = false): string {
  const shown = shownNumber(text, decimals);
  const withUnit = (t: string) => (unit === 'percent' ? `${t}%` : t);
  return shown.exact === null || !withExact ? withUnit(shown.text) : `${withUnit(shown.text)} (exactly ${withUnit(shown.exact)})`;
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

/** Why a cell has no number, in words a tooltip can give beside MISSING_TEXT. */
export const MISSING_WHY = {
  'not-evaluated': 'the source publishes no number for this cell (not a zero)',
  hidden: 'the publisher shows the cell but withholds its value',
  'not-applicable': 'the measure does not apply here',
} as const;
/** The mark of the best number of a column (with the word "best"), never colour alone. */
export const BEST_MARK = '▲';
/** The mark of a number at or below its chance level (with the words), never colour alone. */
export const NOT_ABOVE_MARK = '▽';

/** The non-colour mark of a highlighted category (bold label + this marker). */
export const HIGHLIGHT_MARK = '◆';

/** A reference line's value in words: as published, or computed (two decimals), with the unit. */
export function formatReference(ref: { value: number; published: string | null }, unit: Unit): string {
  return ref.published !== null ? formatPublished(ref.published, unit) : `${formatDerived(ref.value)}${unit === 'percent' ? '%' : ''}`;
}

/** Values computed here (means), never published ones: two decimals, marked as computed. */
export function formatDerived(value: number): string {
  return value.toFixed(2);
}
