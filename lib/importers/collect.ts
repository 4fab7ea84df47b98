/**
 * Shared plumbing of the importers: paths that name a place in the user's file, and the
 * collector that turns every problem into a located entry instead of an exception.
 */
import { readJson, type JsonDocument } from './json-source';
import { andMore, LIMITS } from './limits';
import type { BenchmarkRow, ImportedRow, ImportFormat, ImportProblem, ImportResult, UnmappedTask } from './types';

/** A path into a parsed JSON/YAML value, with the text shown to the user. */
export class DataPath {
  private constructor(
    readonly segments: readonly (string | number)[],
    readonly text: string,
  ) {}

  static root(): DataPath {
    return new DataPath([], '');
  }

  /** A key the format defines (`results`, `rows`): written `.name`. */
  prop(name: string): DataPath {
    return new DataPath([...this.segments, name], this.text ? `${this.text}.${name}` : name);
  }

  /** A key that is data (a task or metric name): written `["name"]` so any text reads unambiguously. */
  key(name: string): DataPath {
    return new DataPath([...this.segments, name], `${this.text}[${JSON.stringify(name)}]`);
  }

  index(i: number): DataPath {
    return new DataPath([...this.segments, i], `${this.text}[${i}]`);
  }

  toString(): string {
    return this.text || '(root)';
  }
}

/** Untrusted text quoted for a message, cut so a huge value cannot flood the report. */
export function quote(text: string, max = 80): string {
  return JSON.stringify(text.length > max ? `${text.slice(0, max)}…` : text);
}

/** What a value is, for "expected a number, got …" messages. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isNaN(value) ? 'NaN' : String(value);
  if (typeof value === 'string') return `the text ${quote(value)}`;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return 'a list';
  return 'an object';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Collects an import's rows and problems. Problems are listed up to a limit and counted past
 * it, so a file with 150,000 bad lines gives a report a person can read (and a page can draw).
 */
export class ResultBuilder<R extends ImportedRow> {
  readonly rows: R[] = [];
  readonly rejected: ImportProblem[] = [];
  readonly unmapped: UnmappedTask[] = [];
  private readonly warnings = new Set<string>();
  private readonly omitted = { rejected: 0, unmapped: 0, warnings: 0 };

  reject(where: string, line: number | null, reason: string): void {
    if (this.rejected.length < LIMITS.listed) this.rejected.push({ where, line, reason });
    else this.omitted.rejected++;
  }

  unmap(entry: UnmappedTask): void {
    if (this.unmapped.length < LIMITS.tasks) this.unmapped.push(entry);
    else this.omitted.unmapped++;
  }

  warn(message: string): void {
    if (this.warnings.size < LIMITS.warnings || this.warnings.has(message)) this.warnings.add(message);
    else this.omitted.warnings++;
  }

  result(format: ImportFormat, modelName: string | null): ImportResult<R> {
    return { format, modelName, rows: this.rows, rejected: this.rejected, unmapped: this.unmapped, warnings: [...this.warnings], omitted: { ...this.omitted } };
  }
}

/** A JSON format's import from the file's text: a file that is no JSON is one rejection, with its line. */
export function importJsonText<R extends ImportedRow>(text: string, fromDoc: (doc: JsonDocument) => ImportResult<R>): ImportResult<R> {
  const read = readJson(text);
  if (read.ok) return fromDoc(read.doc);
  const out = new ResultBuilder<R>();
  out.reject('file', read.line, read.reason);
  return out.result('unknown', null);
}

/** Two numbers for the same (model, dataset, language, metric, filter, shots) would be drawn on one spot. */
export function warnDuplicateRows(rows: readonly BenchmarkRow[], warn: (message: string) => void): void {
  const seen = new Map<string, BenchmarkRow[]>();
  for (const r of rows) {
    const k = JSON.stringify([r.model, r.dataset, r.config, r.language, r.metric, r.filter, r.n_shot]);
    const list = seen.get(k);
    if (list) list.push(r);
    else seen.set(k, [r]);
  }
  for (const list of seen.values()) {
    if (list.length < 2) continue;
    const r = list[0];
    const shown = list.slice(0, 5).map((x) => x.source.path).join(', ');
    const where = list.length > 5 ? `${shown}, ${andMore(list.length - 5, 'places')}` : shown;
    warn(`${list.length} results for ${r.dataset} ${r.config} ${r.metric}${r.filter ? ` (${r.filter})` : ''} of the same model: ${where}`);
  }
}
