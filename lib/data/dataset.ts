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
  const entries = Object.entries(DATA_FILES).map(([key, { file }]) => [key, fs.readFileSync(path.join(process.cwd(), 'data', file), 'utf8')]);
  return Object.fromEntries(entries) as DataTexts;
}

let cached: Dataset | undefined;

export function getDataset(): Dataset {
  cached ??= loadDatasetFromTexts(readDataTexts());
  return cached;
}
