/** Public API of the importers (pure TypeScript, no React; safe in a Web Worker). */
import type { ImportedRow, ImportResult } from './types';

export * from './types';
export { importFile } from './detect';
export { importLmEvalHarness, importLmEvalHarnessJson, looksLikeLmEvalHarness } from './lm-eval-harness';
export { importHfModelIndex, extractFrontMatter, type FrontMatter } from './hf-model-index';
export { importHelmGroups, importHelmGroupsJson, helmShape } from './helm-groups';
export {
  CSV_COLUMNS,
  CSV_TEMPLATE,
  createCsvRowImporter,
  createCsvTextImporter,
  importDashboardCsv,
  type CsvRowImporter,
  type CsvTextImporter,
} from './dashboard-csv';
export { readJson, type JsonDocument, type JsonReadResult } from './json-source';
export { IMPORT_DATASETS, DATASET_FACTS, placeLmEvalTask } from './datasets';
export { DASHBOARD_LANGUAGE_CODES, resolveLanguage } from './languages';

/**
 * Gives rows whose file did not name the model the name the user typed. Rows that
 * carry their own model (HELM tables, CSV) keep it.
 */
export function withModelName<R extends ImportedRow>(result: ImportResult<R>, name: string): ImportResult<R> {
  const model = name.trim();
  if (!model) return result;
  return {
    ...result,
    modelName: result.modelName ?? model,
    rows: result.rows.map((r) => (r.model === null ? { ...r, model } : r)),
  };
}
