import fc from 'fast-check';
import fs from 'node:fs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { bloomzSlice, type BloomzSlice } from '@/lib/bloomz/slice';
import { chartDataToCsv, chartDataToRows, CSV_COLUMNS, escapeCell } from '@/lib/chart/export-csv';
import { userResultsToCsv } from '@/lib/yours/export-csv';
import { CSV_COLUMNS as USER_CSV_COLUMNS } from '@/lib/importers/csv-template';
import { importFile } from '@/lib/importers/detect';
import { userModelsFromImport } from '@/lib/yours/user-results';
import { loadDatasetFromTexts } from '@/lib/data/load';
import { taskView } from '@/lib/views/bloomz-bars';
import { helmLeaderboardChartData } from '@/lib/helm/chart';
import { helmGroupSlice } from '@/lib/helm/slice';
import { defaultHelmSpec, helmSpecContext } from '@/lib/helm/spec';
import { promptSpreadView } from '@/lib/views/prompt-spread';
import { shippedTexts } from '../helpers';

describe('escapeCell', () => {
  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(escapeCell('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")');
    expect(escapeCell('+1+1')).toBe("'+1+1");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('\t=1')).toBe("'\t=1");
    expect(escapeCell('-2+3')).toBe("'-2+3");
    // A formula on a later line of a multi-line cell.
    expect(escapeCell('model notes\n=cmd|/c calc')).toBe("'model notes\n=cmd|/c calc");
  });

  it('keeps published numbers, including negative ones, and plain text as they are', () => {
    for (const v of ['-0.3497', '41.45', '1e-3', '0.00', 'BLOOMZ (176B)', 'mean of 6 published values', '']) expect(escapeCell(v)).toBe(v);
  });

  it('no escaped cell can start a formula, and only dangerous cells change (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (v) => {
        const out = escapeCell(v);
        if (out !== v) expect(out).toBe(`'${v}`);
        if (!/^-?[\d.]/.test(out)) expect(out).not.toMatch(/^[=+\-@\t\r\n]/);
      }),
    );
  });
});

describe('chart CSV', () => {
  let slice: BloomzSlice;
  beforeAll(() => {
    const ds = loadDatasetFromTexts(shippedTexts());
    slice = bloomzSlice(ds, (r) => r.dataset === 'xnli' || r.dataset === 'xcopa', (r) => r.dataset === 'xnli');
  });

  it('has one row per drawn value with its published text and source, and parses back', () => {
    const ctx = taskView.context('xnli', slice);
    const data = taskView.build(taskView.defaults(ctx), slice, ctx);
    const parsed = Papa.parse<Record<string, string>>(chartDataToCsv(data), { header: true, delimiter: ',', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    // 15 languages × 5 models, and XNLI's chance level (3 labels) as a reference row.
    expect(parsed.data).toHaveLength(15 * 5 + 1);
    const chance = parsed.data.find((r) => r.state === 'reference');
    expect(chance).toMatchObject({ category: 'reference:chance-3', category_label: 'chance', value_as_published: '', unit: 'percent' });
    expect(Number(chance!.value)).toBeCloseTo(33.333, 3);
    expect(chance!.computed).toContain('1 / 3 labels');
    // ../shared/data/bloomz/results.csv line 2244
    expect(parsed.data.find((r) => r.category === 'xnli|th|th' && r.series === 'bloomz')).toMatchObject({
      state: 'reported',
      value_as_published: '41.45',
      unit: 'percent',
      coverage: 'unseen',
      source_id: 'xmtf_allres',
    });
  });

  it('writes missing values as a state with empty value, never 0', () => {
    const ctx = taskView.context('xcopa', slice);
    const data = taskView.build({ ...taskView.defaults(ctx), prompt: 'HT', models: ['bloomz-7b1', 'bloomz'] }, slice, ctx);
    const missing = chartDataToRows(data).find((r) => r.series === 'bloomz');
    expect(missing).toMatchObject({ state: 'not-evaluated', value: '', value_as_published: '' });
  });

  it('names the prompt set, the statistic and the coverage on every row of an MT view', () => {
    const ctx = taskView.context('xnli', slice);
    const data = taskView.build({ ...taskView.defaults(ctx), prompt: 'MT', stat: 'max', models: ['bloom-1b1'] }, slice, ctx);
    const rows = chartDataToRows(data);
    expect(rows.length).toBeGreaterThan(10);
    // Reference lines (chance level) are no measurement: they carry no prompt or statistic.
    expect(rows.filter((r) => r.state !== 'reference').every((r) => r.prompt === 'MT' && r.statistic === 'Max accuracy')).toBe(true);
    // data/bloomz-results.csv:1061 bloom-1b1,MT,xnli,ar,…,Max acc.,35.42; Arabic is in ROOTS (BLOOM's pretraining).
    expect(rows.find((r) => r.category === 'xnli|ar|ar')).toMatchObject({ value_as_published: '35.42', coverage: 'pretraining' });
  });

  it('lists each prompt of a strip chart as its own row', () => {
    const ctx = promptSpreadView.context('', slice);
    const data = promptSpreadView.build({ ...promptSpreadView.defaults(ctx), models: ['bloomz'], dataset: 'xnli' }, slice, ctx);
    const th = chartDataToRows(data).filter((r) => r.category === 'xnli|th|th');
    expect(th.map((r) => r.prompt).filter(Boolean)).toHaveLength(5);
    expect(th.find((r) => r.prompt === 'can we infer')?.value_as_published).toBe('41.44578170776367');
  });
});

describe('chart CSV: what travels with a number', () => {
  let ds: ReturnType<typeof loadDatasetFromTexts>;
  beforeAll(() => {
    ds = loadDatasetFromTexts(shippedTexts());
  });

  it("keeps HELM's contamination warning on its row", () => {
    const qa = helmGroupSlice(ds, 'classic', 'question_answering');
    const ctx = helmSpecContext('classic', 'question_answering', qa);
    const data = helmLeaderboardChartData({ ...defaultHelmSpec(ctx), scenario: 'boolq' }, qa);
    const rows = chartDataToRows(data);
    // ../shared/data/helm/results.csv line 7786: T0pp (11B), boolq, EM 0.0, "☠ T0++ is explicitly trained on these datasets, ..."
    const t0pp = rows.find((r) => r.category === 't0pp-11b')!;
    expect(t0pp).toMatchObject({ state: 'reported', value_as_published: '0.0', value: '0' });
    expect(t0pp.publisher_warning).toMatch(/^☠ strong contamination: ☠ T0\+\+ is explicitly trained on these datasets/);
    expect(rows.find((r) => r.category === 'davinci-175b')!.publisher_warning).toMatch(/^⚠ weak contamination/);
    expect(rows.find((r) => r.category === 'llama-13b')!.publisher_warning).toBe('');
  });

  it("writes a second source's number for the same cell as its own row, marked as not drawn", () => {
    const he = bloomzSlice(ds, (r) => r.dataset === 'openai_humaneval');
    const ctx = taskView.context('openai_humaneval', he);
    const data = taskView.build({ ...taskView.defaults(ctx), stat: 'pass@1', models: ['bloom'] }, he, ctx);
    const rows = chartDataToRows(data).filter((r) => r.series === 'bloom');
    // ../shared/data/bloomz/results.csv line 2927 (paper, 15.52) and line 6050 (BLOOM's card, 0.155 as a fraction).
    expect(rows.map((r) => [r.value_as_published, r.unit, r.source_id])).toEqual([
      ['15.52', 'percent', 'xmtf_allres'],
      ['0.155', 'fraction', 'hfcard_bloom'],
    ]);
    expect(rows[1].note).toMatch(/^also published for this cell, not drawn: value is a fraction/);
  });
});

describe('your results as CSV', () => {
  const FILE = 'tests/fixtures/lm-eval-harness/EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json';

  it('imports again as the same rows, and a hostile model name stays inert text', () => {
    const imported = importFile(FILE, fs.readFileSync(FILE, 'utf8'));
    const [model] = userModelsFromImport(imported, { name: 'x', file: 'bloom.json', params: null, pretrainingLanguages: null, importedAt: '2026-11-27T00:00:00Z' });
    const hostile = { ...model, label: '=HYPERLINK("http://evil")\nline two' };
    const csv = userResultsToCsv([hostile]);
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true, delimiter: ',' });
    expect(parsed.meta.fields).toEqual([...USER_CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(model.rows.length);
    expect(parsed.data.every((r) => r.model === `'${hostile.label}`)).toBe(true);

    const again = importFile('my-results.csv', csv);
    expect(again.rejected).toEqual([]);
    expect(again.rows.map((r) => [r.suite === 'benchmark' && r.dataset, r.suite === 'benchmark' && r.language, r.value, r.unit])).toEqual(
      model.rows.map((r) => [r.dataset, r.language, r.value, r.unit]),
    );
  });
});
