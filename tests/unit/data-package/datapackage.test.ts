/**
 * The generated datapackage.json against the shipped files themselves: every CSV in data/ is a
 * resource, every field is in the file's header in order, and every cell parses as its field's
 * type. Expected values come from reading data/ with PapaParse here, not from the code under test.
 */
import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { getDataset } from '@/lib/data/dataset';
import { buildDataPackage, fieldsOf, type DataPackageField } from '@/lib/data-package/datapackage';

const DATA = path.join(process.cwd(), 'data');
const pkg = buildDataPackage(getDataset());

function readCsv(file: string): string[][] {
  const text = fs.readFileSync(path.join(DATA, file), 'utf8');
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors, file).toEqual([]);
  return parsed.data;
}

// Frictionless number / integer lexical forms (table schema spec), written out here on purpose.
const FRICTIONLESS_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FRICTIONLESS_INTEGER = /^[+-]?\d+$/;

function cellProblem(field: DataPackageField, cell: string): string | null {
  if (cell === '') return field.constraints?.required ? 'empty but required' : null;
  if (field.constraints?.enum && !field.constraints.enum.includes(cell)) return `not one of ${field.constraints.enum.join('|')}`;
  switch (field.type) {
    case 'integer':
      return FRICTIONLESS_INTEGER.test(cell) && Number.isSafeInteger(Number(cell)) ? null : 'not an integer';
    case 'number':
      return FRICTIONLESS_NUMBER.test(cell) && Number.isFinite(Number(cell)) ? null : 'not a number';
    case 'boolean':
      return [...(field.trueValues ?? []), ...(field.falseValues ?? [])].includes(cell) ? null : 'not a boolean';
    default:
      return null;
  }
}

describe('datapackage.json', () => {
  it('is a tabular data package with one CSV resource per file in data/ (not data/raw)', () => {
    expect(pkg.profile).toBe('tabular-data-package');
    const shipped = fs.readdirSync(DATA).filter((f) => f.endsWith('.csv') && fs.statSync(path.join(DATA, f)).isFile());
    expect(shipped.length).toBeGreaterThanOrEqual(10);
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(shipped.sort());
    expect(new Set(pkg.resources.map((r) => r.name)).size).toBe(pkg.resources.length);
    for (const r of pkg.resources) {
      expect(r.name).toMatch(/^[a-z0-9._-]+$/);
      expect(r).toMatchObject({ profile: 'tabular-data-resource', format: 'csv', mediatype: 'text/csv', encoding: 'utf-8' });
      expect(r.title.length, r.path).toBeGreaterThan(0);
      expect(r.description.length, r.path).toBeGreaterThan(0);
    }
    // Plain JSON: serialises and reads back unchanged.
    expect(JSON.parse(JSON.stringify(pkg))).toEqual(pkg);
  });

  it("lists every field in the file's header, in order, each typed and described", () => {
    for (const r of pkg.resources) {
      const header = readCsv(r.path)[0];
      expect(r.schema.fields.map((f) => f.name), r.path).toEqual(header);
      for (const f of r.schema.fields) {
        expect(['string', 'number', 'integer', 'boolean'], `${r.path} ${f.name}`).toContain(f.type);
        expect(f.description.trim().length, `${r.path} ${f.name}`).toBeGreaterThan(0);
        if (f.unitField) expect(header, `${r.path} ${f.name} unitField`).toContain(f.unitField);
      }
    }
  });

  it('gives value columns their unit: a unit column per row, or a fixed unit', () => {
    const fields = (file: string) => pkg.resources.find((r) => r.path === file)!.schema.fields;
    for (const file of ['bloomz-results.csv', 'bloomz-per-prompt.csv', 'helm-results.csv', 'bloom-eval-results.csv', 'tfew-results.csv']) {
      const value = fields(file).find((f) => f.name === 'value')!;
      expect(value.type, file).toBe('number');
      expect(value.unitField, file).toBe('unit');
      const unit = fields(file).find((f) => f.name === 'unit')!;
      // Every unit a row uses is one the field lists.
      const rows = readCsv(file);
      const col = rows[0].indexOf('unit');
      for (const u of new Set(rows.slice(1).map((row) => row[col]))) expect(unit.constraints?.enum, file).toContain(u);
    }
    expect(fields('languages.csv').find((f) => f.name === 'roots_pct')).toMatchObject({ type: 'number', unit: 'percent' });
    expect(fields('models.csv').find((f) => f.name === 'params')).toMatchObject({ type: 'integer', unit: 'count' });
  });

  it('every non-empty cell parses as its field type (and required cells are filled); the row count is the file’s', () => {
    const typed = { integer: 0, number: 0, boolean: 0 };
    for (const r of pkg.resources) {
      const [header, ...rows] = readCsv(r.path);
      expect(r.rowCount, r.path).toBe(rows.length);
      const problems: string[] = [];
      r.schema.fields.forEach((f, j) => {
        if (f.type !== 'string') typed[f.type]++;
        rows.forEach((row, i) => {
          const problem = cellProblem(f, row[j] ?? '');
          if (problem && problems.length < 10) problems.push(`${r.path} row ${i + 2} ${header[j]}="${row[j]}": ${problem}`);
        });
      });
      expect(problems).toEqual([]);
    }
    // The check is only worth something if typed fields exist.
    expect(typed.integer).toBeGreaterThan(0);
    expect(typed.number).toBeGreaterThan(5);
    expect(typed.boolean).toBeGreaterThan(5);
  });

  it("cites each file's sources from sources.csv, and claims no licence sources.csv does not record", () => {
    const [header, ...rows] = readCsv('sources.csv');
    const url = new Map(rows.map((row) => [row[header.indexOf('id')], row[header.indexOf('url')]]));
    for (const r of pkg.resources) {
      const [h, ...body] = readCsv(r.path);
      const col = h.indexOf('source');
      const cited = col < 0 || r.path === 'sources.csv' ? [] : [...new Set(body.map((row) => row[col]))];
      expect(r.sources.map((s) => s.path), r.path).toEqual(cited.map((id) => url.get(id)));
      for (const s of r.sources) expect(s.title.length).toBeGreaterThan(0);
    }
    expect(pkg.sources.length).toBe(rows.length);
    if (!header.some((c) => /licen[cs]e/i.test(c))) {
      expect(JSON.stringify(pkg)).not.toMatch(/"licenses"/);
      expect(pkg.description).toMatch(/not stated/);
    }
  });
});

describe('fieldsOf (the rule: every column is described)', () => {
  const schema = z.object({ a: z.string(), b: z.string() });
  it('fails on a schema column without a description', () => {
    expect(() => fieldsOf({ file: 'x.csv', schema, doc: { title: 'X', description: 'x', columns: { a: 'A' } } })).toThrow(/x\.csv: column "b" has no description/);
    expect(() => fieldsOf({ file: 'x.csv', schema, doc: { title: 'X', description: 'x', columns: { a: 'A', b: ' ' } } })).toThrow(/column "b"/);
  });
  it('fails on a description of a column the schema has not', () => {
    expect(() => fieldsOf({ file: 'x.csv', schema, doc: { title: 'X', description: 'x', columns: { a: 'A', b: 'B', c: 'C' } } })).toThrow(/columns the schema has not: c/);
  });
  it('types zod enums as string with an enum constraint', () => {
    const fields = fieldsOf({ file: 'y.csv', schema: z.object({ e: z.enum(['p', 'q']) }), doc: { title: 'Y', description: 'y', columns: { e: 'E' } } });
    expect(fields).toEqual([{ name: 'e', type: 'string', description: 'E', constraints: { required: true, enum: ['p', 'q'] } }]);
  });
});
