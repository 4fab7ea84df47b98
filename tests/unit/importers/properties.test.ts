import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  CSV_COLUMNS,
  DATASET_FACTS,
  IMPORT_DATASETS,
  createCsvTextImporter,
  importDashboardCsv,
  importFile,
  importHfModelIndex,
  importLmEvalHarness,
  type ImportResult,
} from '@/lib/importers';
import { isDashboardLanguage } from '@/lib/importers/languages';
import { PUBLISHED_NUMBER } from '@/lib/data/schema';
import { UNITS } from '@/lib/data/units';
import { allFixtures, fixture } from './fixtures';

/** What every import result must satisfy, whatever the input. */
function checkResult(r: ImportResult): void {
  for (const p of [...r.rejected, ...r.unmapped]) {
    expect(p.where.length).toBeGreaterThan(0);
    expect(p.reason.length).toBeGreaterThan(0);
  }
  for (const row of r.rows) {
    expect(UNITS).toContain(row.unit);
    if (row.suite === 'benchmark') {
      expect(row.value).toMatch(PUBLISHED_NUMBER);
      expect(Number(row.value)).toBe(row.number);
      expect(IMPORT_DATASETS).toContain(row.dataset);
      expect(isDashboardLanguage(row.language)).toBe(true);
      if (row.stderr !== null) expect(Number(row.stderr)).toBeGreaterThanOrEqual(0);
    } else {
      expect(row.value === null).toBe(row.status !== 'reported');
      if (row.value !== null) expect(Number(row.value)).toBe(row.number);
    }
  }
}

const NAMES = ['results.json', 'card.yaml', 'README.md', 'mine.csv', 'table.json', 'x.txt', 'noext'];
const FIXTURES = allFixtures();

describe('importFile never throws', () => {
  it('on random text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.string({ maxLength: 400, unit: 'binary' }), (name, text) => {
        checkResult(importFile(name, text));
      }),
    );
  });

  it('on random JSON values, including ones shaped like our formats', () => {
    const shaped = fc.oneof(
      fc.jsonValue(),
      fc.record({ results: fc.dictionary(fc.string(), fc.jsonValue()), config: fc.jsonValue(), groups: fc.jsonValue(), group_subtasks: fc.jsonValue() }, { requiredKeys: ['results'] }),
      fc.array(fc.record({ title: fc.jsonValue(), header: fc.array(fc.jsonValue()), rows: fc.array(fc.array(fc.jsonValue())) })),
      fc.record({ 'model-index': fc.jsonValue() }),
    );
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), shaped, (name, value) => {
        checkResult(importFile(name, JSON.stringify(value, null, 1) ?? 'null'));
      }),
    );
  });

  it('on real files cut short anywhere', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.double({ min: 0, max: 1, noNaN: true }), (file, at) => {
        const text = fixture(file);
        checkResult(importFile(file, text.slice(0, Math.floor(text.length * at))));
      }),
      { numRuns: 200 },
    );
  });

  it('on real files with random edits', () => {
    const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(20), insert: fc.string({ maxLength: 12, unit: fc.constantFrom(...'{}[]",:-\n 0.5e9NaNtrue ☠'.split('')) }) });
    fc.assert(
      fc.property(fc.constantFrom(...FIXTURES), fc.array(edit, { minLength: 1, maxLength: 6 }), (file, edits) => {
        let text = fixture(file);
        for (const e of edits) {
          const i = Math.floor(text.length * e.at);
          text = text.slice(0, i) + e.insert + text.slice(i + e.remove);
        }
        checkResult(importFile(file, text));
      }),
      { numRuns: 200 },
    );
  });
});

/** (dataset, config, language) triples the importers must map. */
const PLACES = IMPORT_DATASETS.flatMap((d) => Object.entries(DATASET_FACTS[d].configs).map(([config, language]) => ({ dataset: d, config, language })));
const LM_PREFIX: Record<string, string> = { xnli: 'xnli_', xcopa: 'xcopa_', xstory_cloze: 'xstorycloze_', xwinograd: 'xwinograd_' };
const fraction = fc.double({ min: 0, max: 1, noNaN: true }).map((v) => (v === 0 ? 0 : v));

describe('valid numbers are never lost beside garbage', () => {
  it('lm-evaluation-harness: every valid metric is a row, every garbage value a rejection at its path', () => {
    const garbage = fc.oneof(
      fc.string(),
      fc.constant(null),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
      fc.double({ min: 1.0001, max: 1e9, noNaN: true }),
      fc.double({ min: -1e9, max: -0.0001, noNaN: true }),
    );
    const task = fc.record({ valid: fc.boolean(), acc: fraction, stderr: fc.double({ min: 0, max: 0.1, noNaN: true }), bad: garbage });
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 12 }), fc.array(task, { minLength: 12, maxLength: 12 }), (places, tasks) => {
        const results: Record<string, unknown> = {};
        places.forEach((p, i) => {
          const t = tasks[i];
          results[LM_PREFIX[p.dataset] + p.config] = t.valid ? { 'acc,none': t.acc, 'acc_stderr,none': t.stderr, alias: 'x' } : { 'acc,none': t.bad, alias: 'x' };
        });
        const r = importLmEvalHarness('p.json', JSON.stringify({ results, config: { model_args: 'pretrained=org/m' } }, null, 2));
        checkResult(r);
        const expectedRows = places.flatMap((p, i) => (tasks[i].valid ? [[p.dataset, p.language, String(tasks[i].acc), String(tasks[i].stderr)]] : []));
        expect(r.rows.map((x) => [x.dataset, x.language, x.value, x.stderr])).toEqual(expectedRows);
        const expectedRejects = places.flatMap((p, i) => (tasks[i].valid ? [] : [`results[${JSON.stringify(LM_PREFIX[p.dataset] + p.config)}]["acc,none"]`]));
        expect(r.rejected.map((x) => x.where)).toEqual(expectedRejects);
        expect(r.rejected.every((x) => x.line !== null)).toBe(true);
      }),
    );
  });

  it('model card: every valid value keeps the exact text it was written with', () => {
    // Above 1, so the card's accuracies are unambiguously percent (every value ≤ 1 is the unknown-scale case).
    const written = fc.tuple(fc.integer({ min: 2, max: 99 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('', '0', '00')).map(([a, b, z]) => `${a}.${String(b).padStart(2, '0')}${z}`);
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom(...PLACES), { minLength: 1, maxLength: 8 }), fc.array(written, { minLength: 8, maxLength: 8 }), (places, values) => {
        const types: Record<string, string> = { xnli: 'xnli', xcopa: 'xcopa', xstory_cloze: 'Muennighoff/xstory_cloze', xwinograd: 'Muennighoff/xwinograd' };
        const results = places
          .map((p, i) => `  - task:\n      type: t\n    dataset:\n      type: ${types[p.dataset]}\n      config: ${p.config}\n    metrics:\n    - type: Accuracy\n      value: ${values[i]}\n`)
          .join('');
        const r = importHfModelIndex('c.yaml', `model-index:\n- name: m\n  results:\n${results}`);
        checkResult(r);
        expect(r.rows.map((x) => [x.dataset, x.language, x.value, x.unit])).toEqual(places.map((p, i) => [p.dataset, p.language, values[i], 'percent']));
      }),
    );
  });

  // Text without the characters that would change how the line is split or read.
  const cellText = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'ab xyz-é日,"\n'.split('')) });
  const validRow = fc.record({ place: fc.constantFrom(...PLACES), model: cellText.filter((s) => s.trim() !== ''), value: fraction, notes: fc.string({ maxLength: 10, unit: fc.constantFrom(...'a ,"\n'.split('')) }) });
  const garbageLine = fc.oneof(
    fc.record({ kind: fc.constant('value' as const), row: validRow, bad: fc.constantFrom('abc', '', '1,5', 'NaN', '0x10', '1e', '5%', '--1') }),
    fc.record({ kind: fc.constant('short' as const), row: validRow, keep: fc.integer({ min: 2, max: 9 }) }),
    fc.record({ kind: fc.constant('unit' as const), row: validRow, bad: fc.constantFrom('percentage', '%', 'Fraction', '') }),
    fc.record({ kind: fc.constant('text' as const), text: fc.string({ minLength: 1, maxLength: 30, unit: fc.constantFrom(...'ab ;:.,'.split('')) }).filter((s) => s.split(',').length !== 10) }),
  );
  const fields = (r: { place: (typeof PLACES)[number]; model: string; value: number; notes: string }) => [r.model, r.place.dataset, r.place.config, r.place.language, 'acc', String(r.value), 'fraction', '', '0', r.notes];
  const unparse = (f: string[]) => Papa.unparse([f], { delimiter: ',', newline: '\n' });

  const mixedCsv = fc.array(fc.oneof(validRow.map((row) => ({ valid: true as const, row })), garbageLine.map((g) => ({ valid: false as const, g }))), { maxLength: 25 }).map((lines) => {
    let text = CSV_COLUMNS.join(',') + '\n';
    let line = 2;
    const valid: { line: number; model: string; value: string }[] = [];
    const garbage: number[] = [];
    for (const l of lines) {
      let record: string;
      if (l.valid) {
        record = unparse(fields(l.row));
        valid.push({ line, model: l.row.model.trim(), value: String(l.row.value) });
      } else {
        const g = l.g;
        if (g.kind === 'text') record = g.text;
        else {
          const f = fields(g.row);
          if (g.kind === 'value') f[5] = g.bad;
          if (g.kind === 'unit') f[6] = g.bad;
          record = unparse(g.kind === 'short' ? f.slice(0, g.keep) : f);
        }
        garbage.push(line);
      }
      text += record + '\n';
      line += record.split('\n').length;
    }
    return { text, valid, garbage };
  });

  it('dashboard CSV: every valid line is a row and every garbage line a rejection with its line number', () => {
    fc.assert(
      fc.property(mixedCsv, ({ text, valid, garbage }) => {
        const r = importDashboardCsv('mix.csv', text);
        checkResult(r);
        expect(r.rows.map((x) => ({ line: x.source.line, model: x.model, value: x.value }))).toEqual(valid);
        expect(r.rejected.map((p) => p.line)).toEqual(garbage);
        expect(r.unmapped).toEqual([]);
      }),
    );
  });

  it('dashboard CSV read in random pieces gives the same result as in one piece', () => {
    fc.assert(
      fc.property(mixedCsv, fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), ({ text }, cutsAt) => {
        const cuts = [...new Set(cutsAt.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
        const s = createCsvTextImporter('mix.csv');
        let from = 0;
        for (const c of [...cuts, text.length]) {
          s.push(text.slice(from, c));
          from = c;
        }
        expect(s.finish()).toEqual(importDashboardCsv('mix.csv', text));
      }),
    );
  });
});
