import { beforeAll, describe, expect, it } from 'vitest';
import { DataError, parseCsv, formatIssue } from '@/lib/data/csv';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { bloomzResultSchema, helmResultSchema } from '@/lib/data/schema';
import { shippedTexts, withLine } from '../helpers';

function loadError(mutate: (t: ReturnType<typeof shippedTexts>) => ReturnType<typeof shippedTexts>): DataError {
  try {
    loadDatasetFromTexts(mutate({ ...shippedTexts() }));
  } catch (e) {
    if (e instanceof DataError) return e;
    throw e;
  }
  throw new Error('expected the load to fail');
}

describe('loading the shipped data', () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = loadDatasetFromTexts(shippedTexts());
  });

  it('keeps every published row', () => {
    // Row counts stated in ../shared/data/bloomz/README.md and helm/README.md.
    expect(ds.bloomz).toHaveLength(6054);
    expect(ds.perPrompt).toHaveLength(1660);
    expect(ds.helm.filter((r) => r.status === 'reported')).toHaveLength(20336);
    expect(ds.models.size).toBe(27 + 218);
  });

  it('keeps each value as published text with its parsed number', () => {
    // ../shared/data/bloomz/results.csv line 3527: mt0-xxl,...,EN,xcopa,qu,...,Median acc.,58.00,xmtf_allres
    const row = ds.bloomz.find((r) => r.model === 'mt0-xxl' && r.dataset === 'xcopa' && r.language === 'qu' && r.prompt_set === 'EN' && r.metric === 'Median acc.');
    expect(row?.value).toEqual({ text: '58.00', number: 58 });
    expect(row?.unit).toBe('percent');
    expect(row?.source).toBe('xmtf_allres');
  });

  it('keeps a published 0 as a number and model-card fractions as fractions', () => {
    const zero = ds.bloomz.find((r) => r.model === 'mt0-xl' && r.dataset === 'openai_humaneval' && r.metric === 'Pass@1');
    expect(zero?.value).toEqual({ text: '0.00', number: 0 });
    const card = ds.bloomz.find((r) => r.source === 'hfcard_bloom' && r.metric === 'Pass@1');
    expect(card?.unit).toBe('fraction');
    expect(card?.value.text).toBe('0.155');
  });

  it('keeps HELM cells hidden by the publisher as hidden, without a number', () => {
    const hidden = ds.helm.filter((r) => r.status === 'hidden');
    expect(hidden.length).toBeGreaterThan(0);
    for (const r of hidden) expect(r.value).toBeNull();
    // FORMAT.md: Classic hides calibration for the LLaMA models.
    expect(hidden.some((r) => r.model === 'llama-13b' && r.metric === 'ECE (10-bin)' && r.scenario === 'mmlu')).toBe(true);
  });

  it('flags HELM "General information" rows as counts, not results', () => {
    const info = ds.helm.filter((r) => r.metric_tab === 'General information');
    expect(info.length).toBe(9813);
    expect(info.every((r) => r.kind === 'info')).toBe(true);
    expect(ds.helm.filter((r) => r.kind === 'info')).toHaveLength(9813);
  });

  it('marks HELM contamination warnings', () => {
    const t0pp = ds.helm.filter((r) => r.model === 't0pp-11b' && r.contamination === '☠');
    expect(new Set(t0pp.map((r) => r.scenario))).toEqual(new Set(['boolq', 'summarization_cnndm', 'summarization_xsum', 'imdb']));
  });
});

describe('a corrupted data file fails with file, line and field', () => {
  it('names an unknown column', () => {
    const err = loadError((t) => ({ ...t, bloomzResults: withLine(t.bloomzResults, 1, (h) => h.replace('notes', 'remarks')) }));
    expect(err.message).toContain('bloomz-results.csv:1 field "remarks": unknown column');
    expect(err.message).toContain('bloomz-results.csv:1 field "notes": required column is missing');
  });

  it('names a bad number with its line', () => {
    const err = loadError((t) => ({ ...t, bloomzResults: withLine(t.bloomzResults, 5, (l) => l.replace(/,Median acc\.,[^,]+,/, ',Median acc.,5O.99,')) }));
    const issue = err.issues.find((i) => i.field === 'value');
    expect(issue).toBeDefined();
    expect(formatIssue(issue!)).toMatch(/^bloomz-results\.csv:5 field "value": is not a number as published .*"5O\.99"/);
  });

  it('names a source id that does not resolve', () => {
    const err = loadError((t) => ({ ...t, bloomzResults: withLine(t.bloomzResults, 7, (l) => l.replace(',xmtf_allres,', ',no_such_source,')) }));
    expect(err.message).toContain('bloomz-results.csv:7 field "source": "no_such_source" does not resolve');
  });

  it('names a model that does not resolve in a HELM row', () => {
    const err = loadError((t) => ({ ...t, helmResults: withLine(t.helmResults, 3, (l) => l.replace(/^alpaca-7b,/, 'alpaca-9000b,')) }));
    expect(err.message).toContain('helm-results.csv:3 field "model": "alpaca-9000b" does not resolve');
  });

  it('rejects a row with too few fields', () => {
    const err = loadError((t) => ({ ...t, languages: withLine(t.languages, 4, (l) => l.split(',').slice(0, 5).join(',')) }));
    expect(err.message).toMatch(/languages\.csv:4: has 5 fields, the header has \d+/);
  });

  it('rejects an empty file', () => {
    const err = loadError((t) => ({ ...t, corpora: '' }));
    expect(err.message).toContain('corpora.csv:1: file is empty');
  });
});

describe('parseCsv', () => {
  const header = 'model,prompt_set,dataset,config,split,language,metric,value,unit,lower_is_better,task,source,notes';
  const row = (value: string, notes = '') => `m,EN,xnli,th,validation,th,Median acc.,${value},percent,false,NLI,s,${notes}`;

  it('counts lines across quoted fields with line breaks', () => {
    const text = [header, row('1.0', '"two\nlines"'), row('x')].join('\n');
    const { issues } = parseCsv(text, 'f.csv', bloomzResultSchema);
    expect(issues).toEqual([{ file: 'f.csv', line: 4, field: 'value', message: expect.stringContaining('"x"') }]);
  });

  it('never turns an empty or odd value into a number', () => {
    for (const bad of ['', ' 1', '1,5', 'NaN', '0x10', '1e']) {
      const text = [header, row(bad.includes(',') ? `"${bad}"` : bad)].join('\n');
      expect(parseCsv(text, 'f.csv', bloomzResultSchema).issues.map((i) => i.field)).toContain('value');
    }
  });

  it('keeps leading zeros and exponents as published', () => {
    const text = [header, row('007.50'), row('1e-3')].join('\n');
    const { rows } = parseCsv(text, 'f.csv', bloomzResultSchema);
    expect(rows.map((r) => r.value)).toEqual([
      { text: '007.50', number: 7.5 },
      { text: '1e-3', number: 0.001 },
    ]);
  });

  it('requires a HELM hidden cell to have no value and a reported one to have one', () => {
    const cols = Object.keys(helmResultSchema.shape);
    const base: Record<string, string> = Object.fromEntries(cols.map((c) => [c, 'x']));
    Object.assign(base, { unit: 'fraction', lower_is_better: 'false', kind: 'score', languages: 'en', contamination: '', subset: '' });
    const line = (o: Record<string, string>) => cols.map((c) => o[c]).join(',');
    const text = [cols.join(','), line({ ...base, status: 'hidden', value: '0.5' }), line({ ...base, status: 'reported', value: '' })].join('\n');
    const { issues } = parseCsv(text, 'h.csv', helmResultSchema);
    expect(issues.map((i) => [i.line, i.field])).toEqual([
      [2, 'value'],
      [3, 'value'],
    ]);
  });
});
