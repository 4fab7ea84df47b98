/**
 * What the importers hand to the UI. An import never throws: each problem becomes a
 * `rejected` or `unmapped` entry with where it is in the file, and every valid row is
 * kept, so a user sees exactly what was taken from their file and what was not.
 */
import type { Unit } from '../data/units';
import type { ImportDatasetId } from './datasets';

export type { ImportDatasetId } from './datasets';

export type ImportFormat =
  | 'lm-eval-harness-v0.3'
  | 'lm-eval-harness-v0.4'
  | 'hf-model-index'
  | 'helm-groups'
  | 'helm-table'
  | 'dashboard-csv'
  | 'unknown';

/** Where a number came from, precise enough to find it again in the user's file. */
export interface Provenance {
  file: string;
  /** JSON path (`results["xnli_fr"]["acc,none"]`), YAML path (`model-index[0].results[3].metrics[0].value`) or `line 7` for CSV. */
  path: string;
  /** 1-based line in the file, where known. */
  line: number | null;
}

interface RowBase {
  /** The model as the file names it (plain text). null: the file does not say; the UI asks the user (see `withModelName`). */
  model: string | null;
  /** The metric as published (`acc`, `acc_norm`, `exact_match`, `bleu_max`, `Accuracy`, `EM`, …). */
  metric: string;
  unit: Unit;
  /** null: the direction of this metric is not known. */
  lower_is_better: boolean | null;
  /** How the number was produced, in words (harness version, git hash, filter, split, how the unit was decided, …). */
  protocol: string;
  source: Provenance;
}

/** A result on one of the crosslingual datasets the dashboard charts per language. */
export interface BenchmarkRow extends RowBase {
  suite: 'benchmark';
  dataset: ImportDatasetId;
  /** The dataset config as the file names it (`jp` for XWinograd Japanese). */
  config: string;
  /** languages.csv code (`ja` for XWinograd `jp`). */
  language: string;
  /** lm-evaluation-harness filter (`none`, `strict_match`, …); null where the format has none. */
  filter: string | null;
  /** The number exactly as published: the file's text for YAML and CSV, `String(n)` for a JSON number. */
  value: string;
  number: number;
  /** Standard error as published, or null when the file gives none. */
  stderr: string | null;
  n_shot: number | null;
}

/**
 * reported: the cell has a number. hidden: HELM published the cell with run statistics
 * but no value, on purpose. not-evaluated: no run or no matching metric.
 */
export type HelmCellStatus = 'reported' | 'hidden' | 'not-evaluated';

/** One cell of a HELM leaderboard table (`groups/<group>.json`). */
export interface HelmRow extends RowBase {
  suite: 'helm';
  model: string;
  /** Table `name` (internal id), '' when absent. */
  table: string;
  /** Table `title`: the metric tab (`Accuracy`, `General information`, `subject: all`, or ''). */
  metric_tab: string;
  /** The header cell's text, for display only: run group and metric come from its metadata. */
  column: string;
  run_group: string | null;
  perturbation: string | null;
  status: HelmCellStatus;
  /** null unless status is reported; a published 0 is '0', never null. */
  value: string | null;
  number: number | null;
  /** info: counts and sizes ("General information"), never charted as results. */
  kind: 'score' | 'info';
  /** The cell's description as published (`min=…, mean=…` and any extra lines). */
  description: string;
  /** The strongest contamination marker in the description, if any. */
  contamination: '☠' | '⚠' | null;
  /** The description lines that start with ☠ or ⚠. */
  contamination_notes: string[];
  run_specs: string[];
}

export type ImportedRow = BenchmarkRow | HelmRow;

export interface ImportProblem {
  /** A JSON/YAML path, `line 7`, or `file` for the file as a whole. */
  where: string;
  line: number | null;
  reason: string;
}

/** A task or dataset the dashboard cannot place; it is listed, never dropped silently. */
export interface UnmappedTask {
  where: string;
  line: number | null;
  /** The task or dataset as the file names it (`pawsx_de`, `flores_101 (config "afr deu devtest")`). */
  task: string;
  reason: string;
  /** The languages.csv code, when the name states a language we recognise. */
  language: string | null;
}

export interface ImportResult<R extends ImportedRow = ImportedRow> {
  format: ImportFormat;
  /** The model the file is about, when it names exactly one; null otherwise. */
  modelName: string | null;
  rows: R[];
  rejected: ImportProblem[];
  unmapped: UnmappedTask[];
  warnings: string[];
  /** Problems counted but not listed, past the importers' listing limits (`limits.ts`). */
  omitted: { rejected: number; unmapped: number; warnings: number };
}
