/**
 * EleutherAI lm-evaluation-harness results JSON, both layouts:
 * v0.3 `results.<task>.{acc, acc_stderr}` + `versions` + `config`, and v0.4
 * `results.<task>.{"acc,none", "acc_stderr,none", alias}` + `groups`/`group_subtasks`,
 * `n-shot`, `configs`, `higher_is_better`, `git_hash`, `lm_eval_version`.
 * Accuracies are fractions as the harness writes them; nothing is rescaled.
 */
import { fmt, LIMITS } from './limits';
import { DataPath, importJsonText, ResultBuilder, describeValue, isRecord, quote, warnDuplicateRows } from './collect';
import { placeLmEvalTask } from './datasets';
import type { JsonDocument } from './json-source';
import { lmEvalMetricFacts } from './metrics';
import type { BenchmarkRow, ImportResult } from './types';

const METADATA_KEYS = new Set(['alias', ' ', 'samples']);

interface RunInfo {
  layout: 'v0.3' | 'v0.4';
  notes: string[];
}

export function importLmEvalHarness(file: string, text: string): ImportResult<BenchmarkRow> {
  return importJsonText(text, (doc) => importLmEvalHarnessJson(file, doc));
}

/** True when a parsed JSON value has the shape of a harness results file. */
export function looksLikeLmEvalHarness(value: unknown): boolean {
  return isRecord(value) && isRecord(value.results);
}

function layoutOf(root: Record<string, unknown>, results: Record<string, unknown>): 'v0.3' | 'v0.4' {
  if (['configs', 'n-shot', 'group_subtasks', 'lm_eval_version', 'higher_is_better'].some((k) => k in root)) return 'v0.4';
  const metricKeys = Object.values(results).flatMap((entry) => (isRecord(entry) ? Object.keys(entry) : []));
  return metricKeys.some((k) => k.includes(',')) ? 'v0.4' : 'v0.3';
}

/** `pretrained=org/name,dtype=float16` or a dict (newer harness versions). */
function modelArgs(config: Record<string, unknown>): Record<string, string> {
  const args = config.model_args;
  if (isRecord(args)) return Object.fromEntries(Object.entries(args).filter((e): e is [string, string] => typeof e[1] === 'string'));
  if (typeof args !== 'string') return {};
  const out: Record<string, string> = {};
  for (const part of args.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

/** A local checkpoint path names a directory on someone's machine, not a model. */
function isLocalPath(name: string): boolean {
  return /^(\/|\.{1,2}\/|~|[A-Za-z]:[\\/])/.test(name) || name.includes('\\');
}

function modelNameOf(root: Record<string, unknown>, out: ResultBuilder<BenchmarkRow>): string | null {
  const config = isRecord(root.config) ? root.config : {};
  const args = modelArgs(config);
  const candidates: [string, unknown][] = [
    ['config.model_args pretrained=', args.pretrained],
    ['config.model_args model=', args.model],
    ['model_name', root.model_name],
  ];
  for (const [where, name] of candidates) {
    if (typeof name !== 'string' || name.trim() === '') continue;
    if (isLocalPath(name)) {
      out.warn(`The model name is not in the file: ${where} is a local path (${quote(name)}).`);
      continue;
    }
    if (args.peft) out.warn(`A PEFT adapter was applied on top of ${name}: peft=${quote(args.peft)}.`);
    return name.trim();
  }
  return null;
}

function runNotes(root: Record<string, unknown>, layout: 'v0.3' | 'v0.4', out: ResultBuilder<BenchmarkRow>): string[] {
  const notes = [`lm-evaluation-harness ${layout} layout`];
  if (typeof root.lm_eval_version === 'string') notes.push(`lm_eval ${root.lm_eval_version}`);
  if (typeof root.git_hash === 'string') notes.push(`git ${root.git_hash}`);
  const config = isRecord(root.config) ? root.config : {};
  if (typeof config.model === 'string') notes.push(`model type ${config.model}`);
  if (config.limit !== null && config.limit !== undefined) {
    notes.push(`limit ${describeValue(config.limit)}`);
    out.warn(`The run used limit=${describeValue(config.limit)}: only part of each test set was evaluated.`);
  }
  if (typeof root.system_instruction === 'string' && root.system_instruction !== '') notes.push('with a system instruction');
  if (typeof root.chat_template === 'string' && root.chat_template !== '') notes.push('with a chat template');
  return notes;
}

/** Group entries aggregate their subtasks: counting them too would count each language twice. */
function aggregateNames(root: Record<string, unknown>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  if (isRecord(root.group_subtasks)) {
    for (const [name, subtasks] of Object.entries(root.group_subtasks)) {
      if (Array.isArray(subtasks) && subtasks.length > 0) groups.set(name, subtasks.filter((s): s is string => typeof s === 'string'));
    }
  }
  if (isRecord(root.groups)) for (const name of Object.keys(root.groups)) if (!groups.has(name)) groups.set(name, []);
  return groups;
}

function nShotOf(root: Record<string, unknown>, task: string, out: ResultBuilder<BenchmarkRow>): number | null {
  const nShot = isRecord(root['n-shot']) ? root['n-shot'][task] : undefined;
  const taskConfig = isRecord(root.configs) && isRecord(root.configs[task]) ? root.configs[task] : {};
  const config = isRecord(root.config) ? root.config : {};
  for (const [where, v] of [
    [`n-shot[${JSON.stringify(task)}]`, nShot],
    [`configs[${JSON.stringify(task)}].num_fewshot`, taskConfig.num_fewshot],
    ['config.num_fewshot', config.num_fewshot],
  ] as const) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return v;
    out.warn(`${where} is ${describeValue(v)}, not a number of shots; ignored.`);
  }
  return null;
}

/** The file's own statement of direction, where newer harness versions write one. */
function higherIsBetterOf(root: Record<string, unknown>, task: string, metric: string): boolean | null {
  const stated = isRecord(root.higher_is_better) && isRecord(root.higher_is_better[task]) ? root.higher_is_better[task][metric] : undefined;
  if (typeof stated === 'boolean') return stated;
  const taskConfig = isRecord(root.configs) && isRecord(root.configs[task]) ? root.configs[task] : {};
  if (Array.isArray(taskConfig.metric_list)) {
    for (const m of taskConfig.metric_list) if (isRecord(m) && m.metric === metric && typeof m.higher_is_better === 'boolean') return m.higher_is_better;
  }
  return null;
}

function taskNotes(root: Record<string, unknown>, task: string): string[] {
  const notes: string[] = [];
  const version = isRecord(root.versions) ? root.versions[task] : undefined;
  if (typeof version === 'number' || typeof version === 'string') notes.push(`task version ${String(version)}`);
  const taskConfig = isRecord(root.configs) && isRecord(root.configs[task]) ? root.configs[task] : {};
  if (typeof taskConfig.dataset_path === 'string') {
    const name = typeof taskConfig.dataset_name === 'string' ? ` ${taskConfig.dataset_name}` : '';
    notes.push(`dataset ${taskConfig.dataset_path}${name}`);
  }
  return notes;
}

interface MetricEntry {
  metric: string;
  filter: string | null;
  key: string;
  value: unknown;
}

/** `acc,none` → acc / none; v0.3 `acc` → acc / no filter. */
function splitMetricKey(key: string): { metric: string; filter: string | null } {
  const comma = key.indexOf(',');
  return comma < 0 ? { metric: key, filter: null } : { metric: key.slice(0, comma), filter: key.slice(comma + 1) };
}

export function importLmEvalHarnessJson(file: string, doc: JsonDocument): ImportResult<BenchmarkRow> {
  const out = new ResultBuilder<BenchmarkRow>();
  const root = doc.value;
  const line = (path: DataPath) => doc.lineOf(path.segments);
  if (!isRecord(root) || !isRecord(root.results)) {
    out.reject('results', null, 'not an lm-evaluation-harness results file: there is no "results" object');
    return out.result('unknown', null);
  }
  const results = root.results;
  const layout = layoutOf(root, results);
  const format = layout === 'v0.3' ? 'lm-eval-harness-v0.3' : 'lm-eval-harness-v0.4';
  const run: RunInfo = { layout, notes: runNotes(root, layout, out) };
  const model = modelNameOf(root, out);
  if (doc.pythonNonFinite) out.warn('The file holds NaN or Infinity (written by Python, not valid JSON); those values are rejected.');
  for (const d of doc.duplicates) {
    const where = d.parent.reduce<DataPath>((p, s) => (typeof s === 'number' ? p.index(s) : p.segments.length === 0 ? p.prop(s) : p.key(s)), DataPath.root()).key(d.key);
    for (const l of d.lines.slice(0, -1)) out.reject(where.text, l, `key ${quote(d.key)} appears ${d.lines.length} times (lines ${d.lines.join(', ')}); JSON keeps only the last one, so this one was not read`);
  }

  const aggregates = aggregateNames(root);
  const base = DataPath.root().prop('results');
  const allTasks = Object.keys(results);
  if (allTasks.length === 0) out.warn('The "results" object is empty.');
  const tasks = allTasks.slice(0, LIMITS.tasks);
  if (allTasks.length > LIMITS.tasks) {
    const first = base.key(allTasks[LIMITS.tasks]);
    out.reject(first.text, line(first), `"results" holds ${fmt(allTasks.length)} tasks; the dashboard reads the first ${fmt(LIMITS.tasks)}, so the ${fmt(allTasks.length - LIMITS.tasks)} from here on were not read`);
  }

  for (const task of tasks) {
    const path = base.key(task);
    const entry = results[task];
    if (aggregates.has(task)) {
      const subtasks = aggregates.get(task)!;
      const of = subtasks.length ? ` over ${subtasks.length} subtasks (${subtasks.slice(0, 4).join(', ')}${subtasks.length > 4 ? ', …' : ''})` : '';
      out.unmap({ where: path.text, line: line(path), task, language: null, reason: `group aggregate${of}; its subtasks are imported one by one, so it is not counted again` });
      continue;
    }
    if (!isRecord(entry)) {
      out.reject(path.text, line(path), `expected an object of metrics, got ${describeValue(entry)}`);
      continue;
    }
    const placed = placeLmEvalTask(task);
    if (!placed.mapped) {
      out.unmap({ where: path.text, line: line(path), task, language: placed.language, reason: placed.reason });
      continue;
    }
    const metrics: MetricEntry[] = [];
    const stderrs = new Map<string, { key: string; value: unknown }>();
    for (const [key, value] of Object.entries(entry)) {
      if (METADATA_KEYS.has(key)) continue;
      const { metric, filter } = splitMetricKey(key);
      if (metric.endsWith('_stderr')) stderrs.set(JSON.stringify([metric.slice(0, -'_stderr'.length), filter]), { key, value });
      else metrics.push({ metric, filter, key, value });
    }
    if (metrics.length === 0) {
      out.reject(path.text, line(path), 'no metric values for this task');
      continue;
    }
    for (const stderrKey of stderrs.keys()) {
      if (!metrics.some((m) => JSON.stringify([m.metric, m.filter]) === stderrKey)) {
        const { key } = stderrs.get(stderrKey)!;
        out.reject(path.key(key).text, line(path.key(key)), `standard error without its metric ${quote(key.replace('_stderr', ''))}`);
      }
    }
    const nShot = nShotOf(root, task, out);
    for (const m of metrics) {
      const stderr = stderrs.get(JSON.stringify([m.metric, m.filter]));
      const row = metricRow(file, root, task, placed, m, stderr, path, line, run, nShot, model, out);
      if (row) out.rows.push(row);
    }
  }

  for (const name of aggregates.keys()) {
    if (name in results) continue;
    const path = DataPath.root().prop('groups').key(name);
    if (isRecord(root.groups) && name in root.groups) {
      out.unmap({ where: path.text, line: line(path), task: name, language: null, reason: 'group aggregate; its subtasks are imported one by one, so it is not counted again' });
    }
  }
  warnDuplicateRows(out.rows, (m) => out.warn(m));
  return out.result(format, model);
}

function metricRow(
  file: string,
  root: Record<string, unknown>,
  task: string,
  placed: { dataset: BenchmarkRow['dataset']; config: string; language: string },
  m: MetricEntry,
  stderr: { key: string; value: unknown } | undefined,
  taskPath: DataPath,
  line: (p: DataPath) => number | null,
  run: RunInfo,
  nShot: number | null,
  model: string | null,
  out: ResultBuilder<BenchmarkRow>,
): BenchmarkRow | null {
  const path = taskPath.key(m.key);
  if (typeof m.value !== 'number' || !Number.isFinite(m.value)) {
    out.reject(path.text, line(path), `expected a number, got ${describeValue(m.value)}`);
    return null;
  }
  const value = String(m.value);
  const facts = lmEvalMetricFacts(m.metric);
  if (facts?.range && (m.value < facts.range[0] || m.value > facts.range[1])) {
    out.reject(path.text, line(path), `${m.metric} = ${value} is outside ${facts.range[0]}–${facts.range[1]}, the harness's scale for this metric (${facts.unit})`);
    return null;
  }
  if (!facts) out.warn(`Metric "${m.metric}" has no known scale: its rows have unit unknown-scale.`);

  const stated = higherIsBetterOf(root, task, m.metric);
  let lowerIsBetter = facts ? facts.lowerIsBetter : null;
  if (stated !== null) {
    if (lowerIsBetter !== null && lowerIsBetter === stated) out.warn(`The file says higher_is_better=${stated} for ${m.metric}, unlike what the metric usually means; the file's statement is used.`);
    lowerIsBetter = !stated;
  }

  const notes = [...run.notes, ...taskNotes(root, task)];
  if (m.filter !== null && m.filter !== 'none') notes.push(`filter ${m.filter}`);
  return {
    suite: 'benchmark',
    model,
    dataset: placed.dataset,
    config: placed.config,
    language: placed.language,
    metric: m.metric,
    filter: m.filter,
    value,
    number: m.value,
    unit: facts ? facts.unit : 'unknown-scale',
    stderr: stderrText(stderr, taskPath, line, out),
    lower_is_better: lowerIsBetter,
    n_shot: nShot,
    protocol: notes.join('; '),
    source: { file, path: path.text, line: line(path) },
  };
}

/** A bad standard error is reported on its own; the result it belongs to is still valid. */
function stderrText(stderr: { key: string; value: unknown } | undefined, taskPath: DataPath, line: (p: DataPath) => number | null, out: ResultBuilder<BenchmarkRow>): string | null {
  if (!stderr) return null;
  const { key, value } = stderr;
  // The harness writes "N/A" where it computed no standard error (e.g. for groups).
  if (value === 'N/A' || value === null) return null;
  const path = taskPath.key(key);
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    out.reject(path.text, line(path), `standard error is ${describeValue(value)}, not a number; the result is kept without it`);
    return null;
  }
  if (value < 0) {
    out.reject(path.text, line(path), `standard error ${value} is negative; the result is kept without it`);
    return null;
  }
  return String(value);
}
