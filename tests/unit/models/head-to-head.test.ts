import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { compareData, compareFromUrl } from '@/lib/models/compare-data';
import { decodeH2H, delta } from '@/lib/models/head-to-head';
import { shippedTexts } from '../helpers';

let ds: Dataset;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
});

describe('head to head', () => {
  it('lists BLOOMZ-7.1B vs mT0-3.7B on XNLI with Δ = a − b at the published precision', () => {
    const r = compareFromUrl(compareData(ds), new URLSearchParams('a=bloomz-7b1&b=mt0-xl'));
    const xnli = r.rows.filter((x) => x.dataset === 'xnli');
    expect(xnli).toHaveLength(15);
    // bloomz-results.csv line 2781 (bloomz-7b1 zh 51.24) and line 2773 (mt0-xl zh 44.54).
    const zh = xnli.find((x) => x.language === 'zh')!;
    expect([zh.a.published, zh.b.published, zh.deltaText, zh.better]).toEqual(['51.24', '44.54', '+6.70', 'a']);
    // line 2349 (bloomz-7b1 tr 36.14) and line 2341 (mt0-xl tr 48.71).
    const tr = xnli.find((x) => x.language === 'tr')!;
    expect([tr.a.published, tr.b.published, tr.deltaText, tr.better]).toEqual(['36.14', '48.71', '-12.57', 'b']);
    // BLOOMZ-7.1B is higher in ar, en, es, fr, hi, zh (lines 945/937, 1431/1423, 1485/1477, 1647/1639, 1809/1801, 2781/2773).
    expect(xnli.filter((x) => x.better === 'a').map((x) => x.language).sort()).toEqual(['ar', 'en', 'es', 'fr', 'hi', 'zh']);
    // Thai: unseen by BLOOM's ROOTS + xP3, in mC4 (mT0's pretraining).
    const th = xnli.find((x) => x.language === 'th')!;
    expect([th.a.coverage, th.b.coverage]).toEqual(['unseen', 'pretraining']);
  });

  it('sorts by a’s advantage', () => {
    const r = compareFromUrl(compareData(ds), new URLSearchParams('a=bloomz-7b1&b=mt0-xl'));
    const advantages = r.rows.map((x) => x.delta);
    expect([...advantages].sort((p, q) => q - p)).toEqual(advantages);
    expect(r.aBetter + r.bBetter).toBeLessThanOrEqual(r.rows.length);
  });

  it('keeps the valid half of a link and names the invalid one', () => {
    const { spec, problems } = decodeH2H(new URLSearchParams('a=nope&b=mt0-xl'), ['bloomz-7b1', 'mt0-xl', 'bloomz']);
    expect(spec.b).toBe('mt0-xl');
    expect(spec.a).toBe('bloomz');
    expect(problems).toEqual(['a=nope is not a model id of the paper; showing bloomz.']);
  });

  it('computes a tie as 0, not -0', () => {
    expect(delta('49.50', '49.5')).toEqual({ value: 0, text: '0.00' });
    expect(delta('53.58', '49.74').text).toBe('+3.84');
  });
});
