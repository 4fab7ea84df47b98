/**
 * "Download my results (CSV)" and importing that file again: the second download must be
 * the first, byte for byte, with every value as published and the formula guard kept.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCell } from '@/lib/chart/export-csv';
import { userResultsToCsv } from '@/lib/yours/export-csv';
import { DATASET_FACTS, IMPORT_DATASETS, importDashboardCsv, importFile } from '@/lib/importers';
import { protocolFromNotes } from '@/lib/importers/csv-template';
import type { ImportFormat } from '@/lib/importers/types';
import { suggestedModelName, userModelsFromImport, type UserModel, type UserResultRow } from '@/lib/yours/user-results';

const IMPORTED_AT = '2026-11-27T00:00:00Z';

/** What the import page does with a downloaded file: import it, name it as the form suggests, save it. */
function reimport(csv: string, file = 'my-results.csv'): UserModel[] {
  const result = importDashboardCsv(file, csv);
  expect(result.rejected).toEqual([]);
  expect(result.unmapped).toEqual([]);
  return userModelsFromImport(result, { name: suggestedModelName(result, file), file, params: null, pretrainingLanguages: null, importedAt: IMPORTED_AT });
}

/** Every cell a spreadsheet would run as a formula carries the guard. */
function expectFormulaSafe(csv: string): void {
  const cells = Papa.parse<string[]>(csv, { delimiter: ',', skipEmptyLines: true }).data.flat();
  for (const cell of cells) expect(cell.startsWith("'") || escapeCell(cell) === cell).toBe(true);
}

const model = (label: string, format: ImportFormat, rows: UserResultRow[]): UserModel => ({
  id: `yours-${label}`,
  label,
  file: 'results.json',
  format,
  importedAt: IMPORTED_AT,
  params: null,
  pretrainingLanguages: null,
  rows,
});

describe('export → import → export', () => {
  it('gives the same file for a nasty model name, a formula-looking metric and a negative value', () => {
    const row: UserResultRow = {
      dataset: 'xnli',
      config: 'fr',
      language: 'fr',
      metric: '@acc',
      value: '-0.5',
      number: -0.5,
      unit: 'score',
      stderr: null,
      nShot: 0,
      protocol: 'lm-evaluation-harness 0.4.5\n=cmd|" /C calc"!A0',
      where: 'results.json results["xnli_fr"]["acc,none"]',
    };
    const name = '=HYPERLINK("http://evil.example","click"), \'quoted\'';
    const first = userResultsToCsv([model(name, 'lm-eval-harness-v0.4', [row])]);
    expectFormulaSafe(first);

    const [back] = reimport(first);
    expect(back.label).toBe(name);
    expect(back.rows.map((r) => [r.metric, r.value, r.number, r.unit])).toEqual([['@acc', '-0.5', -0.5, 'score']]);
    expect(back.rows[0].protocol).toBe(`dashboard CSV; ${row.protocol}; from ${row.where}`);

    const second = userResultsToCsv([back]);
    expect(second).toBe(first);
    expect(userResultsToCsv(reimport(second))).toBe(first);
  });

  it('keeps a real leading apostrophe, and reads a guarded cell written by hand', () => {
    const csv = ['model,dataset,config,language,metric,value,unit,stderr,n_shot,notes', `"'=x",xnli,fr,fr,acc,'0.5,fraction,,,"'+note"`, ''].join('\n');
    const [m] = reimport(csv, 'hand.csv');
    expect([m.label, m.rows[0].value, m.rows[0].protocol]).toEqual(['=x', '0.5', 'dashboard CSV; +note']);

    const apostrophe = { ...m, label: "'s model" };
    const csvOut = userResultsToCsv([apostrophe]);
    expect(csvOut).toContain(`"''s model"`);
    expect(reimport(csvOut)[0].label).toBe("'s model");
  });

  it('does not grow the notes: a lm-eval file downloaded three times says where it came from once', () => {
    const FILE = 'tests/fixtures/lm-eval-harness/EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json';
    const result = importFile(FILE, fs.readFileSync(FILE, 'utf8'));
    const models = userModelsFromImport(result, { name: 'bloom', file: 'bloom.json', params: null, pretrainingLanguages: null, importedAt: IMPORTED_AT });
    const first = userResultsToCsv(models);
    const third = userResultsToCsv(reimport(userResultsToCsv(reimport(first))));
    expect(third).toBe(first);
    const notes = Papa.parse<Record<string, string>>(third, { header: true, delimiter: ',', skipEmptyLines: true }).data.map((r) => r.notes);
    expect(notes.every((n) => n.split('; from ').length === 2 && !n.startsWith('dashboard CSV'))).toBe(true);
  });
});

// Text that spreadsheets and CSV readers trip on: formula starts, the guard itself, quotes, separators, line breaks.
const nasty = fc.string({ unit: fc.constantFrom("'", '=', '+', '-', '@', '\t', '\r', '\n', ' ', '"', ',', ';', 'a', 'Z', '0', '.', 'é', '<'), maxLength: 12 });
// Names and metrics are trimmed by the form and the importers, and cannot be empty.
const name = nasty.map((s) => s.trim()).filter((s) => s !== '');

const PLACES = IMPORT_DATASETS.flatMap((dataset) => Object.entries(DATASET_FACTS[dataset].configs).map(([config, language]) => ({ dataset, config, language })));
const published = (n: number) => String(n);
const valueAndUnit = fc.oneof(
  fc.double({ min: 0, max: 1, noNaN: true }).map((n) => ({ value: published(n), unit: 'fraction' as const })),
  fc.double({ min: 0, max: 100, noNaN: true }).map((n) => ({ value: published(n), unit: 'percent' as const })),
  fc.constantFrom({ value: '53.0', unit: 'percent' as const }, { value: '-0.5', unit: 'unknown-scale' as const }, { value: '1e-3', unit: 'fraction' as const }),
);

const row = fc.record({
  place: fc.constantFrom(...PLACES),
  metric: name,
  measured: valueAndUnit,
  stderr: fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map(published), { nil: null }),
  nShot: fc.option(fc.nat({ max: 25 }), { nil: null }),
  notes: nasty,
  where: nasty,
});

const models = fc.uniqueArray(fc.record({ label: name, format: fc.constantFrom<ImportFormat>('lm-eval-harness-v0.4', 'hf-model-index', 'dashboard-csv'), rows: fc.array(row, { minLength: 1, maxLength: 4 }) }), {
  minLength: 1,
  maxLength: 3,
  selector: (m) => m.label,
});

type Generated = typeof models extends fc.Arbitrary<infer T> ? T : never;

const toUserModels = (list: Generated): UserModel[] =>
  list.map((m) =>
    model(
      m.label,
      m.format,
      m.rows.map((r) => ({
        ...r.place,
        metric: r.metric,
        ...r.measured,
        number: Number(r.measured.value),
        stderr: r.stderr,
        nShot: r.nShot,
        // A dashboard CSV row's protocol is what that importer makes of its notes.
        protocol: m.format === 'dashboard-csv' ? protocolFromNotes(r.notes) : r.notes,
        where: r.where,
      })),
    ),
  );

describe('export → import → export, for any results', () => {
  it('is a fixed point, keeps every value and unit as published, and stays safe to open in a spreadsheet', () => {
    fc.assert(
      fc.property(models, (list) => {
        const mine = toUserModels(list);
        const first = userResultsToCsv(mine);
        expectFormulaSafe(first);
        const back = reimport(first);
        const published = (ms: UserModel[]) => ms.flatMap((m) => m.rows.map((r) => [m.label, r.dataset, r.language, r.metric, r.value, r.number, r.unit, r.stderr, r.nShot]));
        expect(published(back)).toEqual(published(mine));
        expect(userResultsToCsv(back)).toBe(first);
      }),
      { numRuns: 300 },
    );
  });
});
