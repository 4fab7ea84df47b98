/**
 * CSV in and out through PapaParse. Parsing never uses dynamicTyping: every column is
 * converted by its schema, and every problem is reported with file, line and field.
 */
import Papa from 'papaparse';
import type { z } from 'zod';

export interface DataIssue {
  file: string;
  /** 1-based line where the record starts (records may span lines inside quotes). */
  line: number;
  field?: string;
  message: string;
}

export function formatIssue(issue: DataIssue): string {
  const where = `${issue.file}:${issue.line}`;
  return issue.field ? `${where} field "${issue.field}": ${issue.message}` : `${where}: ${issue.message}`;
}

export class DataError extends Error {
  constructor(readonly issues: DataIssue[]) {
    const shown = issues.slice(0, 20).map(formatIssue);
    const more = issues.length > 20 ? [`… and ${issues.length - 20} more`] : [];
    super(['Invalid data:', ...shown, ...more].join('\n  '));
    this.name = 'DataError';
  }
}

export interface ParsedCsv<T> {
  rows: T[];
  /** Line of each row in `rows`, for issues found after parsing (e.g. dangling ids). */
  lines: number[];
  issues: DataIssue[];
}

/** Splits CSV text into raw records with the line each one starts on. */
export function readRecords(text: string): { records: string[][]; lines: number[]; errors: { line: number; message: string }[] } {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  const lines: number[] = [];
  const errors: { line: number; message: string }[] = [];
  let line = 1;
  let consumed = 0;
  Papa.parse<string[]>(body, {
    delimiter: ',',
    quoteChar: '"',
    skipEmptyLines: true,
    step(result) {
      const end = result.meta.cursor;
      // Count line breaks before this record's first character to know where it starts.
      let start = consumed;
      while (start < end && (body[start] === '\n' || body[start] === '\r')) {
        if (body[start] === '\n') line++;
        start++;
      }
      records.push(result.data);
      lines.push(line);
      for (const e of result.errors) errors.push({ line, message: e.message });
      for (let i = start; i < end; i++) if (body.charCodeAt(i) === 10) line++;
      consumed = end;
    },
  });
  return { records, lines, errors };
}

export function parseCsv<S extends z.ZodObject>(text: string, file: string, schema: S): ParsedCsv<z.output<S>> {
  const expected = Object.keys(schema.shape);
  const { records, lines, errors } = readRecords(text);
  const issues: DataIssue[] = errors.map((e) => ({ file, line: e.line, message: `CSV syntax: ${e.message}` }));
  const rows: z.output<S>[] = [];
  const rowLines: number[] = [];
  const header = records[0];
  if (!header) return { rows, lines: rowLines, issues: [...issues, { file, line: 1, message: 'file is empty (no header row)' }] };

  const unknown = header.filter((c) => !expected.includes(c));
  const missing = expected.filter((c) => !header.includes(c));
  for (const c of unknown) issues.push({ file, line: 1, field: c, message: `unknown column (expected: ${expected.join(', ')})` });
  for (const c of missing) issues.push({ file, line: 1, field: c, message: 'required column is missing' });
  if (unknown.length || missing.length) return { rows, lines: rowLines, issues };

  for (let r = 1; r < records.length; r++) {
    const record = records[r];
    const line = lines[r];
    if (record.length !== header.length) {
      issues.push({ file, line, message: `has ${record.length} fields, the header has ${header.length}` });
      continue;
    }
    const raw: Record<string, string> = {};
    header.forEach((c, i) => (raw[c] = record[i]));
    const parsed = schema.safeParse(raw);
    if (parsed.success) {
      rows.push(parsed.data);
      rowLines.push(line);
    } else {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0] ?? '');
        const value = raw[field];
        issues.push({ file, line, field, message: `${issue.message} (got ${JSON.stringify(value)})` });
      }
    }
  }
  return { rows, lines: rowLines, issues };
}

/** Serialises rows with a fixed column order; used for the shipped data files. */
export function toCsv(columns: readonly string[], rows: readonly Record<string, string>[]): string {
  return Papa.unparse({ fields: [...columns], data: rows.map((r) => columns.map((c) => r[c] ?? '')) }, { delimiter: ',', newline: '\n' }) + '\n';
}
