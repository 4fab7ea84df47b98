import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildShippedData } from '@/scripts/import/build-shipped-data';

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'data');
const hasShared = fs.existsSync(path.join(SHARED, 'bloomz', 'results.csv'));
if (!hasShared) console.log(`[shipped-data] skipped: ${SHARED} does not exist on this machine, so data/ cannot be re-imported here.`);

describe.skipIf(!hasShared)('shipped data is reproducible from ../shared/data', () => {
  it('npm run data:import produces exactly the committed data/ files', () => {
    const built = buildShippedData(SHARED);
    const committed = fs.readdirSync(path.join(process.cwd(), 'data')).filter((f) => f.endsWith('.csv')).sort();
    expect(Object.keys(built).sort()).toEqual(committed);
    for (const [file, text] of Object.entries(built)) {
      const onDisk = fs.readFileSync(path.join(process.cwd(), 'data', file), 'utf8');
      // Compare sizes first: a diff of 7 MB strings is unreadable.
      expect(onDisk.length, `${file} length`).toBe(text.length);
      expect(onDisk === text, `${file} content`).toBe(true);
    }
  });
});
