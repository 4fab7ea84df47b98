/**
 * The static export's JSON per default view: one file per (view, subject), plain JSON, and the
 * numbers in it are the published texts of data/ (read here with PapaParse, not through the loader).
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/lib/data/dataset';
import { VIEWS, type ViewId } from '@/lib/views/registry';
import { viewSubjects } from '@/lib/views/slices';
import { defaultViewFiles } from '@/lib/views/view-files';

const ds = getDataset();
const files = defaultViewFiles(ds);

describe('defaultViewFiles', () => {
  it('writes one JSON per view and subject, under data/views/<view>/<subject>.json', () => {
    const expected = (Object.keys(VIEWS) as ViewId[]).flatMap((view) => viewSubjects(ds, view).map((s) => `data/views/${view}/${s}.json`));
    expect(files.map((f) => f.path)).toEqual(expected);
    expect(new Set(files.map((f) => f.path)).size).toBe(files.length);
    expect(files.map((f) => f.path)).toContain('data/views/task/xnli.json');
  });

  it('holds plain JSON (nothing lost when written and read back)', () => {
    for (const f of files) expect(JSON.parse(JSON.stringify(f.data)), f.path).toEqual(f.data);
  });

  it('task/xnli: every published number is a value of that model on XNLI in bloomz-results.csv, as printed', () => {
    const text = fs.readFileSync(path.join(process.cwd(), 'data', 'bloomz-results.csv'), 'utf8');
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.filter((r) => r.dataset === 'xnli');
    const published = new Set(rows.map((r) => `${r.model}|${r.value}`));
    const xnli = files.find((f) => f.path === 'data/views/task/xnli.json')!.data;
    const reported = xnli.cells.filter((c) => c.state === 'reported' && !c.derived);
    expect(reported.length).toBeGreaterThan(50);
    for (const c of reported) expect(published.has(`${c.series}|${c.published}`), `${c.series} ${c.category} ${c.published}`).toBe(true);
  });
});
