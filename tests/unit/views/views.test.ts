import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { bloomzSlice, type BloomzSlice } from '@/lib/bloomz/slice';
import { cellAt } from '@/lib/chart/data';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { seenUnseenMeans } from '@/lib/coverage/seen-unseen-means';
import { promptCompareView } from '@/lib/views/prompt-compare';
import { promptSpreadView } from '@/lib/views/prompt-spread';
import { promptTableView } from '@/lib/views/prompt-table';
import { BLOOMZ_VIEWS } from '@/lib/views/registry';
import { scalingView } from '@/lib/views/scaling';
import { taskView } from '@/lib/views/bloomz-bars';
import { decodeExplained } from '@/lib/url/codec';
import { readParam, type ParamSource } from '@/lib/url/params';
import { shippedTexts } from '../helpers';

let ds: Dataset;
let multi: BloomzSlice;
const MULTILINGUAL = ['xnli', 'xcopa', 'xstory_cloze', 'xwinograd'];
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
  multi = bloomzSlice(ds, (r) => MULTILINGUAL.includes(r.dataset) && r.language !== 'multi', (r) => MULTILINGUAL.includes(r.dataset));
});

describe('seen/unseen means', () => {
  it('splits by coverage and leaves unknown languages out of both means', () => {
    const cov = { a: 'pretraining', b: 'finetuning-only', c: 'unseen', d: 'unknown' } as const;
    const means = seenUnseenMeans(
      [
        { language: 'a', value: 10 },
        { language: 'b', value: 20 },
        { language: 'c', value: 7 },
        { language: 'd', value: 1000 },
      ],
      (l) => cov[l as keyof typeof cov],
    );
    expect(means.seen).toEqual({ mean: 15, languages: ['a', 'b'] });
    expect(means.unseen).toEqual({ mean: 7, languages: ['c'] });
    expect(means.unknown).toEqual(['d']);
  });
});

describe('scaling view', () => {
  // Hand-computed from ../shared/data/bloomz/results.csv (EN, Median acc.):
  // BLOOMZ XWinograd: unseen ja 57.46 (line 242), ru 57.78 (458) → 115.24 / 2 = 57.62;
  //                   seen en 67.87 (80), fr 65.06 (134), pt 63.50 (350), zh 68.65 (566) → 265.08 / 4 = 66.27.
  // mT0-13B XCOPA: unseen qu 58.00 (3527) → 58; seen et 72, ht 76, id 90, it 87, sw 70, ta 84, th 73, tr 73, vi 85, zh 85 → 795 / 10 = 79.5.
  it('averages published medians over seen and unseen languages separately', () => {
    const ctx = scalingView.context('', multi);
    const wino = scalingView.build({ ...scalingView.defaults(ctx), dataset: 'xwinograd' }, multi, ctx);
    expect(cellAt(wino, 'bloomz', 'unseen')?.value).toBeCloseTo(57.62, 10);
    expect(cellAt(wino, 'bloomz', 'seen')?.value).toBeCloseTo(66.27, 10);
    expect(cellAt(wino, 'bloomz', 'unseen')?.derived).toEqual({ method: 'mean of 2 published values', inputs: 2 });
    // Its inputs (lines 242 and 458) are both from xmtf_allres: the mean links there.
    expect(cellAt(wino, 'bloomz', 'unseen')?.source).toBe('xmtf_allres');
    // mT0 saw every XWinograd language (all in mC4): nothing to average, and it says so.
    expect(cellAt(wino, 'mt0-xxl', 'unseen')).toMatchObject({ state: 'not-applicable', value: null });
    const xcopa = scalingView.build({ ...scalingView.defaults(ctx), dataset: 'xcopa' }, multi, ctx);
    expect(cellAt(xcopa, 'mt0-xxl', 'unseen')?.value).toBe(58);
    // One language: a single published value, not called a mean.
    expect(cellAt(xcopa, 'mt0-xxl', 'unseen')?.derived).toEqual({ method: 'the one published value, nothing averaged', inputs: 1 });
    expect(cellAt(xcopa, 'mt0-xxl', 'seen')?.value).toBeCloseTo(79.5, 10);
  });

  it('puts each model at its parameter count, on lines per family and finetuning data', () => {
    const ctx = scalingView.context('', multi);
    expect(ctx.defaultLines).toEqual(['BLOOM|none', 'BLOOMZ|xp3', 'mT0|xp3']);
    const data = scalingView.build(scalingView.defaults(ctx), multi, ctx);
    expect(data.categories.find((c) => c.key === 'bloomz-7b1')?.x).toBe(7.1e9);
    expect(data.categories.find((c) => c.key === 'bloomz-7b1')?.group).toBe('BLOOMZ|xp3');
    // Variants finetuned on other data are other lines, off by default.
    expect(data.categories.some((c) => c.key === 'bloomz-7b1-mt')).toBe(false);
  });
});

describe('prompt views', () => {
  it('compares EN, MT and HT prompts for one model', () => {
    const ctx = promptCompareView.context('', multi);
    const spec = promptCompareView.defaults(ctx);
    expect(spec).toEqual({ dataset: 'xnli', model: 'bloomz-mt', stat: 'median' });
    const data = promptCompareView.build(spec, multi, ctx);
    // ../shared/data/bloomz/results.csv lines 949, 1057, 1003: bloomz-mt XNLI ar EN 51.85, MT 41.97, HT 37.31
    expect(['EN', 'MT', 'HT'].map((p) => cellAt(data, 'xnli|ar|ar', p)?.published)).toEqual(['51.85', '41.97', '37.31']);
    // Thai has no human-translated prompts: missing, not 0 (lines 2245, 2299 give EN and MT).
    expect(cellAt(data, 'xnli|th|th', 'HT')).toMatchObject({ state: 'not-evaluated', value: null });
    // English has no translated prompts at all: not applicable rather than not evaluated; its EN number stays.
    expect(['MT', 'HT'].map((p) => cellAt(data, 'xnli|en|en', p)?.state)).toEqual(['not-applicable', 'not-applicable']);
    expect(cellAt(data, 'xnli|en|en', 'EN')?.state).toBe('reported');
  });

  it('keeps the two published versions of the prompting table apart', () => {
    const table = bloomzSlice(ds, (r) => r.metric === 'Mean acc. (all prompts, avg over langs)');
    const ctx = promptTableView.context('', table);
    // Lines 5978 (b52496b, 12 languages) and 6014 (f9f5928, 14 languages): BLOOMZ XNLI EN 53.58 vs 52.99.
    const current = promptTableView.build(promptTableView.defaults(ctx), table, ctx);
    const older = promptTableView.build({ ...promptTableView.defaults(ctx), version: 'b52496b' }, table, ctx);
    expect(cellAt(current, 'xnli|EN', 'bloomz')?.published).toBe('52.99');
    expect(cellAt(older, 'xnli|EN', 'bloomz')?.published).toBe('53.58');
    expect(current.sources.map((s) => s.id)).toEqual(['xmtf_multilingualprompting_f9f5928']);
  });

  it('shows the five prompts behind a median', () => {
    const ctx = promptSpreadView.context('', multi);
    const data = promptSpreadView.build(promptSpreadView.defaults(ctx), multi, ctx);
    const th = cellAt(data, 'xnli|th|th', 'bloomz');
    // results_per_prompt.csv lines 777-781 and results.csv line 2244.
    expect(th?.points?.map((p) => p.published).sort()).toEqual(['34.53815460205078', '40.1204833984375', '41.44578170776367', '42.128517150878906', '43.77510070800781']);
    expect(th?.published).toBe('41.45');
    expect(data.categories).toHaveLength(16);
  });
});

describe('every view', () => {
  it('round-trips its default through the URL and survives garbage params (property)', () => {
    for (const [id, view] of Object.entries(BLOOMZ_VIEWS)) {
      const subject = id === 'task' ? 'xnli' : id === 'language' ? 'th' : id === 'model' ? 'bloomz' : '';
      const v = view as unknown as (typeof BLOOMZ_VIEWS)['task'];
      const ctx = v.context(subject, multi);
      expect(v.encode(v.defaults(ctx), ctx).toString(), id).toBe('');
      fc.assert(
        fc.property(fc.dictionary(fc.constantFrom('prompt', 'stat', 'models', 'sort', 'dataset', 'scripts', 'coverage', 'model', 'version', 'lines', 'x'), fc.string({ maxLength: 40 })), (dict) => {
          const { spec, problems } = v.decode(new URLSearchParams(dict), ctx);
          expect(Array.isArray(problems)).toBe(true);
          expect(() => v.build(spec, multi, ctx)).not.toThrow();
        }),
        { numRuns: 60 },
      );
    }
  });
});

describe('keys a view does not know', () => {
  const xnli = () => bloomzSlice(ds, (r) => r.dataset === 'xnli' && r.language !== 'multi');

  it('names a misspelt or unknown key, and still applies the rest of the link', () => {
    const slice = xnli();
    const ctx = taskView.context('xnli', slice);
    const decoded = decodeExplained((p) => taskView.decode(p, ctx), new URLSearchParams('promt=MT&stat=max&foo=<b>x</b>'));
    expect(decoded.spec.stat).toBe('max');
    expect(decoded.spec.prompt).toBe('EN');
    expect(decoded.problems).toHaveLength(1);
    expect(decoded.problems[0]).toMatch(/^"promt"="MT", "foo"="<b>x<\/b>" are not settings of this chart \(its settings: .*\bprompt\b.*\); ignored\.$/);
  });

  it('says nothing for the keys it reads, for an embed theme, or for tracking parameters', () => {
    const slice = xnli();
    const ctx = taskView.context('xnli', slice);
    const decode = (q: string, also: string[] = []) => decodeExplained((p) => taskView.decode(p, ctx), new URLSearchParams(q), also).problems;
    expect(decode('prompt=MT&stat=max&models=bloomz&sort=value&scripts=Latn&coverage=unseen&share=high')).toEqual([]);
    expect(decode('theme=dark', ['theme'])).toEqual([]);
    expect(decode('theme=dark')).toHaveLength(1);
    expect(decode('utm_source=x&fbclid=y')).toEqual([]);
  });

  it('names a setting given twice with different values, and says which one is used', () => {
    const slice = xnli();
    const ctx = taskView.context('xnli', slice);
    const decoded = decodeExplained((p) => taskView.decode(p, ctx), new URLSearchParams('prompt=MT&prompt=HT&sort=value&sort=value'));
    expect(decoded.spec.prompt).toBe('MT');
    expect(decoded.problems).toEqual(['"prompt" is given 2 different values ("MT", "HT"); the first is used.']);
  });

  it('does not blame a key the decoder skipped because another value was wrong', () => {
    // A decoder that reads "b" only when "a" is valid, as a dependent setting would.
    const decode = (p: ParamSource) => {
      const a = readParam(p, 'a');
      const problems: string[] = [];
      if (a !== null && a !== 'ok') problems.push('a is wrong');
      else readParam(p, 'b');
      return { spec: a, problems };
    };
    expect(decodeExplained(decode, new URLSearchParams('a=bad&b=1')).problems).toEqual(['a is wrong']);
    expect(decodeExplained(decode, new URLSearchParams('a=bad&c=1')).problems).toEqual(['a is wrong', '"c"="1" is not a setting of this chart (its settings: a, b); ignored.']);
  });
});
