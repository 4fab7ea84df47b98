import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { familyCoverage } from '@/lib/bloomz/queries';
import { languagesWithoutResults, pageLanguages } from '@/lib/languages/pages';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { shippedTexts } from '../helpers';

let ds: Dataset;
// data/languages.csv read as plain rows, apart from the loader under test.
let csvRows: Record<string, string>[];
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
  csvRows = Papa.parse<Record<string, string>>(fs.readFileSync(path.join(process.cwd(), 'data', 'languages.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
});

describe('language pages', () => {
  it('every natural language of languages.csv gets a page; the "code" row (script n/a) does not', () => {
    const expected = csvRows.filter((r) => r.script !== 'n/a').map((r) => r.code);
    // 131 lines: a header, 118 languages of the BLOOMZ sources, 11 added for FLORES-101 and the programming-code row.
    expect(expected).toHaveLength(129);
    expect(pageLanguages(ds).map((l) => l.code).sort()).toEqual(expected.sort());
  });

  it('the languages without paper results are those whose eval_datasets is empty', () => {
    const expected = csvRows.filter((r) => r.script !== 'n/a' && r.eval_datasets === '').map((r) => r.code);
    expect(expected).toHaveLength(103); // 92 + the 11 FLORES-only languages
    expect(languagesWithoutResults(ds).map((l) => l.code).sort()).toEqual(expected.sort());
    const codes = languagesWithoutResults(ds).map((l) => l.code);
    expect(codes).toContain('yo');
    expect(codes).not.toContain('th');
  });

  it('Yoruba (languages.csv line 117: in ROOTS, xP3 and mC4) is in pretraining for BLOOMZ and mT0, unseen for T0', () => {
    const level = (family: string) => familyCoverage(ds, ds.languages.get('yo')!).filter((c) => c.family === family).map((c) => c.level);
    expect(level('BLOOMZ')).toEqual(['pretraining']);
    expect(level('BLOOM')).toEqual(['pretraining']);
    expect(level('mT0')).toEqual(['pretraining']);
    expect(level('T0')).toEqual(['unseen']);
  });

  it('Akan (line 3: in ROOTS and xP3, not in mC4) is finetuning-only for the xP3-finetuned mT0 models', () => {
    const mt0 = familyCoverage(ds, ds.languages.get('ak')!).filter((c) => c.family === 'mT0');
    expect(mt0.find((c) => c.models.includes('mT0-13B'))).toMatchObject({ level: 'finetuning-only', text: expect.stringContaining('not in mC4') });
    expect(mt0.find((c) => c.models.includes('mT0-13B-P3'))?.level).toBe('unseen');
  });
});
