/**
 * HELM leaderboard tables: `groups/<group>.json` (a list of Table objects) and
 * `groups/json/<table>.json` (one Table). See ../shared/data/helm/FORMAT.md.
 * Run group and metric come from the header cell's metadata, never from splitting its
 * text; a cell without a value is "hidden" when HELM kept its run statistics (withheld
 * on purpose) and "not-evaluated" otherwise; 0 is a real 0.
 */
import { helmMetricUnit, type Unit } from '../data/units';
import { DataPath, importJsonText, ResultBuilder, describeValue, isRecord, quote } from './collect';
import type { JsonDocument } from './json-source';
import type { HelmCellStatus, HelmRow, ImportResult } from './types';

/** Counts and sizes that HELM lists beside scores; charted never, listed as info. */
const INFO_METRICS = new Set(['# eval', '# train', 'truncated', '# prompt tokens', '# output tokens', '# trials', '# completion tokens', '# instances', '# references']);
const STATS = /(^|[\s,])(min|mean|max|sum)=/;

function isTable(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && Array.isArray(value.header) && Array.isArray(value.rows);
}

/** 'list' for groups/<group>.json, 'table' for groups/json/<table>.json, null otherwise. */
export function helmShape(value: unknown): 'list' | 'table' | null {
  if (isTable(value)) return 'table';
  if (Array.isArray(value) && value.length > 0 && value.every(isTable)) return 'list';
  return null;
}

export function importHelmGroups(file: string, text: string): ImportResult<HelmRow> {
  return importJsonText(text, (doc) => importHelmGroupsJson(file, doc));
}

interface Column {
  index: number;
  text: string;
  metric: string;
  runGroup: string | null;
  perturbation: string | null;
  lowerIsBetter: boolean | null;
  unit: Unit;
  kind: 'score' | 'info';
}

export function importHelmGroupsJson(file: string, doc: JsonDocument): ImportResult<HelmRow> {
  const out = new ResultBuilder<HelmRow>();
  const shape = helmShape(doc.value);
  const line = (p: DataPath) => doc.lineOf(p.segments);
  if (Array.isArray(doc.value)) {
    // A list file: read every element that is a table, report the others.
    doc.value.forEach((t, i) => readTable(file, t, DataPath.root().index(i), line, out));
    if (doc.value.length === 0) out.reject('file', null, 'an empty list: no HELM table in it');
  } else if (shape === 'table') {
    readTable(file, doc.value, DataPath.root(), line, out);
  } else {
    out.reject('file', null, 'not a HELM table: expected {"title", "header", "rows"} or a list of them');
  }
  if (doc.pythonNonFinite) out.warn('The file holds NaN or Infinity (written by Python, not valid JSON); those cells are rejected.');
  const models = new Set(out.rows.map((r) => r.model));
  return out.result(shape === 'table' ? 'helm-table' : 'helm-groups', models.size === 1 ? [...models][0] : null);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function readColumns(table: Record<string, unknown>, title: string, path: DataPath, line: (p: DataPath) => number | null, out: ResultBuilder<HelmRow>): (Column | null)[] {
  const header = table.header as unknown[];
  return header.map((h, j): Column | null => {
    if (j === 0) return null;
    const at = path.prop('header').index(j);
    if (!isRecord(h) || typeof h.value !== 'string') {
      out.reject(at.text, line(at), 'header cell without a column name; the column is skipped');
      return null;
    }
    const meta = isRecord(h.metadata) ? h.metadata : {};
    const short = typeof meta.metric === 'string' && meta.metric !== '' ? meta.metric : h.value;
    const pert = meta.perturbation;
    const perturbation = typeof pert === 'string' && pert !== '' ? pert : isRecord(pert) && typeof pert.name === 'string' ? pert.name : null;
    // The metadata splits "EM (Robustness)" into metric and perturbation; HELM's column and the
    // published leaderboards name the metric whole, and a Robustness EM is not the EM.
    const metric = perturbation && !short.toLowerCase().endsWith(`(${perturbation.toLowerCase()})`) ? `${short} (${perturbation})` : short;
    return {
      index: j,
      text: h.value,
      metric,
      runGroup: typeof meta.run_group === 'string' ? meta.run_group : null,
      perturbation,
      lowerIsBetter: typeof h.lower_is_better === 'boolean' ? h.lower_is_better : null,
      unit: helmMetricUnit(short),
      kind: title === 'General information' || INFO_METRICS.has(short) ? 'info' : 'score',
    };
  });
}

function readTable(file: string, table: unknown, path: DataPath, line: (p: DataPath) => number | null, out: ResultBuilder<HelmRow>): void {
  if (!isTable(table)) {
    out.reject(path.toString(), line(path), `not a HELM table (expected an object with "header" and "rows" lists), got ${describeValue(table)}`);
    return;
  }
  const title = text(table.title);
  const name = text(table.name);
  const label = quote(title || name || path.toString());
  const first = (table.header as unknown[])[0];
  const firstText = isRecord(first) ? text(first.value) : '';
  if (!firstText.startsWith('Model')) {
    out.reject(path.toString(), line(path), `table ${label}: column 0 is ${quote(firstText)}, not "Model/adapter", so it is not a leaderboard (groups.json only lists the groups; import groups/<group>.json)`);
    return;
  }
  const columns = readColumns(table, title, path, line, out);
  const rows = table.rows as unknown[];

  // HELM's default unit is a fraction; a column with a value outside [0,1] is not one.
  for (const c of columns) {
    if (!c || c.unit !== 'fraction') continue;
    const outside = rows.some((r) => Array.isArray(r) && isRecord(r[c.index]) && typeof r[c.index].value === 'number' && (r[c.index].value < 0 || r[c.index].value > 1));
    if (outside) {
      c.unit = 'unknown-scale';
      out.warn(`Table ${label}, column ${quote(c.text)}: values outside 0–1, so not a fraction; unit unknown-scale.`);
    }
  }

  rows.forEach((row, r) => {
    const rowPath = path.prop('rows').index(r);
    if (!Array.isArray(row)) {
      out.reject(rowPath.text, line(rowPath), `expected a list of cells, got ${describeValue(row)}`);
      return;
    }
    const modelCell = row[0];
    const model = isRecord(modelCell) ? text(modelCell.value).trim() : '';
    if (!model) {
      out.reject(rowPath.index(0).text, line(rowPath.index(0)), 'row without a model name; the row is skipped');
      return;
    }
    const modelRuns = isRecord(modelCell) ? stringList(modelCell.run_spec_names) : [];
    for (let j = columns.length; j < row.length; j++) out.reject(rowPath.index(j).text, line(rowPath.index(j)), 'cell without a header column');
    for (const c of columns) {
      if (!c) continue;
      const at = rowPath.index(c.index);
      if (c.index >= row.length) {
        out.reject(at.text, line(rowPath), `the row has no cell for column ${quote(c.text)}`);
        continue;
      }
      const cell = row[c.index];
      if (!isRecord(cell)) {
        out.reject(at.text, line(at), `expected a cell object, got ${describeValue(cell)}`);
        continue;
      }
      const read = cellValue(cell);
      if ('reason' in read) {
        out.reject(at.prop('value').text, line(at.prop('value')) ?? line(at), read.reason);
        continue;
      }
      const description = text(cell.description);
      const notes = description.split('\n').map((l) => l.trim()).filter((l) => l.startsWith('☠') || l.startsWith('⚠'));
      const protocol = [`HELM table ${label}`];
      if (c.metric === 'Mean win rate' || c.metric === 'Mean score') protocol.push('relative to the models in this table, not comparable across releases');
      if (c.perturbation) protocol.push(`perturbation ${c.perturbation}`);
      out.rows.push({
        suite: 'helm',
        model,
        table: name,
        metric_tab: title,
        column: c.text,
        metric: c.metric,
        run_group: c.runGroup,
        perturbation: c.perturbation,
        status: read.status,
        value: read.value,
        number: read.number,
        unit: c.unit,
        lower_is_better: c.lowerIsBetter,
        kind: c.kind,
        description,
        contamination: notes.some((l) => l.startsWith('☠')) ? '☠' : notes.length ? '⚠' : null,
        contamination_notes: notes,
        run_specs: cell.run_spec_names !== undefined ? stringList(cell.run_spec_names) : modelRuns,
        protocol: protocol.join('; '),
        source: { file, path: at.text, line: line(at) },
      });
    }
  });
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function cellValue(cell: Record<string, unknown>): { status: HelmCellStatus; value: string | null; number: number | null } | { reason: string } {
  const v = cell.value;
  if (v === undefined || v === null) {
    // HELM keeps the run statistics of a cell it withholds on purpose; never use their mean.
    const hidden = STATS.test(text(cell.description));
    return { status: hidden ? 'hidden' : 'not-evaluated', value: null, number: null };
  }
  if (typeof v === 'number' && Number.isFinite(v)) return { status: 'reported', value: String(v), number: v };
  return { reason: `expected a number, got ${describeValue(v)}` };
}
