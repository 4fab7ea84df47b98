/**
 * One chart cell from the published rows for it. Usually there is one; for HumanEval the
 * paper (in percent) and BLOOM's model cards (as fractions, one of them copied from another
 * model) both publish a number for the same cell. Keeping only one would silently drop a
 * published number, so one is drawn and the others travel with it as "also published".
 */
import type { SliceRow } from './slice';
import type { ChartCell } from '../chart/data';
import type { CoverageLevel } from '../coverage/coverage';
import type { Unit } from '../data/units';

/** The paper's own tables (xmtf notebooks) come before model cards when both publish a cell. */
const fromPaper = (r: SliceRow) => r.source.startsWith('xmtf_');

/** Rows grouped by cell key, in data order within a group. */
export function rowsByCell(rows: SliceRow[], keyOf: (r: SliceRow) => string): Map<string, SliceRow[]> {
  const out = new Map<string, SliceRow[]>();
  for (const r of rows) {
    const key = keyOf(r);
    const list = out.get(key);
    if (list) list.push(r);
    else out.set(key, [r]);
  }
  return out;
}

/** The row to draw: one on the chart's axis unit first, then the paper's over a model card's, then data order. */
export function drawnRow(rows: SliceRow[], axisUnit: Unit): SliceRow {
  const rank = (r: SliceRow) => (r.unit === axisUnit ? 0 : 2) + (fromPaper(r) ? 0 : 1);
  return rows.reduce((best, r) => (rank(r) < rank(best) ? r : best));
}

export function reportedCell(category: string, series: string, rows: SliceRow[], axisUnit: Unit, coverage: CoverageLevel | null): ChartCell {
  const r = drawnRow(rows, axisUnit);
  const others = rows.filter((x) => x !== r);
  const cell: ChartCell = {
    category,
    series,
    state: 'reported',
    value: Number(r.value),
    published: r.value,
    unit: r.unit,
    source: r.source,
    coverage,
    offAxis: r.unit !== axisUnit,
    note: r.notes,
  };
  if (others.length) cell.alsoPublished = others.map((o) => ({ published: o.value, unit: o.unit, source: o.source, note: o.notes, label: 'also published' }));
  return cell;
}

export function notEvaluatedCell(category: string, series: string, coverage: CoverageLevel | null): ChartCell {
  return { category, series, state: 'not-evaluated', value: null, published: null, unit: null, source: null, coverage, offAxis: false, note: '' };
}
