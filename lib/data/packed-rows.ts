/**
 * A compact, JSON-safe encoding for the rows a page hands to the browser: every value is
 * an index into one string dictionary. Result rows repeat model, prompt set, metric and
 * language names thousands of times; this keeps a task page's inline data small.
 */
export interface PackedRows<K extends string> {
  columns: K[];
  dict: string[];
  rows: number[][];
}

export function packRows<K extends string>(rows: readonly Readonly<Record<K, string>>[], columns: readonly K[]): PackedRows<K> {
  const dict: string[] = [];
  const index = new Map<string, number>();
  const intern = (v: string) => {
    let i = index.get(v);
    if (i === undefined) {
      i = dict.length;
      dict.push(v);
      index.set(v, i);
    }
    return i;
  };
  return { columns: [...columns], dict, rows: rows.map((r) => columns.map((c) => intern(r[c]))) };
}

export function unpackRows<K extends string>(packed: PackedRows<K>): Record<K, string>[] {
  return packed.rows.map((r) => {
    const row = {} as Record<K, string>;
    packed.columns.forEach((c, i) => (row[c] = packed.dict[r[i]]));
    return row;
  });
}
