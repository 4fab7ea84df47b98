/**
 * The shipped dataset, read from data/ once per process (build workers, the server,
 * scripts). Server-only: pages hand their components plain slices, never this object.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadDatasetFromTexts, type Dataset, type DataTexts } from './load';
import { DATA_FILES } from './schema';

export function readDataTexts(): DataTexts {
  // A path scoped to data/ keeps the bundler from tracing the whole project.
  const entries = Object.keys(DATA_FILES).map((key) => [key, readDataText(key as keyof typeof DATA_FILES)]);
  return Object.fromEntries(entries) as DataTexts;
}

/** One shipped file's text exactly as shipped (what the /data downloads serve). */
export function readDataText(key: keyof typeof DATA_FILES): string {
  return fs.readFileSync(path.join(process.cwd(), 'data', DATA_FILES[key].file), 'utf8');
}

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  cached ??= loadDatasetFromTexts(readDataTexts());
  return cached;
}
