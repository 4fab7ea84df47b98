/**
 * How a published number reads on screen. The published text is the value; what is shown
 * is the published text itself when it has at most 4 decimals, and otherwise a shortened
 * reading of it (a float printed with 16 digits is noise to a reader, not precision). A
 * shortened number always travels with its exact text (a title, the click details, the CSV).
 */
import { PUBLISHED_NUMBER } from '../data/published-number';
import type { ChartData } from './data';

/** Decimals shown as published; a number with more is shortened. */
export const MAX_SHOWN_DECIMALS = 4;
/** A shortened number keeps this many significant digits (more when its integer part has more). */
export const SHOWN_SIGNIFICANT = 4;

export interface ShownNumber {
  /** What the reader sees. */
  text: string;
  /** The exact published text, when `text` is a shortened reading of it; null when they are the same. */
  exact: string | null;
}

/** The decimals a published text carries: "0.25" 2, "1e-5" 5, "3.2e-5" 6, "120" 0. */
export function decimalsOf(text: string): number {
  const m = /^-?(\d*)(?:\.(\d*))?(?:[eE]([-+]?\d+))?$/.exec(text.trim());
  if (!m) return 0;
  return Math.max(0, (m[2]?.length ?? 0) - Number(m[3] ?? 0));
}

/** Digits before the decimal point of |x| (0 for |x| < 1). */
function integerDigits(x: number): number {
  const a = Math.abs(x);
  return a < 1 ? 0 : Math.floor(Math.log10(a)) + 1;
}

/** x to `significant` digits, never in exponent form for numbers a reader meets here (1e-6 and up). */
function toSignificant(x: number, significant: number): string {
  const digits = Math.min(21, Math.max(significant, integerDigits(x)));
  return String(Number(x.toPrecision(digits)));
}

/**
 * The reading of one published number. `decimals`: the precision of the table it sits in
 * (see tableDecimals); without one, up to 4 decimals are shown as published and a longer
 * number is shown to 4 significant digits.
 */
export function shownNumber(text: string, decimals: number | null = null): ShownNumber {
  if (!PUBLISHED_NUMBER.test(text)) return { text, exact: null };
  const limit = decimals ?? MAX_SHOWN_DECIMALS;
  if (decimalsOf(text) <= limit) return { text, exact: null };
  const x = Number(text);
  let shown = decimals === null ? toSignificant(x, SHOWN_SIGNIFICANT) : x.toFixed(decimals);
  // A small number at the table's precision would read as 0 (0.00003 at 4 decimals): never show a non-zero as zero.
  if (x !== 0 && Number(shown) === 0) shown = toSignificant(x, SHOWN_SIGNIFICANT);
  return shown === text ? { text, exact: null } : { text: shown, exact: text };
}

/**
 * One precision for a table of published numbers: null when every number has at most 4
 * decimals (all shown as published, as HELM Classic's 3-decimal tabs); otherwise the decimals
 * that give the largest number 4 significant digits, at most 4, so a column of numbers lines
 * up at one precision. Numbers published with fewer decimals are shown as published (never
 * padded with zeros they did not have).
 */
export function tableDecimals(texts: Iterable<string>): number | null {
  let longest = 0;
  let largest = 0;
  for (const t of texts) {
    if (!PUBLISHED_NUMBER.test(t)) continue;
    longest = Math.max(longest, decimalsOf(t));
    largest = Math.max(largest, Math.abs(Number(t)));
  }
  if (longest <= MAX_SHOWN_DECIMALS) return null;
  return Math.max(0, Math.min(MAX_SHOWN_DECIMALS, SHOWN_SIGNIFICANT - integerDigits(largest)));
}

/**
 * The precision of one chart's table, tooltips and details: null (each number by the rule
 * above) unless the chart asks for one precision per table; then from every number it shows.
 */
export function chartDecimals(data: ChartData): number | null {
  if (!data.sharedPrecision) return null;
  const cached = decimalsCache.get(data);
  if (cached !== undefined) return cached;
  const texts: string[] = [];
  for (const c of data.cells) {
    if (c.published !== null && !c.derived) texts.push(c.published);
    for (const p of c.points ?? []) texts.push(p.published);
  }
  const d = tableDecimals(texts);
  decimalsCache.set(data, d);
  return d;
}
const decimalsCache = new WeakMap<ChartData, number | null>();
