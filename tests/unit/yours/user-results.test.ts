import { beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { bloomzSlice, type BloomzSlice } from '@/lib/bloomz/slice';
import { cellAt } from '@/lib/chart/data';
import { importFile } from '@/lib/importers/detect';
import type { BenchmarkRow, ImportResult } from '@/lib/importers/types';
import { loadDatasetFromTexts } from '@/lib/data/load';
import { parseLanguages, parseParams, labelKey, userModelsFromImport, userSeries, type UserModel } from '@/lib/yours/user-results';
import { taskView } from '@/lib/views/bloomz-bars';
import { viewDef } from '@/lib/views/registry';
import { viewSlice } from '@/lib/views/slices';
import { scalingView } from '@/lib/views/scaling';
import { shippedTexts } from '../helpers';

const FILE = 'tests/fixtures/lm-eval-harness/EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json';

let slice: BloomzSlice;
let mine: UserModel;
beforeAll(() => {
  slice = bloomzSlice(loadDatasetFromTexts(shippedTexts()), (r) => r.dataset === 'xnli' && r.language !== 'multi');
  const result = importFile(FILE, fs.readFileSync(FILE, 'utf8')) as ImportResult<BenchmarkRow>;
  // The import form starts with the model name the file gives.
  [mine] = userModelsFromImport(result, { name: result.modelName!, file: 'bloom-7b1.json', params: 7.1e9, pretrainingLanguages: ['en', 'fr', 'ar'], importedAt: '2026-11-27T00:00:00Z' });
});

describe('the model name the reader gives', () => {
  it('labels a one-model file, even when the file names its model', () => {
    const result = importFile(FILE, fs.readFileSync(FILE, 'utf8')) as ImportResult<BenchmarkRow>;
    expect(result.modelName).toBe('bigscience/bloom-7b1');
    const [model] = userModelsFromImport(result, { name: 'my-bloom', file: 'bloom-7b1.json', params: null, pretrainingLanguages: null, importedAt: '2026-11-27T00:00:00Z' });
    expect(model.label).toBe('my-bloom');
    expect(model.rows).toHaveLength(15);
  });

  it('leaves the models of a several-model file their own names', () => {
    const csv = 'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes\nmodel-a,xnli,fr,fr,acc,51.2,percent,,0,\nmodel-b,xnli,fr,fr,acc,48.0,percent,,0,\nmodel-a,xnli,de,de,acc,47.5,percent,,0,\n';
    const result = importFile('two.csv', csv) as ImportResult<BenchmarkRow>;
    expect(result.rejected).toEqual([]);
    const models = userModelsFromImport(result, { name: 'given', file: 'two.csv', params: null, pretrainingLanguages: null, importedAt: '2026-11-27T00:00:00Z' });
    expect(models.map((m) => [m.label, m.rows.map((r) => r.value)])).toEqual([
      ['model-a', ['51.2', '47.5']],
      ['model-b', ['48.0']],
    ]);
  });
});

describe('a name is kept once', () => {
  const csv = 'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes\nmodel-a,xnli,fr,fr,acc,51.2,percent,,0,\nmodel-b,xnli,fr,fr,acc,48.0,percent,,0,\n';
  const models = (importedAt: string) => userModelsFromImport(importFile('two.csv', csv) as ImportResult<BenchmarkRow>, { name: 'given', file: 'two.csv', params: null, pretrainingLanguages: null, importedAt });

  it('tells names apart only by more than case or surrounding spaces', () => {
    const saved = [...models('2026-11-27T00:00:00Z'), { ...mine, label: '  MODEL-B ' }];
    const again = models('2026-11-28T00:00:00Z');
    // Same names, new ids: saving both would draw two "★ model-a (yours)" series.
    expect(again.map((m) => m.id)).not.toEqual(saved.slice(0, 2).map((m) => m.id));
    // The store's unique index is on labelKey: these are one name, `mine`'s is another.
    expect(saved.map((m) => labelKey(m.label))).toEqual(['model-a', 'model-b', 'model-b']);
    expect(again.map((m) => labelKey(m.label))).toEqual(['model-a', 'model-b']);
    expect(labelKey(mine.label)).not.toBe('model-b');
  });
});

describe('your results beside the published ones', () => {
  it('takes the model name from the file and keeps every value as published', () => {
    expect(mine.label).toBe('bigscience/bloom-7b1');
    expect(mine.rows).toHaveLength(15);
    // The fixture's results.xnli_th.acc, as written in the file.
    expect(mine.rows.find((r) => r.language === 'th')).toMatchObject({ value: '0.3499001996007984', unit: 'fraction' });
  });

  it('draws a fraction ×100 on a percent axis, says so, and keeps the imported text', () => {
    const ctx = taskView.context('xnli', slice);
    const data = taskView.build(taskView.defaults(ctx), { ...slice, yours: [mine] }, ctx);
    const cell = cellAt(data, 'xnli|th|th', mine.id)!;
    expect(cell.published).toBe('0.3499001996007984');
    expect(cell.value).toBeCloseTo(34.99001996007984, 12);
    expect(cell.derived?.method).toBe('imported fraction ×100');
    expect(data.series.at(-1)?.label).toBe('★ bigscience/bloom-7b1 (yours)');
    // Coverage from the languages the user stated: fr stated → seen; th not stated → unseen.
    expect(cellAt(data, 'xnli|fr|fr', mine.id)?.coverage).toBe('pretraining');
    expect(cell.coverage).toBe('unseen');
  });

  it('keeps the published acc_stderr as an error bar: value ± 1.96 × stderr, in axis units', () => {
    const ctx = taskView.context('xnli', slice);
    const data = taskView.build(taskView.defaults(ctx), { ...slice, yours: [mine] }, ctx);
    // tests/fixtures/lm-eval-harness/EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json:28-29 (xnli_fr)
    const fr = cellAt(data, 'xnli|fr|fr', mine.id)!;
    expect(fr.interval?.stderr).toBe('0.00706456831954508');
    // 0.49680638722554893 ± 1.96 × 0.00706456831954508, ×100 for the percent axis: 48.2960… to 51.0653…
    expect(fr.interval?.low).toBeCloseTo(48.296, 3);
    expect(fr.interval?.high).toBeCloseTo(51.0653, 3);
  });

  it('coverage stays unknown when the user states no pretraining languages, so no seen/unseen mean', () => {
    const unknown = { ...mine, pretrainingLanguages: null };
    const ctx = scalingView.context('', slice);
    const data = scalingView.build(scalingView.defaults(ctx), { ...slice, yours: [unknown] }, ctx);
    expect(cellAt(data, mine.id, 'seen')?.state).toBe('not-applicable');
    const stated = scalingView.build(scalingView.defaults(ctx), { ...slice, yours: [mine] }, ctx);
    // Seen = ar, en, fr: (0.3383233532934132 + 0.539121756487026 + 0.49680638722554893) × 100 / 3, values from the fixture.
    expect(cellAt(stated, mine.id, 'seen')?.value).toBeCloseTo(((0.3383233532934132 + 0.539121756487026 + 0.49680638722554893) * 100) / 3, 10);
  });

  it('reads parameter counts and language lists as people type them', () => {
    expect(parseParams('7.1B')).toBe(7_100_000_000);
    expect(parseParams('560m')).toBe(560_000_000);
    expect(parseParams('13,000,000,000')).toBe(13_000_000_000);
    expect(parseParams('')).toBeNull();
    expect(parseParams('big')).toBeNaN();
    expect(parseLanguages('en, FR ar')).toEqual({ codes: ['en', 'fr', 'ar'], unknown: [] });
    expect(parseLanguages('en, klingon')).toEqual({ codes: ['en'], unknown: ['klingon'] });
    expect(parseLanguages(' ')).toEqual({ codes: null, unknown: [] });
  });
});

describe('more than one number of yours for a cell', () => {
  // acc_norm comes first in the file; the paper reports accuracy, so acc is drawn.
  const CSV = 'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes\nmine,xnli,fr,fr,acc_norm,0.52,fraction,,0,\nmine,xnli,fr,fr,acc,0.47,fraction,,0,\nmine,xnli,de,de,acc,0.45,fraction,,0,\n';
  const model = () => {
    const result = importFile('two-metrics.csv', CSV) as ImportResult<BenchmarkRow>;
    expect(result.rejected).toEqual([]);
    return userModelsFromImport(result, { name: 'mine', file: 'two-metrics.csv', params: 1e9, pretrainingLanguages: ['fr', 'de'], importedAt: '2026-11-27T00:00:00Z' })[0];
  };

  it('draws acc and lists acc_norm with it, where it is in the file, instead of dropping it', () => {
    const m = model();
    const ctx = taskView.context('xnli', slice);
    const data = taskView.build(taskView.defaults(ctx), { ...slice, yours: [m] }, ctx);
    const fr = cellAt(data, 'xnli|fr|fr', m.id)!;
    expect(fr.published).toBe('0.47');
    expect(fr.alsoPublished).toEqual([{ published: '0.52', unit: 'fraction', source: null, label: 'also in your file', note: expect.stringMatching(/^your acc_norm, 0-shot; .*from two-metrics\.csv line 2$/) }]);
    expect(cellAt(data, 'xnli|de|de', m.id)!.alsoPublished).toBeUndefined();
  });

  it('averages the drawn number per language on the size chart, not whichever row came first', () => {
    const m = model();
    const ctx = scalingView.context('', slice);
    const data = scalingView.build(scalingView.defaults(ctx), { ...slice, yours: [m] }, ctx);
    expect(cellAt(data, m.id, 'seen')?.value).toBeCloseTo(((0.47 + 0.45) * 100) / 2, 10);
    expect(cellAt(data, m.id, 'seen')?.derived?.method).toBe('mean of 2 imported values (fractions ×100)');
  });

  it('says "fractions ×100" only when a fraction was converted', () => {
    const csv = 'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes\npct,xnli,fr,fr,acc,47,percent,,0,\npct,xnli,de,de,acc,45,percent,,0,\n';
    const result = importFile('pct.csv', csv) as ImportResult<BenchmarkRow>;
    const [m] = userModelsFromImport(result, { name: 'pct', file: 'pct.csv', params: 1e9, pretrainingLanguages: ['fr', 'de'], importedAt: '2026-11-27T00:00:00Z' });
    const ctx = scalingView.context('', slice);
    const data = scalingView.build(scalingView.defaults(ctx), { ...slice, yours: [m] }, ctx);
    expect(cellAt(data, m.id, 'seen')).toMatchObject({ value: 46, derived: { method: 'mean of 2 imported values' } });
  });
});

describe('several models of yours on one chart', () => {
  it('each gets its own grey, so their bars are not one colour', () => {
    const colours = [0, 1, 2].map((i) => userSeries({ ...mine, id: `m${i}` }, i).color);
    expect(new Set(colours).size).toBe(3);
    expect(colours.every((c) => /^var\(--yours-\d\)$/.test(c))).toBe(true);
  });

  it('fifteen saved models get fifteen different greys, from the darkest to the lightest', () => {
    const colours = Array.from({ length: 15 }, (_, i) => userSeries({ ...mine, id: `m${i}` }, i, 15).color);
    expect(new Set(colours).size).toBe(15);
    expect(colours[0]).toBe('color-mix(in srgb, var(--yours-1) 100%, var(--yours-3))');
    expect(colours[7]).toBe('color-mix(in srgb, var(--yours-1) 50%, var(--yours-3))');
    expect(colours[14]).toBe('color-mix(in srgb, var(--yours-1) 0%, var(--yours-3))');
  });
});

describe('where your results appear', () => {
  const STORY = 'tests/fixtures/lm-eval-harness/EleutherAI__lm-evaluation-harness__xglm-7.5B_xstory_cloze_0-shot.json';
  const ds = () => loadDatasetFromTexts(shippedTexts());
  const xglm = () => {
    const result = importFile(STORY, fs.readFileSync(STORY, 'utf8')) as ImportResult<BenchmarkRow>;
    return userModelsFromImport(result, { name: 'my-xglm', file: 'xglm.json', params: null, pretrainingLanguages: null, importedAt: '2026-11-27T00:00:00Z' })[0];
  };

  it('a language the paper has no number for gets its own row, so your number is shown, the published models not evaluated in it', () => {
    const story = viewDef('task').unpack(viewSlice(ds(), 'task', 'xstory_cloze')) as BloomzSlice;
    const m = xglm();
    const english = m.rows.find((r) => r.language === 'en')!;
    expect(story.rows.some((r) => r.language === 'en')).toBe(false);
    const ctx = taskView.context('xstory_cloze', story);
    const data = taskView.build(taskView.defaults(ctx), { ...story, yours: [m] }, ctx);
    const row = data.categories.find((c) => c.key.endsWith('|en'))!;
    expect(row.label).toBe('English');
    expect(cellAt(data, row.key, m.id)).toMatchObject({ state: 'reported', published: english.value });
    expect(cellAt(data, row.key, 'bloomz')?.state).toBe('not-evaluated');
  });

  it('a model of yours with no number on a page gets no column of "not evaluated" there', () => {
    const anli = bloomzSlice(ds(), (r) => r.dataset === 'anli');
    const ctx = taskView.context('anli', anli);
    const data = taskView.build(taskView.defaults(ctx), { ...anli, yours: [mine] }, ctx);
    expect(data.series.some((s) => s.key === mine.id)).toBe(false);
    expect(data.notes.some((n) => n.includes('Your imported results'))).toBe(false);
  });
});
