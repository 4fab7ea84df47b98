/**
 * The extraction of BigScience's evaluation files into rows: every number of every
 * bslmeval.json and humaneval_tempNN.json, with its published text, the stderr published
 * beside it, the file and line it is on. Pure: file texts in, rows out; anything not
 * understood throws with the file and line, so nothing is dropped silently.
 */
import { isNumberLiteral, isObject, parseJsonKeepingNumbers, type JsonValue, type NumberLiteral } from './json-literals';
import { dashboardLanguageOfFlores } from './flores-languages';
import { bloomEvalMetric } from './metrics';
import { bloomEvalSourceId, type BloomEvalRun } from './runs';

export interface BloomEvalRow {
  model: string;
  run: string;
  task: string;
  key: string;
  prompt: string;
  languages: string;
  flores_code: string;
  metric: string;
  value: string;
  stderr: string;
  unit: string;
  lower_is_better: string;
  temperature: string;
  timestamp: string;
  source: string;
  line: string;
}

export const FLORES_PREFIX = 'gsarti/flores_101_';
export const FLORES_TASK = 'flores_101';

/** Non-English harness tasks; every other task is English. */
const TASK_LANGUAGES: Readonly<Record<string, string>> = {
  crows_pairs_french: 'fr',
  lambada_mt_de: 'de',
  lambada_mt_en: 'en',
  lambada_mt_es: 'es',
  lambada_mt_fr: 'fr',
  lambada_mt_it: 'it',
  diabla: 'en;fr',
};
/** tydiqa_primary prompts start with their language: "id_based_on_the_text"; "jp" is Japanese (ja), as in XWinograd. */
const TYDIQA_PROMPT_LANGUAGES: Readonly<Record<string, string>> = { en: 'en', id: 'id', jp: 'ja' };

function languagesOf(task: string, prompt: string, where: string): { languages: string; floresCode: string } {
  if (task.startsWith(FLORES_PREFIX)) {
    const floresCode = task.slice(FLORES_PREFIX.length);
    return { languages: dashboardLanguageOfFlores(floresCode, where).code, floresCode };
  }
  if (task === 'tydiqa_primary') {
    const lang = TYDIQA_PROMPT_LANGUAGES[prompt.split('_')[0]];
    if (!lang) throw new Error(`${where}: tydiqa_primary prompt "${prompt}" does not start with a known language`);
    return { languages: lang, floresCode: '' };
  }
  return { languages: TASK_LANGUAGES[task] ?? 'en', floresCode: '' };
}

const STRING_FIELDS = new Set(['prompt_name', 'task_name']);

export function extractHarnessFile(run: BloomEvalRun, relPath: string, text: string): BloomEvalRow[] {
  const doc = parseJsonKeepingNumbers(text, relPath);
  if (!isObject(doc) || !isObject(doc.results ?? null)) throw new Error(`${relPath}: no "results" object`);
  const rows: BloomEvalRow[] = [];
  for (const [key, byTime] of Object.entries(doc.results as Record<string, JsonValue>)) {
    const where = `${relPath} "${key}"`;
    if (!isObject(byTime)) throw new Error(`${where}: not an object of timestamps`);
    const stamps = Object.keys(byTime);
    if (stamps.length !== 1) throw new Error(`${where}: ${stamps.length} timestamps, expected exactly one`);
    const fields = byTime[stamps[0]];
    if (!isObject(fields)) throw new Error(`${where}: not an object of metrics`);
    const plus = key.indexOf('+');
    const task = plus < 0 ? key : key.slice(0, plus);
    const prompt = plus < 0 ? '' : key.slice(plus + 1);
    if (fields.task_name !== undefined && fields.task_name !== task) throw new Error(`${where}: task_name "${String(fields.task_name)}" is not the key's task`);
    if (fields.prompt_name !== undefined && fields.prompt_name !== prompt) throw new Error(`${where}: prompt_name "${String(fields.prompt_name)}" is not the key's prompt`);
    const { languages, floresCode } = languagesOf(task, prompt, where);
    const numbers = new Map<string, NumberLiteral>();
    for (const [name, v] of Object.entries(fields)) {
      if (STRING_FIELDS.has(name) && typeof v === 'string') continue;
      if (!isNumberLiteral(v)) throw new Error(`${where}: field "${name}" is not a number`);
      numbers.set(name, v);
    }
    for (const name of numbers.keys()) {
      if (name.endsWith('_stderr') && !numbers.has(name.slice(0, -'_stderr'.length))) throw new Error(`${where}: "${name}" has no metric beside it`);
    }
    for (const [metric, v] of numbers) {
      if (metric.endsWith('_stderr')) continue;
      const info = bloomEvalMetric(metric, where);
      rows.push({
        model: run.model,
        run: run.folder,
        task: floresCode ? FLORES_TASK : task,
        key,
        prompt,
        languages,
        flores_code: floresCode,
        metric,
        value: v.text,
        stderr: numbers.get(`${metric}_stderr`)?.text ?? '',
        unit: info.unit,
        lower_is_better: String(info.lowerIsBetter),
        temperature: '',
        timestamp: stamps[0],
        source: bloomEvalSourceId(relPath),
        line: String(v.line),
      });
    }
  }
  return rows;
}

export function extractHumanEvalFile(run: BloomEvalRun, relPath: string, temperature: string, text: string): BloomEvalRow[] {
  const doc = parseJsonKeepingNumbers(text, relPath);
  if (!isObject(doc)) throw new Error(`${relPath}: not an object`);
  return Object.entries(doc).map(([metric, v]) => {
    if (!isNumberLiteral(v)) throw new Error(`${relPath}: "${metric}" is not a number`);
    const info = bloomEvalMetric(metric, relPath);
    return {
      model: run.model,
      run: run.folder,
      task: 'humaneval',
      key: 'humaneval',
      prompt: '',
      languages: 'code',
      flores_code: '',
      metric,
      value: v.text,
      stderr: '',
      unit: info.unit,
      lower_is_better: String(info.lowerIsBetter),
      temperature,
      timestamp: '',
      source: bloomEvalSourceId(relPath),
      line: String(v.line),
    };
  });
}
