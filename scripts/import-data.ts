/**
 * npm run data:import [-- <shared data dir>]
 * Rewrites data/*.csv from the curated sources (default ../shared/data).
 */
import fs from 'node:fs';
import path from 'node:path';
import { buildShippedData } from './import/build-shipped-data';

const sharedDir = path.resolve(process.argv[2] ?? path.join(process.cwd(), '..', 'shared', 'data'));
const dataDir = path.join(process.cwd(), 'data');
const files = buildShippedData(sharedDir);
fs.mkdirSync(dataDir, { recursive: true });
for (const [name, text] of Object.entries(files)) {
  fs.writeFileSync(path.join(dataDir, name), text);
  const rows = text.split('\n').length - 2; // header and final newline
  console.log(`data/${name}: ${Buffer.byteLength(text)} bytes, ${rows} records`);
}
