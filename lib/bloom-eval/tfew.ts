/**
 * T-Few's two tables (Liu et al. 2022) as typed from the paper. A value keeps its printed
 * text ("4.2 MB", "75.8%", "0"); the number is read from it in the row's unit (sizes in
 * decimal units as printed). "0" is a published zero, never a missing value.
 */
import { PUBLISHED_NUMBER } from '../data/published-number';

export interface TfewRow {
  table: string;
  method: string;
  metric: string;
  published: string;
  value: string;
  unit: string;
  lower_is_better: string;
  source: string;
  note: string;
}

const SIZE_FACTORS: Readonly<Record<string, string>> = { B: '', kB: 'e3', MB: 'e6', GB: 'e9' };
const UNIT_OF: Readonly<Record<string, string>> = { percent: 'percent', FLOPs: 'flops', bytes: 'bytes' };

/** "4.2 MB" → "4.2e6", "75.8%" → "75.8", "1.1e12" → "1.1e12": the number without arithmetic on floats. */
export function tfewNumber(published: string, unit: string, where: string): string {
  const pct = /^(\S+)%$/.exec(published);
  const size = /^(\S+) (B|kB|MB|GB)$/.exec(published);
  const number = unit === 'percent' && pct ? pct[1] : unit === 'bytes' && size ? `${size[1]}${SIZE_FACTORS[size[2]]}` : unit === 'FLOPs' ? published : null;
  if (number === null || !PUBLISHED_NUMBER.test(number)) throw new Error(`${where}: "${published}" is not a ${unit} value as published`);
  return number;
}

export function readTfewRows(records: Record<string, string>[], file: string): TfewRow[] {
  return records.map((r, i) => {
    const where = `${file}:${i + 2}`;
    const unit = UNIT_OF[r.unit] ?? null;
    if (!unit) throw new Error(`${where}: unit "${r.unit}" not understood`);
    if (r.lower_is_better !== 'true' && r.lower_is_better !== 'false') throw new Error(`${where}: lower_is_better "${r.lower_is_better}"`);
    return {
      table: r.table,
      method: r.method,
      metric: r.metric,
      published: r.value_as_published,
      value: tfewNumber(r.value_as_published, r.unit, where),
      unit,
      lower_is_better: r.lower_is_better,
      source: r.source_id,
      note: r.note,
    };
  });
}
