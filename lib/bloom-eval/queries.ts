/**
 * What the /bloom pages show, read from the shipped BigScience evaluation rows. The one
 * computed thing is the 95% normal interval value ± 1.96 × stderr, from the published stderr,
 * and it is labelled as computed wherever it is drawn.
 */
import type { BloomEvalMedianRow, BloomEvalResultRow, PublishedValue } from '../data/schema';
import { FLORES_TASK } from './extract';
import { BLOOM_EVAL_RUNS } from './runs';

/** z of a two-sided 95% normal interval. */
export const Z95 = 1.96;

export interface Interval {
  low: number;
  high: number;
}

export function normalInterval(value: PublishedValue, stderr: PublishedValue | null): Interval | null {
  if (!stderr) return null;
  return { low: value.number - Z95 * stderr.number, high: value.number + Z95 * stderr.number };
}

export const MODEL_ORDER: readonly string[] = ['bloom', 'opt-175b', 'bloom-3b', 'bloom-1b7', 'bloom-560m'];
export const MODEL_LABEL: Readonly<Record<string, string>> = Object.fromEntries(BLOOM_EVAL_RUNS.map((r) => [r.model, r.label]));
const byModel = (a: string, b: string) => MODEL_ORDER.indexOf(a) - MODEL_ORDER.indexOf(b);

export interface TaskSummary {
  task: string;
  prompts: number;
  models: string[];
  languages: string[];
}

/** Every task but FLORES, which has its own page (/bloom/flores). */
export function bloomEvalTasks(rows: readonly BloomEvalResultRow[]): TaskSummary[] {
  const tasks = new Map<string, { prompts: Set<string>; models: Set<string>; languages: Set<string> }>();
  for (const r of rows) {
    if (r.task === FLORES_TASK) continue;
    const t = tasks.get(r.task) ?? { prompts: new Set(), models: new Set(), languages: new Set() };
    t.prompts.add(r.task === 'humaneval' ? r.temperature : r.prompt);
    t.models.add(r.model);
    r.languages.forEach((l) => t.languages.add(l));
    tasks.set(r.task, t);
  }
  return [...tasks]
    .map(([task, t]) => ({ task, prompts: t.prompts.size, models: [...t.models].sort(byModel), languages: [...t.languages].sort() }))
    .sort((a, b) => a.task.localeCompare(b.task));
}

/** The metric a task's chart draws: accuracy where published, else the first metric of its rows. */
export function primaryMetric(rows: readonly BloomEvalResultRow[]): string {
  const metrics = [...new Set(rows.map((r) => r.metric))];
  for (const m of ['acc', 'pass@1', 'f1', 'em', 'byte_perplexity', 'ppl']) if (metrics.includes(m)) return m;
  return metrics[0];
}

export interface PromptModelRow {
  /** The prompt name; for HumanEval the sampling temperature. */
  prompt: string;
  model: string;
  languages: string[];
  byMetric: Map<string, BloomEvalResultRow>;
}

export interface TaskView {
  task: string;
  metrics: string[];
  primary: string;
  rows: PromptModelRow[];
  medians: BloomEvalMedianRow[];
}

export function taskView(all: readonly BloomEvalResultRow[], medians: readonly BloomEvalMedianRow[], task: string): TaskView | null {
  const rows = all.filter((r) => r.task === task);
  if (!rows.length || task === FLORES_TASK) return null;
  const metricOrder = [...new Set(rows.map((r) => r.metric))];
  const groups = new Map<string, PromptModelRow>();
  for (const r of rows) {
    const prompt = task === 'humaneval' ? `temperature ${r.temperature}` : r.prompt;
    const k = `${prompt}\u0000${r.model}`;
    const g = groups.get(k) ?? { prompt, model: r.model, languages: r.languages, byMetric: new Map() };
    g.byMetric.set(r.metric, r);
    groups.set(k, g);
  }
  const sorted = [...groups.values()].sort((a, b) => a.prompt.localeCompare(b.prompt) || byModel(a.model, b.model));
  return { task, metrics: metricOrder, primary: primaryMetric(rows), rows: sorted, medians: medians.filter((m) => m.task === task) };
}

export interface FloresLanguageRow {
  language: string;
  floresCode: string;
  byModel: Map<string, { bytePerplexity: BloomEvalResultRow | null; bitsPerByte: BloomEvalResultRow | null }>;
}

export function floresRows(all: readonly BloomEvalResultRow[]): { models: string[]; rows: FloresLanguageRow[] } {
  const rows = new Map<string, FloresLanguageRow>();
  const models = new Set<string>();
  for (const r of all) {
    if (r.task !== FLORES_TASK || (r.metric !== 'byte_perplexity' && r.metric !== 'bits_per_byte')) continue;
    models.add(r.model);
    const row = rows.get(r.flores_code) ?? { language: r.languages[0], floresCode: r.flores_code, byModel: new Map() };
    const cell = row.byModel.get(r.model) ?? { bytePerplexity: null, bitsPerByte: null };
    if (r.metric === 'byte_perplexity') cell.bytePerplexity = r;
    else cell.bitsPerByte = r;
    row.byModel.set(r.model, cell);
    rows.set(r.flores_code, row);
  }
  return { models: [...models].sort(byModel), rows: [...rows.values()].sort((a, b) => a.floresCode.localeCompare(b.floresCode)) };
}
