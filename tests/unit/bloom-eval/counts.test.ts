/**
 * Every number of the vendored raw files is in data/, one by one: the raw files are read
 * here with JSON.parse (independently of lib/bloom-eval's literal-keeping reader) and each
 * number is looked up in the shipped CSV, so a dropped, duplicated or altered value fails.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const RAW = path.join(process.cwd(), 'data', 'raw', 'bloom-eval');
type Csv = Record<string, string>[];
const readCsv = (file: string): Csv => Papa.parse<Record<string, string>>(fs.readFileSync(path.join(process.cwd(), 'data', file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const results = readCsv('bloom-eval-results.csv');
const medians = readCsv('bloom-eval-medians.csv');
const tfew = readCsv('tfew-results.csv');
const raw = (rel: string) => JSON.parse(fs.readFileSync(path.join(RAW, rel), 'utf8'));

const HARNESS = { bloom: 'bloom', bloom2b5: 'bloom-3b', bloom1b3: 'bloom-1b7', opt: 'opt-175b' } as const;
const HUMANEVAL = { ...HARNESS, bloom350m: 'bloom-560m' } as const;

describe('bloom-eval-results.csv holds every number of the raw files', () => {
  for (const [run, model] of Object.entries(HARNESS)) {
    it(`${run}/bslmeval.json: every metric and every stderr`, () => {
      const doc = raw(`${run}/bslmeval.json`).results as Record<string, Record<string, Record<string, unknown>>>;
      const rows = results.filter((r) => r.run === run && r.task !== 'humaneval');
      const byKeyMetric = new Map(rows.map((r) => [`${r.key}\u0000${r.metric}`, r]));
      expect(byKeyMetric.size, 'one row per key and metric').toBe(rows.length);
      let numbers = 0;
      for (const [key, byTime] of Object.entries(doc)) {
        for (const fields of Object.values(byTime)) {
          for (const [name, v] of Object.entries(fields)) {
            if (typeof v !== 'number') continue;
            numbers++;
            const metric = name.replace(/_stderr$/, '');
            const row = byKeyMetric.get(`${key}\u0000${metric}`);
            expect(row, `${run} ${key} ${name}`).toBeDefined();
            expect(row!.model).toBe(model);
            expect(Number(name.endsWith('_stderr') ? row!.stderr : row!.value), `${run} ${key} ${name}`).toBe(v);
          }
        }
      }
      const shipped = rows.length + rows.filter((r) => r.stderr !== '').length;
      expect(shipped).toBe(numbers);
    });
  }
  for (const [run, model] of Object.entries(HUMANEVAL)) {
    it(`${run}/humaneval_temp{02,06,08}.json: pass@1, pass@10, pass@100 at each temperature`, () => {
      for (const [nn, temperature] of [['02', '0.2'], ['06', '0.6'], ['08', '0.8']]) {
        const doc = raw(`${run}/humaneval_temp${nn}.json`) as Record<string, number>;
        const rows = results.filter((r) => r.run === run && r.task === 'humaneval' && r.temperature === temperature);
        expect(rows.map((r) => r.metric).sort()).toEqual(Object.keys(doc).sort());
        for (const r of rows) {
          expect(r.model).toBe(model);
          expect(Number(r.value)).toBe(doc[r.metric]);
        }
      }
    });
  }
  it('no other rows: the shipped file is exactly the raw files', () => {
    expect(results.filter((r) => !(r.run in HUMANEVAL))).toEqual([]);
    expect(results.filter((r) => r.run === 'bloom350m' && r.task !== 'humaneval')).toEqual([]);
  });
  it('keeps values as printed: OPT pass@1 at 0.2 is "0.0" (opt/humaneval_temp02.json:1), not 0', () => {
    const row = results.find((r) => r.run === 'opt' && r.temperature === '0.2' && r.metric === 'pass@1');
    expect(row?.value).toBe('0.0');
  });
  it('values copied by hand', () => {
    const one = (run: string, key: string, metric: string) => results.find((r) => r.run === run && r.key === key && r.metric === metric);
    // bloom/bslmeval.json:347-348
    expect(one('bloom', 'cb+GPT-3 style', 'acc')).toMatchObject({ value: '0.4642857142857143', stderr: '0.06724777654937658', line: '347' });
    // bloom/bslmeval.json:349: f1 has no stderr published
    expect(one('bloom', 'cb+GPT-3 style', 'f1')).toMatchObject({ value: '0.3849206349206349', stderr: '' });
    // bloom/bslmeval.json:1525 and opt/bslmeval.json:1525 (Swahili, FLORES swh → sw)
    expect(one('bloom', 'gsarti/flores_101_swh+null', 'byte_perplexity')).toMatchObject({ value: '2.6844272218041634', languages: 'sw', flores_code: 'swh', task: 'flores_101' });
    expect(one('opt', 'gsarti/flores_101_swh+null', 'byte_perplexity')?.value).toBe('4.472828774527017');
    // opt/bslmeval.json:2754-2757
    expect(one('opt', 'wic+same_sense', 'acc')).toMatchObject({ value: '0.49686520376175547', stderr: '0.01981033193209754' });
  });
});

describe('bloom-eval-medians.csv holds every value of the two mdtable.txt files', () => {
  for (const [run, columns] of [['bloom', 2], ['bloom2b5', 1]] as const) {
    it(`${run}/mdtable.txt: ${columns} value(s) per table row`, () => {
      const lines = fs.readFileSync(path.join(RAW, run, 'mdtable.txt'), 'utf8').split('\n');
      const body = lines.map((l, i) => [l, i + 1] as const).slice(2).filter(([l]) => l.trim());
      const rows = medians.filter((r) => r.source === `bloomeval_${run}_mdtable`);
      expect(rows).toHaveLength(body.length * columns);
      for (const [line, n] of body) {
        const cells = line.split('|').map((c) => c.trim());
        const onLine = rows.filter((r) => r.line === String(n));
        expect(onLine.map((r) => r.value), `${run}/mdtable.txt:${n}`).toEqual(cells.slice(4, 4 + columns));
        expect(onLine.every((r) => r.task_published === cells[1])).toBe(true);
      }
    });
  }
  it('values copied by hand', () => {
    // bloom/mdtable.txt:8 "| cb (Median of 15 prompts) | eng | acc ↑ | 0.339 | 0.411 |"
    expect(medians.filter((r) => r.line === '8' && r.source === 'bloomeval_bloom_mdtable').map((r) => [r.model, r.value, r.prompts])).toEqual([
      ['bloom', '0.339', '15'],
      ['opt-175b', '0.411', '15'],
    ]);
    // bloom/mdtable.txt:120 "| lambada_mt_es | esp | acc ↑ | 0.476 | 0.397 |": "esp" is Spanish
    expect(medians.find((r) => r.line === '120' && r.model === 'bloom')).toMatchObject({ languages: 'es', language_published: 'esp', value: '0.476' });
  });
});

describe('tfew-results.csv holds every cell of ../shared/data/tfew/results.csv', () => {
  it('23 cells, the printed text kept', () => {
    const rawRows = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(process.cwd(), 'data', 'raw', 'tfew', 'results.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(tfew.map((r) => r.published)).toEqual(rawRows.map((r) => r.value_as_published));
    // data/raw/tfew/results.csv:3 Human baseline 73.5%; :9 T-Few disk space 4.2 MB; :11 T0 training FLOPs 0 (a published zero)
    expect(tfew[1]).toMatchObject({ method: 'Human baseline', published: '73.5%', value: '73.5', unit: 'percent' });
    expect(tfew[7]).toMatchObject({ method: 'T-Few', published: '4.2 MB', value: '4.2e6', unit: 'bytes' });
    expect(tfew[9]).toMatchObject({ method: 'T0', metric: 'Training FLOPs', published: '0', value: '0' });
  });
});
