import { beforeAll, describe, expect, it } from 'vitest';
import { coverageOf } from '@/lib/coverage/coverage';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { shippedTexts } from '../helpers';

let ds: Dataset;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
});

/** Languages of one dataset that a model's training data never held, per the derived coverage. */
function unseenIn(model: string, dataset: string): string[] {
  const m = ds.models.get(model)!;
  const langs = [...new Set(ds.bloomz.filter((r) => r.dataset === dataset).map((r) => r.language))];
  return langs
    .map((code) => ds.languages.get(code))
    .filter((l) => l !== undefined)
    .filter((l) => coverageOf(m, l, ds.corpora).level === 'unseen')
    .map((l) => l.code)
    .sort();
}

describe('coverage per (model, language)', () => {
  // The paper's unseen-language sets (xmtf allres.ipynb L2 lists + generalization figure),
  // as listed in the foundation issue and ../shared/data/bloomz/README.md.
  const PAPER_UNSEEN: Record<string, string[]> = {
    xnli: ['bg', 'de', 'el', 'ru', 'th', 'tr'],
    xcopa: ['et', 'ht', 'it', 'qu', 'th', 'tr'],
    xstory_cloze: ['my', 'ru'],
    xwinograd: ['ja', 'ru'],
  };

  for (const model of ['bloom', 'bloom-560m', 'bloomz', 'bloomz-7b1-mt', 'bloomz-p3']) {
    it(`reproduces the paper's unseen sets for ${model}`, () => {
      for (const [dataset, expected] of Object.entries(PAPER_UNSEEN)) expect(unseenIn(model, dataset), dataset).toEqual(expected);
    });
  }

  it('for mT5-based models only Quechua among the evaluation languages is missing from pretraining', () => {
    const evalCodes = [...new Set(ds.bloomz.map((r) => r.language))].filter((c) => c !== 'multi' && c !== 'code');
    for (const model of ['mt0-xxl', 'mt0-small', 'mt0-xxl-mt', 'mtk-instruct-11b-def-pos']) {
      const m = ds.models.get(model)!;
      const notPretrained = evalCodes.filter((c) => coverageOf(m, ds.languages.get(c)!, ds.corpora).inPretraining === false);
      expect(notPretrained, model).toEqual(['qu']);
    }
  });

  it('Thai is unseen for BLOOM but in pretraining for mT0', () => {
    const th = ds.languages.get('th')!;
    expect(coverageOf(ds.models.get('bloom')!, th, ds.corpora).level).toBe('unseen');
    expect(coverageOf(ds.models.get('mt0-xxl')!, th, ds.corpora).level).toBe('pretraining');
  });

  it('a language only in xP3 is "finetuning only" for mT0, and unknown corpora stay unknown', () => {
    // Akan (ak) is in ROOTS and xP3 but not in mC4 (languages.csv).
    const ak = ds.languages.get('ak')!;
    expect(coverageOf(ds.models.get('mt0-xxl')!, ak, ds.corpora).level).toBe('finetuning-only');
    expect(coverageOf(ds.models.get('mt0-xxl-p3')!, ak, ds.corpora).level).toBe('unseen');
    expect(coverageOf(ds.models.get('xglm-7.5B')!, ak, ds.corpora).level).toBe('unknown');
    // mTk-Instruct: not in mC4, finetuning language list unknown.
    expect(coverageOf(ds.models.get('mtk-instruct-11b-def-pos')!, ak, ds.corpora).level).toBe('unknown');
  });

  it('agrees with the paper_unseen_in column of languages.csv for BLOOMZ', () => {
    const bloomz = ds.models.get('bloomz')!;
    for (const l of ds.languages.values()) {
      for (const dataset of l.paper_unseen_in) expect(coverageOf(bloomz, l, ds.corpora).level, `${l.code} ${dataset}`).toBe('unseen');
    }
  });
});
