import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bloomzSlice, packBloomzSlice, unpackBloomzSlice, type BloomzSlice } from '@/lib/bloomz/slice';
import { cellAt } from '@/lib/chart/data';
import { barsFiltersSummary, languageView, taskView, unseenView, type BarsContext, type BarsSpec } from '@/lib/views/bloomz-bars';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { packRows, unpackRows } from '@/lib/data/packed-rows';
import { shippedTexts } from '../helpers';

let ds: Dataset;
let xnli: BloomzSlice;
let ctx: BarsContext;
const decodeBloomzSpec = (p: URLSearchParams, c: BarsContext) => taskView.decode(p, c);
const encodeBloomzSpec = (s: BarsSpec, c: BarsContext) => taskView.encode(s, c);
const defaultBloomzSpec = (c: BarsContext) => taskView.defaults(c);
const bloomzChartData = (s: BarsSpec, slice: BloomzSlice) => taskView.build(s, slice, taskView.context('xnli', slice));
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
  xnli = bloomzSlice(ds, (r) => r.dataset === 'xnli' && r.language !== 'multi');
  ctx = taskView.context('xnli', xnli);
});

describe('BLOOMZ spec and its URL codec', () => {
  it('writes nothing for the default view', () => {
    expect(encodeBloomzSpec(defaultBloomzSpec(ctx), ctx).toString()).toBe('');
  });

  it('defaults to BLOOMZ, mT0-13B, BLOOM, XGLM and T0 with English prompts and the median', () => {
    const d = defaultBloomzSpec(ctx);
    expect(d.models).toEqual(['bloomz', 'mt0-xxl', 'bloom', 'xglm-7.5B', 'T0']);
    expect([d.prompt, d.stat, d.sort]).toEqual(['EN', 'median', 'paper']);
  });

  it('offers only the prompt sets and statistics the data has', () => {
    expect(ctx.combos.filter((c) => c.prompt === 'HT').map((c) => c.stat)).toEqual(['median', 'max']);
    expect(ctx.combos.filter((c) => c.prompt === 'card').map((c) => c.stat)).toEqual(['accuracy']);
    const humaneval = taskView.context('openai_humaneval', bloomzSlice(ds, (r) => r.dataset === 'openai_humaneval'));
    expect(humaneval.combos.filter((c) => c.prompt === 'EN').map((c) => c.stat)).toEqual(['pass@1', 'pass@10', 'pass@100']);
  });

  it('keeps the valid parts of a bad URL and explains the rest', () => {
    const { spec, problems } = decodeBloomzSpec(new URLSearchParams('prompt=MT&stat=bogus&models=bloomz,<script>,mt0-xxl&sort=sideways'), ctx);
    expect(spec.prompt).toBe('MT');
    expect(spec.stat).toBe('median');
    expect(spec.models).toEqual(['bloomz', 'mt0-xxl']);
    expect(spec.sort).toBe('paper');
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('"<script>"');
  });

  it('falls back to the default models when none is known', () => {
    const { spec, problems } = decodeBloomzSpec(new URLSearchParams('models=nope'), ctx);
    expect(spec.models).toEqual(defaultBloomzSpec(ctx).models);
    expect(problems.length).toBe(2);
  });

  it('round-trips every valid spec through the URL (property)', () => {
    const arbSpec = fc.record({
      combo: fc.constantFrom(...ctx.combos),
      models: fc.uniqueArray(fc.constantFrom(...ctx.modelIds), { minLength: 1, maxLength: 8 }),
      sort: fc.constantFrom('paper', 'name', 'value', 'coverage', 'share' as const),
      scripts: fc.uniqueArray(fc.constantFrom(...ctx.scripts), { maxLength: 3 }),
      coverage: fc.uniqueArray(fc.constantFrom('pretraining', 'finetuning-only', 'unseen', 'unknown' as const), { maxLength: 3 }),
      share: fc.uniqueArray(fc.constantFrom('high', 'low', 'none' as const), { maxLength: 2 }),
      chart: fc.constantFrom('bars', 'matrix' as const),
      msort: fc.constantFrom('summary', 'xnli|sw|sw', 'xnli|th|th'),
    });
    fc.assert(
      fc.property(arbSpec, ({ combo, models, sort, scripts, coverage, share, chart, msort }) => {
        const spec: BarsSpec = { prompt: combo.prompt, stat: combo.stat, models, sort, dataset: 'xnli', scripts, coverage, share, chart, msort: chart === 'matrix' ? msort : 'summary' };
        const decoded = decodeBloomzSpec(encodeBloomzSpec(spec, ctx), ctx);
        expect(decoded.problems).toEqual([]);
        expect(decoded.spec).toEqual(spec);
      }),
    );
  });

  it('never throws on arbitrary query strings (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (qs) => {
        const { spec } = decodeBloomzSpec(new URLSearchParams(qs), ctx);
        expect(spec.models.length).toBeGreaterThan(0);
      }),
    );
  });
});

describe('BLOOMZ chart data', () => {
  it('shows published values exactly, and coverage per cell', () => {
    const data = bloomzChartData(defaultBloomzSpec(ctx), xnli);
    // ../shared/data/bloomz/results.csv line 2244: bloomz,...,EN,xnli,th,...,Median acc.,41.45,xmtf_allres
    const th = cellAt(data, 'xnli|th|th', 'bloomz');
    expect(th).toMatchObject({ state: 'reported', published: '41.45', value: 41.45, source: 'xmtf_allres', coverage: 'unseen' });
    expect(cellAt(data, 'xnli|th|th', 'mt0-xxl')?.coverage).toBe('pretraining');
    expect(data.categories).toHaveLength(15);
    expect(data.unit).toBe('percent');
  });

  it('marks a model without a published number as not evaluated, never 0', () => {
    const spec = { ...defaultBloomzSpec(ctx), prompt: 'HT' as const, models: ['bloomz-7b1', 'bloomz'] };
    const xcopa = bloomzSlice(ds, (r) => r.dataset === 'xcopa');
    const xcopaCtx = taskView.context('xcopa', xcopa);
    const data = taskView.build({ ...taskView.defaults(xcopaCtx), prompt: 'HT', models: ['bloomz-7b1', 'bloomz'] }, xcopa, xcopaCtx);
    // ../shared/data/bloomz/results.csv line 4215: bloomz-7b1,...,HT,xcopa,zh,...,Median acc.,76.00
    expect(cellAt(data, 'xcopa|zh|zh', 'bloomz-7b1')).toMatchObject({ state: 'reported', published: '76.00' });
    expect(cellAt(data, 'xcopa|zh|zh', 'bloomz')).toMatchObject({ state: 'not-evaluated', value: null, published: null });
    // XNLI has HT prompts in 8 languages only: those are the categories.
    expect(bloomzChartData(spec, xnli).categories.map((c) => c.key.split('|')[2]).sort()).toEqual(['ar', 'es', 'fr', 'hi', 'sw', 'ur', 'vi', 'zh']);
  });

  it('sorts by the first model with missing values last', () => {
    // The shipped data has no gap in a paper model's row: remove bloomz's Thai and Swahili XNLI to make two.
    const gappy = bloomzSlice(ds, (r) => r.dataset === 'xnli' && r.language !== 'multi' && !(r.model === 'bloomz' && (r.language === 'th' || r.language === 'sw')));
    const data = bloomzChartData({ ...defaultBloomzSpec(ctx), sort: 'value' }, gappy);
    const cells = data.categories.map((c) => cellAt(data, c.key, 'bloomz')!);
    expect(cells.slice(-2).map((c) => c.state)).toEqual(['not-evaluated', 'not-evaluated']);
    expect(data.categories.slice(-2).map((c) => c.key.split('|')[2]).sort()).toEqual(['sw', 'th']);
    const values = cells.slice(0, -2).map((c) => c.value!);
    expect(values.every((v) => typeof v === 'number')).toBe(true);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    // ../shared/data/bloomz/results.csv line 1434: bloomz XNLI en EN Median acc. 60.92, its highest
    expect(data.categories[0].key).toBe('xnli|en|en');
  });

  it('draws the paper\'s number where a model card publishes another one for the same cell, and lists the card\'s beside it', () => {
    const he = bloomzSlice(ds, (r) => r.dataset === 'openai_humaneval');
    const heCtx = taskView.context('openai_humaneval', he);
    const data = taskView.build({ ...taskView.defaults(heCtx), stat: 'pass@10', models: ['bloom', 'bloom-3b', 'bloomz'] }, he, heCtx);
    expect(data.unit).toBe('percent');
    const key = data.categories[0].key;
    // ../shared/data/bloomz/results.csv line 2944: bloom,...,Pass@10,32.20,xmtf_allres; line 6051: the card's 0.328 (fraction).
    expect(cellAt(data, key, 'bloom')).toMatchObject({ state: 'reported', published: '32.20', value: 32.2, unit: 'percent', source: 'xmtf_allres', offAxis: false });
    expect(cellAt(data, key, 'bloom')!.alsoPublished).toEqual([expect.objectContaining({ published: '0.328', unit: 'fraction', source: 'hfcard_bloom' })]);
    // Line 2942: bloom-3b 11.35; line 6054: its card's 0.322, flagged in the source as copied from BLOOM-176B.
    expect(cellAt(data, key, 'bloom-3b')).toMatchObject({ published: '11.35', source: 'xmtf_allres' });
    const card3b = cellAt(data, key, 'bloom-3b')!.alsoPublished!;
    expect(card3b.map((o) => [o.published, o.source])).toEqual([['0.322', 'hfcard_bloom-3b']]);
    expect(card3b[0].note).toContain('likely copied into the 3B card by mistake');
    // Both card sources are listed, so their numbers link somewhere.
    expect(data.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['xmtf_allres', 'hfcard_bloom', 'hfcard_bloom-3b']));
    // A cell with one published number has no list.
    expect(cellAt(data, key, 'bloomz')!.alsoPublished).toBeUndefined();
  });

  it('labels English-only datasets by subset', () => {
    const anli = bloomzSlice(ds, (r) => r.dataset === 'anli');
    const anliCtx = taskView.context('anli', anli);
    const data = taskView.build(taskView.defaults(anliCtx), anli, anliCtx);
    expect(data.categories.map((c) => c.label)).toEqual(['R1', 'R2', 'R3']);
  });

  it('labels a dataset without subsets (the paper writes config "None") by its name', () => {
    const he = bloomzSlice(ds, (r) => r.dataset === 'openai_humaneval');
    const heCtx = taskView.context('openai_humaneval', he);
    const data = taskView.build(taskView.defaults(heCtx), he, heCtx);
    expect(data.categories.map((c) => [c.key, c.label])).toEqual([['openai_humaneval|None|code', 'HumanEval']]);
  });
});

describe('charts that would be empty columns or empty altogether say why', () => {
  const label = (id: string) => xnli.models.find((m) => m.id === id)!.label;

  it('names the chosen models without a number for these settings, and the models with one', () => {
    // data/bloomz-results.csv: XNLI model-card ("best-of-all") rows exist for bloomz, bloomz-1b1, -3b, -560m, -7b1,
    // -7b1-mt, -7b1-p3 and mt0-base, -large, -small, -xxl-mt, -xxl-p3; none for mt0-xxl, bloom, xglm-7.5B or T0.
    const data = bloomzChartData({ ...defaultBloomzSpec(ctx), prompt: 'card', stat: 'accuracy' }, xnli);
    const note = data.notes.find((n) => n.includes('no published number here'))!;
    const [said, others] = note.split(' Models with numbers here: ');
    expect(said).toBe(`${['mt0-xxl', 'bloom', 'xglm-7.5B', 'T0'].map(label).join(', ')} have no published number here with Model card: best prompt of EN, MT and HT (model-card accuracy) in our sources, so their cells say not evaluated.`);
    expect(others.replace(/\.$/, '').split(', ').sort()).toEqual(['bloomz-560m', 'bloomz-1b1', 'bloomz-3b', 'bloomz-7b1', 'bloomz-7b1-mt', 'bloomz-7b1-p3', 'mt0-small', 'mt0-base', 'mt0-large', 'mt0-xxl-mt', 'mt0-xxl-p3'].map(label).sort());
    expect(data.cells.filter((c) => c.series === 'bloomz').every((c) => c.state === 'reported')).toBe(true);
    expect(bloomzChartData(defaultBloomzSpec(ctx), xnli).notes.some((n) => n.includes('no published number here'))).toBe(false);
  });

  it('says why a coverage filter left no language, and that it follows the first model', () => {
    // mT0-13B (mt0-xxl) was pretrained on mC4, which has every XNLI language.
    const data = bloomzChartData({ ...defaultBloomzSpec(ctx), models: ['mt0-xxl', 'bloomz'], coverage: ['unseen'] }, xnli);
    expect(data.categories).toEqual([]);
    expect(data.notes).toContain(`No language here is never intentionally seen for ${label('mt0-xxl')}, so the chart is empty. The coverage filter follows ${label('mt0-xxl')}, the first model chosen: choose another model first, or widen the filters.`);
  });
});

describe('filters and the other bar views', () => {
  it('keeps only the languages unseen for the first model, and groups by coverage', () => {
    const data = bloomzChartData({ ...defaultBloomzSpec(ctx), coverage: ['unseen'] }, xnli);
    expect(data.categories.map((c) => c.key.split('|')[2]).sort()).toEqual(['bg', 'de', 'el', 'ru', 'th', 'tr']);
    const grouped = bloomzChartData({ ...defaultBloomzSpec(ctx), sort: 'coverage' }, xnli);
    expect(grouped.categories.slice(0, 6).every((c) => c.group === 'unseen')).toBe(true);
    expect(grouped.categories.slice(6).every((c) => c.group === 'pretraining')).toBe(true);
  });

  it('filters languages by their published share of ROOTS', () => {
    // ../shared/data/bloomz/languages.csv roots_pct of the XNLI languages: ar 4.64, en 30.04, es 10.85, fr 12.90,
    // hi 1.53, vi 2.71, zh 16.21 (≥ 1); sw 0.0146, ur 0.172 (< 1); bg de el ru th tr: not in ROOTS.
    const languagesOf = (share: ('high' | 'low' | 'none')[]) =>
      bloomzChartData({ ...defaultBloomzSpec(ctx), share }, xnli)
        .categories.map((c) => c.key.split('|')[2])
        .sort();
    expect(languagesOf(['none'])).toEqual(['bg', 'de', 'el', 'ru', 'th', 'tr']);
    expect(languagesOf(['low'])).toEqual(['sw', 'ur']);
    expect(languagesOf(['high'])).toEqual(['ar', 'en', 'es', 'fr', 'hi', 'vi', 'zh']);
    expect(languagesOf(['low', 'none'])).toHaveLength(8);
  });

  it('filters languages by script', () => {
    const data = bloomzChartData({ ...defaultBloomzSpec(ctx), scripts: ['Cyrl'] }, xnli);
    expect(data.categories.map((c) => c.label).sort()).toEqual(['Bulgarian', 'Russian']);
  });

  it('says in words what the folded filters are set to, as the chart notes do', () => {
    const spec = { ...defaultBloomzSpec(ctx), models: ['mt0-xxl', 'bloomz'], coverage: ['unseen' as const], scripts: ['Cyrl', 'Grek'] };
    // data/bloomz-results.csv: 27 distinct models have per-language XNLI rows (the picker's list).
    expect(barsFiltersSummary(ctx, spec, 'mT0-13B')).toBe('2 of 27 models, languages never intentionally seen for mT0-13B; written in Cyrl, Grek');
    expect(barsFiltersSummary(ctx, defaultBloomzSpec(ctx), 'BLOOMZ')).toBe('5 of 27 models, all languages');
    expect(bloomzChartData(spec, xnli).notes).toContain('Only languages that are never intentionally seen for mT0-13B.');
    expect(bloomzChartData(spec, xnli).notes).toContain('Only languages written in Cyrl, Grek.');
  });

  it('the language view puts datasets on the axis', () => {
    const th = bloomzSlice(ds, (r) => r.language === 'th');
    const c = languageView.context('th', th);
    const data = languageView.build(languageView.defaults(c), th, c);
    expect(data.categories.map((x) => x.label)).toEqual(['XNLI', 'XCOPA']);
    // ../shared/data/bloomz/results.csv line 3861: bloomz,...,EN,xcopa,th,...,Median acc.,54.00
    expect(cellAt(data, 'xcopa|th|th', 'bloomz')?.published).toBe('54.00');
    // English has the three SuperGLUE subsets: each named once, not after the list of all three.
    const en = bloomzSlice(ds, (r) => r.language === 'en');
    const enCtx = languageView.context('en', en);
    const labels = languageView.build(languageView.defaults(enCtx), en, enCtx).categories.map((x) => x.label);
    expect(labels.filter((l) => l.startsWith('SuperGLUE')).sort()).toEqual(['SuperGLUE CB', 'SuperGLUE COPA', 'SuperGLUE RTE']);
  });

  it('the unseen view spans every multilingual dataset, unseen languages first', () => {
    const all = bloomzSlice(ds, (r) => ['xnli', 'xcopa', 'xstory_cloze', 'xwinograd'].includes(r.dataset) && r.language !== 'multi');
    const c = unseenView.context('', all);
    const data = unseenView.build(unseenView.defaults(c), all, c);
    const unseen = data.categories.filter((x) => x.group === 'unseen').map((x) => x.key);
    // 6 XNLI + 6 XCOPA + 2 XStoryCloze + 2 XWinograd: the paper's unseen sets for BLOOMZ.
    expect(unseen).toHaveLength(16);
    expect(data.categories.slice(0, 16).map((x) => x.key)).toEqual(unseen);
    expect(unseenView.encode(unseenView.defaults(c), c).toString()).toBe('');
  });
});

describe('packed rows', () => {
  it('unpack(pack(rows)) is the identity (property)', () => {
    const arbRow = fc.record({ a: fc.string(), b: fc.constantFrom('x', 'y', ''), c: fc.string({ unit: 'grapheme' }) });
    fc.assert(
      fc.property(fc.array(arbRow, { maxLength: 50 }), (rows) => {
        expect(unpackRows(packRows(rows, ['a', 'b', 'c']))).toEqual(rows);
      }),
    );
  });

  it('the slice survives packing', () => {
    expect(unpackBloomzSlice(packBloomzSlice(xnli))).toEqual(xnli);
  });
});
