/**
 * Reading a number against its category's reference line: "at or below chance" is a fact a
 * table cell and a tooltip state in words (never by colour alone), from the same ChartData
 * the line is drawn from.
 */
import type { ChartCell, ChartData, ChartReference } from './data';
import { formatReference } from './format';

const byCategoryCache = new WeakMap<ChartData, Map<string, ChartReference>>();

function referencesByCategory(data: ChartData): Map<string, ChartReference> {
  let map = byCategoryCache.get(data);
  if (!map) {
    const refs = new Map((data.references ?? []).map((r) => [r.key, r]));
    map = new Map();
    for (const c of data.categories) {
      const r = c.reference ? refs.get(c.reference) : undefined;
      if (r) map.set(c.key, r);
    }
    byCategoryCache.set(data, map);
  }
  return map;
}

/** The reference a cell is read against, if its category has one. */
export function referenceOf(data: ChartData, category: string): ChartReference | undefined {
  return referencesByCategory(data).get(category);
}

/**
 * The reference a drawn number does not beat (at or below chance; at or above it where lower
 * is better), or undefined. A missing or off-axis number is never "at chance".
 */
export function notAbove(data: ChartData, cell: ChartCell | undefined): ChartReference | undefined {
  if (!cell || cell.state !== 'reported' || cell.offAxis || cell.value === null) return undefined;
  const ref = referenceOf(data, cell.category);
  if (!ref) return undefined;
  return (data.lowerIsBetter ? cell.value >= ref.value : cell.value <= ref.value) ? ref : undefined;
}

/** The words for a cell that does not beat its reference, e.g. "at or below chance (33.33%)". */
export function notAboveText(data: ChartData, ref: ChartReference): string {
  return `at or ${data.lowerIsBetter ? 'above' : 'below'} ${ref.label} (${formatReference(ref, data.unit)})`;
}
