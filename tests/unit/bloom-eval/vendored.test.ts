/** data/raw/ is byte for byte the curated raw files (and SOURCES names each one). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SHARED = path.resolve(process.cwd(), '..', 'shared', 'data');
const RAW = path.join(process.cwd(), 'data', 'raw');
const hasShared = fs.existsSync(path.join(SHARED, 'bloom-eval', 'raw'));

describe('vendored raw files', () => {
  const files = (fs.readdirSync(path.join(RAW, 'bloom-eval'), { recursive: true }) as string[]).filter((f) => /\.(json|txt)$/.test(f)).sort();
  it('SOURCES names every bloom-eval file with repo@commit:path', () => {
    const sources = fs.readFileSync(path.join(RAW, 'bloom-eval', 'SOURCES'), 'utf8');
    expect(files).toHaveLength(21);
    for (const f of files) expect(sources).toContain(`\n${f} bigscience-workshop/bigscience@4635fe3564d7eaaa5037e7c3dcca80bc25de41a5:evaluation/results/tr11/${f}`);
  });
  it.skipIf(!hasShared)('are identical to ../shared/data', () => {
    for (const f of files) expect(fs.readFileSync(path.join(RAW, 'bloom-eval', f)).equals(fs.readFileSync(path.join(SHARED, 'bloom-eval', 'raw', f))), f).toBe(true);
    expect(fs.readFileSync(path.join(RAW, 'tfew', 'results.csv')).equals(fs.readFileSync(path.join(SHARED, 'tfew', 'results.csv')))).toBe(true);
  });
});
