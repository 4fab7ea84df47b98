/**
 * The dashboard's own CSV for user results: one number per line, long format.
 * PapaParse reads records (explicit ',' delimiter, no dynamic typing: every column is
 * converted by its zod schema), and a line with any invalid field is rejected whole,
 * with its line number: in a file the user wrote, a half-kept line would hide the mistake.
 *
 * The same validation runs on a whole string (`importDashboardCsv`), on records pushed
 * by a caller that parses with Papa's `chunk`/`step` callbacks (`createCsvRowImporter`),
 * and on raw text chunks, e.g. from `File.stream()` in a Web Worker (`createCsvTextImporter`).
 */
import { fmt, LIMITS } from './limits';
import { z } from 'zod';
import { readRecords } from '../data/csv';
import { PUBLISHED_NUMBER } from '../data/published-number';
import { UNITS } from '../data/units';
import { ResultBuilder, quote, warnDuplicateRows } from './collect';
import { DATASET_FACTS, IMPORT_DATASETS, isImportDataset } from './datasets';
import { isDashboardLanguage } from './languages';
import { lowerIsBetterOf } from './metrics';
import type { BenchmarkRow, ImportResult } from './types';
import { CSV_COLUMNS, protocolFromNotes, unguardCell } from './csv-template';

export { CSV_COLUMNS, CSV_TEMPLATE } from './csv-template';

const REQUIRED_COLUMNS = ['model', 'dataset', 'config', 'language', 'metric', 'value', 'unit'] as const;

const number = z.string().regex(PUBLISHED_NUMBER, 'is not a number (digits, optional sign, decimals, exponent; no % sign)');
const required = (what: string) => z.string().min(1, `${what} is empty`);

const lineSchema = z
  .object({
    model: required('model'),
    dataset: required('dataset'),
    config: required('config'),
    language: required('language').refine(isDashboardLanguage, 'is not a language code of languages.csv (e.g. fr, ja, sw)'),
    metric: required('metric'),
    value: number,
    unit: z.enum(UNITS, { message: `must be one of ${UNITS.join(', ')}` }),
    stderr: z.union([z.literal(''), number.refine((v) => Number(v) >= 0, 'must not be negative')]),
    n_shot: z.union([z.literal(''), z.string().regex(/^\d+$/, 'must be a whole number of shots')]),
    notes: z.string(),
  })
  .superRefine((row, ctx) => {
    // Zod runs this even when the value failed its format: one reason per value is enough.
    if (!PUBLISHED_NUMBER.test(row.value)) return;
    const n = Number(row.value);
    // A number too large for a double (1e400) would be drawn as nothing while the table shows it.
    if (!Number.isFinite(n)) ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.value} is too large to be a result` });
    else if (row.unit === 'fraction' && (n < 0 || n > 1)) ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.value} is not a fraction between 0 and 1 (write unit percent for 0–100)` });
    else if ((row.unit === 'percent' || row.unit === 'score-100') && (n < 0 || n > 100)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.value} is outside 0–100, the range of unit ${row.unit}` });
    }
  });

type Line = z.output<typeof lineSchema>;

export interface CsvRowImporter {
  /**
   * Records in file order, the header first. `lines` gives the line each record starts
   * on, or the first record's line when every record is one line (no quoted line breaks).
   */
  push(records: readonly (readonly string[])[], lines: number | readonly number[]): void;
  /** A CSV syntax error reported by the parser; call it before pushing that line's record, which is then not read. */
  syntaxError(line: number, message: string): void;
  finish(): ImportResult<BenchmarkRow>;
}

export function createCsvRowImporter(file: string): CsvRowImporter {
  const out = new ResultBuilder<BenchmarkRow>();
  let header: string[] | null = null;
  let headerOk = false;
  let skipped = 0;
  // A record the parser had to guess at (e.g. an unclosed quote) is not trusted.
  const syntaxErrorLines = new Set<number>();

  const readHeader = (record: readonly string[], line: number) => {
    header = record.map((c) => c.trim().toLowerCase());
    const missing = REQUIRED_COLUMNS.filter((c) => !header!.includes(c));
    const repeated = header.filter((c, i) => header!.indexOf(c) !== i);
    const unknown = header.filter((c) => !(CSV_COLUMNS as readonly string[]).includes(c));
    if (missing.length || repeated.length) {
      const why = [missing.length ? `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}` : '', repeated.length ? `repeated column ${repeated.join(', ')}` : ''].filter(Boolean).join('; ');
      out.reject(`line ${line}`, line, `the header is not the dashboard's (${why}); expected ${CSV_COLUMNS.join(',')}`);
      return;
    }
    for (const c of unknown) out.warn(`Column ${quote(c)} is not one of the dashboard's columns and was ignored.`);
    headerOk = true;
  };

  let lines = 0;
  let stoppedAt: number | null = null;
  const readLine = (record: readonly string[], line: number) => {
    if (stoppedAt !== null) return;
    if (++lines > LIMITS.rows) {
      stoppedAt = line;
      out.reject(`line ${line}`, line, `the file has more than ${fmt(LIMITS.rows)} result lines; the dashboard reads the first ${fmt(LIMITS.rows)}, so reading stopped at this line`);
      return;
    }
    if (syntaxErrorLines.has(line)) return;
    const cols = header!;
    if (record.length !== cols.length) {
      out.reject(`line ${line}`, line, `has ${record.length} field${record.length === 1 ? '' : 's'}, the header has ${cols.length}`);
      return;
    }
    const raw: Record<string, string> = { stderr: '', n_shot: '', notes: '' };
    cols.forEach((c, i) => (raw[c] = unguardCell(c === 'notes' ? record[i] : record[i].trim())));
    const parsed = lineSchema.safeParse(raw);
    if (!parsed.success) {
      const reasons = parsed.error.issues.map((i) => {
        const field = String(i.path[0] ?? '');
        return `${field} ${quote(raw[field] ?? '')}: ${i.message}`;
      });
      out.reject(`line ${line}`, line, reasons.join('; '));
      return;
    }
    emit(parsed.data, line);
  };

  const emit = (row: Line, line: number) => {
    const where = `line ${line}`;
    if (!isImportDataset(row.dataset)) {
      out.unmap({ where, line, task: row.dataset, language: row.language, reason: `dataset ${quote(row.dataset)} is not one of ${IMPORT_DATASETS.join(', ')}` });
      return;
    }
    const facts = DATASET_FACTS[row.dataset];
    const configLanguage = Object.hasOwn(facts.configs, row.config) ? facts.configs[row.config] : undefined;
    if (configLanguage === undefined) {
      out.unmap({ where, line, task: `${row.dataset} ${row.config}`, language: row.language, reason: `${facts.name} has no config ${quote(row.config)} (it has ${Object.keys(facts.configs).join(', ')})` });
      return;
    }
    if (configLanguage !== row.language) {
      out.reject(where, line, `language ${quote(row.language)} does not match ${facts.name} config ${quote(row.config)}, which is ${configLanguage}`);
      return;
    }
    const lowerIsBetter = lowerIsBetterOf(row.metric);
    if (lowerIsBetter === null) out.warn(`Metric ${quote(row.metric)}: whether lower is better is not known from its name.`);
    out.rows.push({
      suite: 'benchmark',
      model: row.model,
      dataset: row.dataset,
      config: row.config,
      language: row.language,
      metric: row.metric,
      filter: null,
      value: row.value,
      number: Number(row.value),
      unit: row.unit,
      stderr: row.stderr === '' ? null : row.stderr,
      lower_is_better: lowerIsBetter,
      n_shot: row.n_shot === '' ? null : Number(row.n_shot),
      protocol: protocolFromNotes(row.notes),
      source: { file, path: where, line },
    });
  };

  return {
    push(records, lines) {
      records.forEach((record, i) => {
        const line = typeof lines === 'number' ? lines + i : lines[i];
        if (header === null) readHeader(record, line);
        else if (headerOk) readLine(record, line);
        else skipped++;
      });
    },
    syntaxError(line, message) {
      syntaxErrorLines.add(line);
      out.reject(`line ${line}`, line, `CSV syntax: ${message}`);
    },
    finish() {
      if (header === null) out.reject('file', 1, 'the file has no header line');
      if (skipped) out.warn(`${skipped} line${skipped === 1 ? '' : 's'} not read because the header is not the dashboard's.`);
      warnDuplicateRows(out.rows, (m) => out.warn(m));
      const models = new Set(out.rows.map((r) => r.model));
      return out.result('dashboard-csv', models.size === 1 ? [...models][0] : null);
    },
  };
}

export function importDashboardCsv(file: string, text: string): ImportResult<BenchmarkRow> {
  const importer = createCsvRowImporter(file);
  const { records, lines, errors } = readRecords(text);
  for (const e of errors) importer.syntaxError(e.line, e.message);
  importer.push(records, lines);
  return importer.finish();
}

export interface CsvTextImporter {
  /** The next piece of the file's text, cut anywhere. */
  push(chunk: string): void;
  finish(): ImportResult<BenchmarkRow>;
}

/**
 * Text in pieces (a Worker reading `File.stream()`), cut into complete records by
 * tracking quotes as PapaParse does, so a record with a quoted line break is never
 * split; each complete part is parsed by `readRecords` and shifted to its real lines.
 */
export function createCsvTextImporter(file: string): CsvTextImporter {
  const rows = createCsvRowImporter(file);
  let pending = '';
  let pendingLine = 1;
  let started = false;
  // Quote state at the end of `pending`, carried across chunks.
  let state: 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted' = 'fieldStart';
  let scanned = 0;
  let lastBoundary = 0;

  const parse = (text: string, firstLine: number) => {
    const { records, lines, errors } = readRecords(text);
    for (const e of errors) rows.syntaxError(e.line + firstLine - 1, e.message);
    rows.push(
      records,
      lines.map((l) => l + firstLine - 1),
    );
  };

  return {
    push(chunk) {
      if (!started) {
        started = true;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      pending += chunk;
      for (; scanned < pending.length; scanned++) {
        const c = pending[scanned];
        if (state === 'quoted') {
          if (c === '"') state = 'quoteInQuoted';
          continue;
        }
        if (state === 'quoteInQuoted') {
          // `""` is an escaped quote; a closing quote must be followed by a delimiter or line end.
          if (c === '"' || (c !== ',' && c !== '\n' && c !== '\r')) {
            state = 'quoted';
            continue;
          }
        }
        if (c === ',') state = 'fieldStart';
        else if (c === '\n') {
          state = 'fieldStart';
          lastBoundary = scanned + 1;
        } else if (c === '"' && state === 'fieldStart') state = 'quoted';
        else if (c !== '\r') state = 'unquoted';
      }
      if (lastBoundary > 0) {
        const complete = pending.slice(0, lastBoundary);
        parse(complete, pendingLine);
        pendingLine += complete.split('\n').length - 1;
        pending = pending.slice(lastBoundary);
        scanned -= lastBoundary;
        lastBoundary = 0;
      }
    },
    finish() {
      if (pending) parse(pending, pendingLine);
      pending = '';
      return rows.finish();
    },
  };
}
