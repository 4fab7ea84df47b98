import fc from 'fast-check';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cellAt } from '@/lib/chart/data';
import { INFO_TAB } from '@/lib/helm/catalog';
import { helmLeaderboardChartData, LEADERBOARD_SERIES, sortCategories } from '@/lib/helm/chart';
import type { ChartCategory, ChartCell } from '@/lib/chart/data';
import { compareText } from '@/lib/chart/sort';
import { helmCatalog, helmGroupParams } from '@/lib/helm/queries';
import { helmGroupSlice, packHelmSlice, unpackHelmSlice, type HelmSlice } from '@/lib/helm/slice';
import {
  decodeHelmSpec,
  defaultHelmSpec,
  encodeHelmSpec,
  helmSpecContext,
  MAX_QUERY_LENGTH,
  metricsOf,
  tabsOf,
  withScenario,
  type HelmLeaderboardSpec,
  type HelmSpecContext,
} from '@/lib/helm/spec';
import { importFile } from '@/lib/importers/detect';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { suggestedModelName, userModelsFromImport } from '@/lib/yours/user-results';
import { shippedTexts } from '../helpers';

// Published values are copied from ../shared/data/helm/results.csv (line numbers given),
// the curated source, not from data/helm-results.csv that the code reads.
const S = LEADERBOARD_SERIES;

let ds: Dataset;
let qa: HelmSlice;
let qaCtx: HelmSpecContext;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
  qa = helmGroupSlice(ds, 'classic', 'question_answering');
  qaCtx = helmSpecContext('classic', 'question_answering', qa);
});

const mmlu = (over: Partial<HelmLeaderboardSpec> = {}): HelmLeaderboardSpec => ({ ...defaultHelmSpec(qaCtx), scenario: 'mmlu', tab: 'accuracy', metric: 'EM', ...over });

describe('HELM catalogue', () => {
  it('has the five releases and the groups the data holds', () => {
    const cat = helmCatalog(ds);
    expect(cat.map((p) => `${p.id} ${p.release}`)).toEqual(['classic v0.4.0', 'lite v1.13.0', 'seahelm v1.2.0', 'arabic v2.1.0', 'thaiexam v1.2.0']);
    const classic = cat[0];
    expect(classic.groups.map((g) => g.id)).toEqual([
      'core_scenarios',
      'question_answering',
      'sentiment_analysis',
      'toxicity_detection',
      'miscellaneous_text_classification',
      'summarization',
      'information_retrieval',
      'language',
      'knowledge',
      'reasoning',
      'harms',
    ]);
    expect(classic.modelCount).toBe(70);
    expect(cat.find((p) => p.id === 'seahelm')!.groups.map((g) => g.id).sort()).toEqual(['seahelm_lindsea', 'seahelm_nlg', 'seahelm_nlr', 'seahelm_nlu']);
    expect(cat.find((p) => p.id === 'lite')!.groups.map((g) => g.id)).toEqual(['core_scenarios']);
    expect(helmGroupParams(ds)).toHaveLength(11 + 1 + 4 + 1 + 1);
  });

  it('names the eight SEA-HELM FLORES directions apart (HELM calls them all "Flores")', () => {
    const nlg = helmCatalog(ds).find((p) => p.id === 'seahelm')!.groups.find((g) => g.id === 'seahelm_nlg')!;
    expect(nlg.scenarios.find((s) => s.id === 'flores_en_th')?.label).toBe('Flores (English → Thai)');
    expect(new Set(nlg.scenarios.map((s) => s.label)).size).toBe(8);
  });
});

describe('HELM slice', () => {
  it('holds only score rows of its group: General information never enters', () => {
    expect(qa.rows.length).toBeGreaterThan(0);
    expect(qa.rows.every((r) => r.group === 'question_answering' && r.project === 'classic')).toBe(true);
    expect(qa.rows.some((r) => r.metricTab === INFO_TAB || r.metric === '# eval')).toBe(false);
    for (const scenario of qaCtx.scenarios) expect(tabsOf(qaCtx, scenario.id).map((t) => t.label)).not.toContain(INFO_TAB);
  });

  it('lists every model of the release, with BLOOM and T0pp highlighted', () => {
    expect(qa.releaseModels.classic).toHaveLength(70);
    expect(qa.models['bloom-176b'].highlight).not.toBe('');
    expect(qa.models['t0pp-11b'].highlight).not.toBe('');
    expect(qa.models['llama-13b'].highlight).toBe('');
  });

  it('survives packing', () => {
    expect(unpackHelmSlice(JSON.parse(JSON.stringify(packHelmSlice(qa))))).toEqual(qa);
  });

  it('every metric has one unit and one direction in the whole file (one axis, one unit)', () => {
    const seen = new Map<string, string>();
    for (const r of ds.helm) {
      const key = `${r.project}|${r.scenario}|${r.metric_tab}|${r.metric}`;
      const value = `${r.unit}|${r.lower_is_better}`;
      expect(seen.get(key) ?? value, key).toBe(value);
      seen.set(key, value);
    }
  });
});

describe('HELM spec and its URL codec', () => {
  it('defaults to the first scenario, Accuracy, its first metric, best first; and writes nothing for it', () => {
    const d = defaultHelmSpec(qaCtx);
    expect([d.scenario, d.tab, d.metric, d.sort, d.missing, d.q]).toEqual(['mmlu', 'accuracy', 'EM', 'best', 'show', '']);
    expect(encodeHelmSpec(d, qaCtx).toString()).toBe('');
  });

  it('offers only the tabs and metrics that exist for a scenario', () => {
    expect(tabsOf(qaCtx, 'mmlu').map((t) => t.id)).toEqual(['accuracy', 'calibration', 'robustness', 'fairness', 'efficiency']);
    const summ = helmSpecContext('classic', 'summarization', helmGroupSlice(ds, 'classic', 'summarization'));
    expect(tabsOf(summ, 'summarization_xsum').map((t) => t.label)).toEqual(['Accuracy', 'Efficiency', 'Bias', 'Toxicity', 'Summarization metrics']);
    expect(metricsOf(summ, 'summarization_xsum', 'bias')).toEqual(['Stereotypes (race)', 'Stereotypes (gender)', 'Representation (race)', 'Representation (gender)']);
  });

  it('keeps the valid parts of a bad URL and explains the rest', () => {
    const { spec, problems } = decodeHelmSpec(new URLSearchParams('scenario=boolq&tab=summarization&metric=<script>&sort=sideways&missing=hide&q=llama'), qaCtx);
    expect([spec.scenario, spec.tab, spec.metric, spec.sort, spec.missing, spec.q]).toEqual(['boolq', 'accuracy', 'EM', 'best', 'hide', 'llama']);
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('"<script>"');
  });

  it('an unknown scenario keeps the default and says so', () => {
    const { spec, problems } = decodeHelmSpec(new URLSearchParams('scenario=nope&tab=calibration'), qaCtx);
    expect([spec.scenario, spec.tab, spec.metric]).toEqual(['mmlu', 'calibration', 'ECE (10-bin)']);
    expect(problems).toEqual([expect.stringContaining('scenario="nope" is not a scenario of this group')]);
  });

  it('cuts an over-long model filter and says so', () => {
    const { spec, problems } = decodeHelmSpec(new URLSearchParams({ q: 'x'.repeat(500) }), qaCtx);
    expect(spec.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(problems).toHaveLength(1);
  });

  it('changing the scenario keeps the tab where it exists and falls back otherwise', () => {
    const calib = { ...mmlu(), tab: 'calibration', metric: 'ECE (10-bin)' };
    expect(withScenario(qaCtx, calib, 'boolq')).toMatchObject({ scenario: 'boolq', tab: 'calibration', metric: 'ECE (10-bin)' });
  });

  it('round-trips every valid spec through the URL (property)', () => {
    const combos = qaCtx.scenarios.flatMap((s) => tabsOf(qaCtx, s.id).flatMap((t) => metricsOf(qaCtx, s.id, t.id).map((metric) => ({ scenario: s.id, tab: t.id, metric }))));
    const arbSpec = fc.record({
      combo: fc.constantFrom(...combos),
      q: fc.string({ maxLength: MAX_QUERY_LENGTH }),
      sort: fc.constantFrom('best', 'worst', 'name' as const),
      missing: fc.constantFrom('show', 'hide' as const),
    });
    fc.assert(
      fc.property(arbSpec, ({ combo, q, sort, missing }) => {
        const spec: HelmLeaderboardSpec = { project: 'classic', group: 'question_answering', ...combo, q, sort, missing };
        const decoded = decodeHelmSpec(new URLSearchParams(encodeHelmSpec(spec, qaCtx).toString()), qaCtx);
        expect(decoded.problems).toEqual([]);
        expect(decoded.spec).toEqual(spec);
      }),
    );
  });

  it('never throws on arbitrary query strings, and always yields a drawable spec (property)', () => {
    const keys = fc.constantFrom('scenario', 'tab', 'metric', 'q', 'sort', 'missing', 'x');
    const arbQuery = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.tuple(keys, fc.string({ maxLength: 40, unit: 'binary' })), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')),
    );
    fc.assert(
      fc.property(arbQuery, (qs) => {
        const { spec } = decodeHelmSpec(new URLSearchParams(qs), qaCtx);
        expect(metricsOf(qaCtx, spec.scenario, spec.tab)).toContain(spec.metric);
        expect(() => helmLeaderboardChartData(spec, qa)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('HELM leaderboard chart data', () => {
  it('shows BLOOM (176B) MMLU EM exactly as published, highlighted, with its source', () => {
    const data = helmLeaderboardChartData(mmlu(), qa);
    // results.csv line 336: BLOOM (176B),...,question_answering,mmlu,,EM,0.299,test,...,HELM Classic,v0.4.0,core_scenarios,Accuracy
    expect(cellAt(data, 'bloom-176b', S)).toMatchObject({ state: 'reported', published: '0.299', value: 0.299, source: 'helm_classic_v0.4.0_core_scenarios' });
    expect(data.categories.find((c) => c.key === 'bloom-176b')?.highlight).toMatch(/BLOOMZ/);
    expect(data.categories.find((c) => c.key === 't0pp-11b')?.highlight).toBeTruthy();
    expect(data.unit).toBe('fraction');
    expect(data.lowerIsBetter).toBe(false);
    expect(data.sources.map((s) => s.url)).toEqual(['https://storage.googleapis.com/crfm-helm-public/benchmark_output/releases/v0.4.0/groups/core_scenarios.json']);
    // Best first: the values of reported cells never increase down the list.
    const values = data.categories.map((c) => cellAt(data, c.key, S)!).filter((c) => c.state === 'reported').map((c) => c.value!);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('names the tab once where HELM names the metric after it', () => {
    // ../shared/data/helm/results.csv: MMLU on the Fairness tab publishes "EM (Fairness)".
    expect(helmLeaderboardChartData(mmlu({ tab: 'fairness', metric: 'EM (Fairness)' }), qa).title).toBe('MMLU: EM (Fairness), HELM Classic v0.4.0');
    expect(helmLeaderboardChartData(mmlu({ tab: 'calibration', metric: 'ECE (10-bin)' }), qa).title).toBe('MMLU: ECE (10-bin) (Calibration, lower is better), HELM Classic v0.4.0');
  });

  it('sorts a lower-is-better metric ascending (best first) and says so', () => {
    const data = helmLeaderboardChartData(mmlu({ tab: 'calibration', metric: 'ECE (10-bin)' }), qa);
    expect(data.lowerIsBetter).toBe(true);
    expect(data.title).toContain('lower is better');
    expect(data.valueLabel).toContain('lower is better');
    const reported = data.categories.map((c) => cellAt(data, c.key, S)!).filter((c) => c.state === 'reported');
    const values = reported.map((c) => c.value!);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    // The lowest ECE of the 48 published MMLU values: RedPajama-INCITE-Base (7B), 0.0979146811.
    expect(data.categories[0].key).toBe('redpajama-incite-base-7b');
    // results.csv line 353: BLOOM (176B),...,mmlu,,ECE (10-bin),0.1369003898,...,Calibration
    expect(cellAt(data, 'bloom-176b', S)?.published).toBe('0.1369003898');
    const worst = helmLeaderboardChartData(mmlu({ tab: 'calibration', metric: 'ECE (10-bin)', sort: 'worst' }), qa);
    const worstValues = worst.categories.map((c) => cellAt(worst, c.key, S)!).filter((c) => c.state === 'reported').map((c) => c.value!);
    expect(worstValues).toEqual([...values].reverse());
  });

  it('shows a cell hidden by HELM as hidden, never 0, and after every number', () => {
    const data = helmLeaderboardChartData(mmlu({ tab: 'calibration', metric: 'ECE (10-bin)' }), qa);
    // LLaMA (13B) has no MMLU ECE row in results.csv (lines 4861–4898): HELM published the cell without a value.
    expect(cellAt(data, 'llama-13b', S)).toMatchObject({ state: 'hidden', value: null, published: null });
    const states = data.categories.map((c) => cellAt(data, c.key, S)!.state);
    expect(states.indexOf('hidden')).toBeGreaterThan(states.lastIndexOf('reported'));
    expect(states.lastIndexOf('hidden')).toBeLessThan(states.indexOf('not-evaluated'));
    expect(data.notes.join(' ')).toMatch(/hidden by the publisher/);
  });

  it('shows a model of the release without a row as not evaluated, never 0', () => {
    const data = helmLeaderboardChartData(mmlu(), qa);
    // Pythia (1B) has a single row in results.csv (line 18187, bAbI): it was not run on MMLU.
    expect(cellAt(data, 'pythia-1b', S)).toMatchObject({ state: 'not-evaluated', value: null, published: null });
    expect(data.categories).toHaveLength(70);
    const hidden = helmLeaderboardChartData(mmlu({ missing: 'hide' }), qa);
    expect(cellAt(hidden, 'pythia-1b', S)).toBeUndefined();
    expect(hidden.categories).toHaveLength(67);
  });

  it('flags T0pp contamination on the cell, and keeps its real 0', () => {
    const data = helmLeaderboardChartData(mmlu({ scenario: 'boolq' }), qa);
    // results.csv line 7786: T0pp (11B),...,boolq,,EM,0.0,valid,... "☠ T0++ is explicitly trained on these datasets, ..."
    const cell = cellAt(data, 't0pp-11b', S)!;
    expect(cell).toMatchObject({ state: 'reported', published: '0.0', value: 0 });
    expect(cell.flag).toMatchObject({ symbol: '☠', label: 'strong contamination' });
    expect(cell.flag!.text).toContain('T0++ is explicitly trained on these datasets');
    expect(data.notes.some((n) => n.includes('T0++ is explicitly trained'))).toBe(true);
    // GPT-3 models carry HELM's weak (⚠) warning on BoolQ.
    expect(cellAt(data, 'davinci-175b', S)?.flag?.symbol).toBe('⚠');
    expect(cellAt(data, 'llama-13b', S)?.flag).toBeUndefined();
  });

  it('never charts General information, in any group of any release', () => {
    for (const { project, group } of helmGroupParams(ds)) {
      const slice = helmGroupSlice(ds, project as 'classic', group);
      const ctx = helmSpecContext(project as 'classic', group, slice);
      for (const s of ctx.scenarios) {
        for (const t of tabsOf(ctx, s.id)) {
          expect(t.label).not.toBe(INFO_TAB);
          for (const m of metricsOf(ctx, s.id, t.id)) expect(['# eval', '# train', 'truncated', '# prompt tokens', '# output tokens', '# trials']).not.toContain(m);
        }
      }
    }
  });

  it('orders ties the same with name positions from the server as by collating in place (property)', () => {
    // Few labels and values, so that ties are common; some keys lack a position, like your rows.
    const arbCategory = fc.record({
      key: fc.stringMatching(/^[a-zA-Z0-9_-]{1,6}$/),
      label: fc.constantFrom('BLOOM (176B)', 'bloom (176B)', 'BLOOMZ', 'GPT-3.5', 'gpt-3.5', 'Llama 2 (70B)', 'Élan', 'T0pp', 'T0pp (11B)', '★ Mine (yours)'),
      cell: fc.option(fc.record({ state: fc.constantFrom('reported', 'hidden', 'not-evaluated' as const), value: fc.constantFrom(0, 0.5, 0.75, 1), offAxis: fc.boolean() })),
      positioned: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.uniqueArray(arbCategory, { selector: (c) => c.key, maxLength: 14 }), fc.constantFrom('best', 'worst', 'name' as const), fc.boolean(), (raw, order, lowerIsBetter) => {
        const categories: ChartCategory[] = raw.map((c) => ({ key: c.key, label: c.label }));
        const cells = new Map<string, ChartCell>();
        for (const c of raw) {
          if (!c.cell) continue;
          const reported = c.cell.state === 'reported';
          cells.set(c.key, { category: c.key, series: 'score', state: c.cell.state, value: reported ? c.cell.value : null, published: reported ? String(c.cell.value) : null, unit: 'fraction', source: null, coverage: null, offAxis: reported && c.cell.offAxis, note: '' });
        }
        const positioned = raw.filter((c) => c.positioned).sort((a, b) => compareText(a.label, b.label) || compareText(a.key, b.key));
        const nameOrder = new Map(positioned.map((c, i) => [c.key, i]));
        const collated = sortCategories(categories, (k) => cells.get(k), order, lowerIsBetter);
        expect(sortCategories(categories, (k) => cells.get(k), order, lowerIsBetter, nameOrder)).toEqual(collated);
      }),
    );
  });

  it('filters models by name, case-insensitively, and says how many are shown', () => {
    const data = helmLeaderboardChartData(mmlu({ q: 'llama' }), qa);
    expect(data.categories.map((c) => c.label).every((l) => l.toLowerCase().includes('llama'))).toBe(true);
    expect(data.categories.length).toBeGreaterThan(4);
    expect(data.notes.join(' ')).toMatch(/Filtered by "llama"/);
  });

  it('Mean win rate says it depends on the release', () => {
    const core = helmGroupSlice(ds, 'classic', 'core_scenarios');
    const ctx = helmSpecContext('classic', 'core_scenarios', core);
    const data = helmLeaderboardChartData(defaultHelmSpec(ctx), core);
    // results.csv line 335: BLOOM (176B),...,core_scenarios,core_scenarios,,Mean win rate,0.446,...,Accuracy
    expect(cellAt(data, 'bloom-176b', S)?.published).toBe('0.446');
    expect(data.notes.join(' ')).toMatch(/cannot be compared across releases/);
  });
});

describe('your HELM results on a published leaderboard', () => {
  // tests/fixtures/handmade/my-helm-run.groups.json: MMLU EM 0.5 in the Accuracy tab, a mean win rate and a count.
  const FILE = 'tests/fixtures/handmade/my-helm-run.groups.json';
  const table = (value: unknown) => {
    const tables = JSON.parse(fs.readFileSync(FILE, 'utf8'));
    tables[0].rows[0][2].value = value;
    return tables;
  };
  const yoursFrom = (value: unknown) => {
    const result = importFile('my-helm.json', JSON.stringify(table(value)));
    return userModelsFromImport(result, { name: suggestedModelName(result, 'my-helm.json'), file: 'my-helm.json', params: null, pretrainingLanguages: null, importedAt: '2026-11-27T00:00:00Z' });
  };

  it('keeps only scores of a run group: no mean win rate, no counts', () => {
    const [m] = yoursFrom(0.5);
    expect(m.label).toBe('My model <b>7B</b>');
    expect(m.rows).toEqual([]);
    expect(m.helmRows).toEqual([expect.objectContaining({ scenario: 'MMLU', metricTab: 'Accuracy', metric: 'EM', status: 'reported', value: '0.5', number: 0.5, unit: 'fraction' })]);
  });

  it('joins the column with the same scenario, tab and metric as a ★ row, sorted among the published', () => {
    const [m] = yoursFrom(0.5);
    const data = helmLeaderboardChartData(mmlu(), { ...qa, yours: [m] });
    const category = data.categories.find((c) => c.key === m.id);
    expect(category?.label).toBe('★ My model <b>7B</b> (yours)');
    expect(cellAt(data, m.id, S)).toMatchObject({ state: 'reported', value: 0.5, published: '0.5', source: null });
    // Best first: every published EM above 0.5 comes before it, every one below after it.
    const order = data.categories.map((c) => c.key);
    const mine = order.indexOf(m.id);
    for (const [i, key] of order.entries()) {
      const cell = cellAt(data, key, S);
      if (key === m.id || cell?.state !== 'reported') continue;
      if (cell.value! > 0.5) expect(i).toBeLessThan(mine);
      if (cell.value! < 0.5) expect(i).toBeGreaterThan(mine);
    }
    expect(data.notes.join(' ')).toContain('Your imported HELM results');
  });

  it('stays out of other columns and out of a name filter that does not match', () => {
    const [m] = yoursFrom(0.5);
    expect(helmLeaderboardChartData(mmlu({ tab: 'robustness', metric: 'EM (Robustness)' }), { ...qa, yours: [m] }).categories.map((c) => c.key)).not.toContain(m.id);
    expect(helmLeaderboardChartData(mmlu({ q: 'bloom' }), { ...qa, yours: [m] }).categories.map((c) => c.key)).not.toContain(m.id);
    expect(helmLeaderboardChartData(mmlu({ q: 'my model' }), { ...qa, yours: [m] }).categories.map((c) => c.key)).toEqual([m.id]);
  });

  it('a 0 is a 0, and an empty cell with run statistics is hidden, never 0', () => {
    const [zero] = yoursFrom(0);
    expect(cellAt(helmLeaderboardChartData(mmlu(), { ...qa, yours: [zero] }), zero.id, S)).toMatchObject({ state: 'reported', value: 0, published: '0' });
    const [hidden] = yoursFrom(undefined);
    expect(cellAt(helmLeaderboardChartData(mmlu(), { ...qa, yours: [hidden] }), hidden.id, S)).toMatchObject({ state: 'hidden', value: null });
  });
});
