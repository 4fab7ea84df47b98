/**
 * One entry point for the UI: a dropped file's name and text in, an ImportResult out.
 * The format is told from the content first (JSON shape, YAML front matter, CSV header)
 * and from the extension only where content cannot tell. No input makes it throw.
 */
import { ResultBuilder, isRecord } from './collect';
import { importDashboardCsv } from './dashboard-csv';
import { helmShape, importHelmGroupsJson } from './helm-groups';
import { extractFrontMatter, importHfModelIndex, looksLikeModelIndex } from './hf-model-index';
import { readJson } from './json-source';
import { importLmEvalHarnessJson, looksLikeLmEvalHarness } from './lm-eval-harness';
import type { ImportedRow, ImportResult } from './types';

function fail(reason: string, line: number | null = null): ImportResult {
  const out = new ResultBuilder<ImportedRow>();
  out.reject('file', line, reason);
  return out.result('unknown', null);
}

/** Binary files arrive as text full of NULs and U+FFFD when read with readAsText. */
function binaryKind(text: string): string | null {
  const head = text.slice(0, 4096);
  if (/^(\uFFFD|\u0089)PNG/.test(head)) return 'a PNG image';
  if (head.startsWith('%PDF-')) return 'a PDF document';
  if (head.startsWith('PK\u0003\u0004')) return 'a ZIP archive (an Excel .xlsx or .ods file is one: save it as CSV)';
  if (/^GIF8[79]a/.test(head)) return 'a GIF image';
  // UTF-16 bytes read as UTF-8: a NUL beside every ASCII character.
  if (/^(?:[^\u0000]\u0000){8}|^(?:\u0000[^\u0000]){8}/.test(head.replace(/^\uFFFD{1,2}/, ''))) return 'UTF-16 text read as UTF-8 (save it as UTF-8, or import it through the import page, which reads UTF-16)';
  let odd = 0;
  for (const ch of head) if (ch === '\uFFFD' || (ch < ' ' && ch !== '\n' && ch !== '\r' && ch !== '\t')) odd++;
  if (head.includes('\u0000') || odd > head.length * 0.05) return 'a binary file';
  return null;
}

/** HELM writes several other JSON files next to the leaderboard tables. */
function otherHelmFile(value: unknown): string | null {
  if (isRecord(value)) {
    if (Array.isArray(value.suites) && ('suite' in value || 'release' in value)) return "HELM's summary.json (suite, release and date only)";
    if ('run_groups' in value && 'metrics' in value) return "HELM's schema.json (metric and group definitions, no results)";
    if ('scenario_spec' in value && 'adapter_spec' in value) return "a HELM run_spec.json (how one run was configured, no results)";
  }
  if (Array.isArray(value) && value.length > 0 && value.every((s) => isRecord(s) && isRecord(s.name) && 'count' in s)) {
    return "a HELM stats.json (per-run statistics, not the leaderboard)";
  }
  if (Array.isArray(value) && value.length > 0 && value.every((s) => isRecord(s) && 'scenario_spec' in s)) return "HELM's run_specs.json (run configurations, no results)";
  return null;
}

function isJsonLines(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  return lines.slice(0, 5).every((l) => readJson(l).ok);
}

const SUPPORTED = 'an lm-evaluation-harness results JSON, a HELM groups/<group>.json table, a Hugging Face model card (README.md or its model-index YAML) or the dashboard CSV';

export function importFile(name: string, text: string): ImportResult {
  try {
    return detectAndImport(name, text);
  } catch (error) {
    // The importers report problems rather than throw; this is the last guard for the unforeseen.
    return fail(`the file could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function detectAndImport(name: string, text: string): ImportResult {
  if (text.trim() === '' || text.replace(/^\uFEFF/, '').trim() === '') return fail('the file is empty');
  const binary = binaryKind(text);
  if (binary) return fail(binary.startsWith('UTF-16') ? `this is ${binary}` : `this is ${binary}, not a text file; the dashboard reads ${SUPPORTED}`);

  const body = text.replace(/^\uFEFF/, '');
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1].toLowerCase() ?? '';
  const first = body.trimStart()[0];

  const isYaml = ['yaml', 'yml', 'md', 'markdown'].includes(ext) || extractFrontMatter(body) !== null || (first !== '{' && first !== '[' && looksLikeModelIndex(body));
  if (isYaml) return importHfModelIndex(name, text);

  if (first === '{' || first === '[' || ext === 'json' || ext === 'jsonl') {
    const read = readJson(body);
    if (!read.ok) {
      if (isJsonLines(body)) return fail('JSON Lines (one JSON value per line), e.g. an lm-evaluation-harness samples_*.jsonl file: import the run\'s results_*.json instead');
      return fail(read.reason, read.line);
    }
    const value = read.doc.value;
    if (looksLikeLmEvalHarness(value)) return importLmEvalHarnessJson(name, read.doc);
    if (helmShape(value)) return importHelmGroupsJson(name, read.doc);
    // JSON is YAML: a model-index saved as JSON reads like the card's YAML, with the same lines.
    if (isRecord(value) && 'model-index' in value) return importHfModelIndex(name, body);
    const helm = otherHelmFile(value);
    if (helm) return fail(`this is ${helm}; import HELM's groups/<group>.json (or groups/json/<table>.json) instead`);
    return fail(`this JSON is neither an lm-evaluation-harness results file (no "results" object) nor a HELM table (no "header" and "rows"); the dashboard reads ${SUPPORTED}`);
  }

  const firstLine = body.slice(0, body.indexOf('\n') >= 0 ? body.indexOf('\n') : body.length);
  if (ext === 'tsv' || (firstLine.includes('\t') && !firstLine.includes(','))) {
    return fail('this file is tab-separated; the dashboard CSV uses commas (see the CSV template)', 1);
  }
  if (ext === 'csv' || firstLine.includes(',')) return importDashboardCsv(name, text);
  return fail(`the format is not recognised; the dashboard reads ${SUPPORTED}`);
}
