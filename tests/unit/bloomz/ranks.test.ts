import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { modelRanks, rankAmong, rankKey, rankText } from '@/lib/bloomz/ranks';
import { shippedTexts } from '../helpers';

let ds: Dataset;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
});

const key = (promptSet: string, metric: string, dataset: string, config: string, language: string) => rankKey({ promptSet, metric, dataset, config, language, unit: 'percent' });

describe('a model’s rank among all models of a cell', () => {
  it('is 2 of 27 for mT0-13B on Swahili XNLI (EN, median): only mT0-13B-MT is higher', () => {
    // bloomz-results.csv line 2072: mt0-xxl 55.46; line 2073: mt0-xxl-mt 55.70 (the only higher of the 27 lines 2058-2084).
    const r = modelRanks(ds, 'mt0-xxl')[key('EN', 'Median acc.', 'xnli', 'sw', 'sw')];
    expect(r).toEqual({ rank: 2, of: 27, tied: 1 });
    expect(rankText(r)).toBe('2');
  });

  it('shows a tie as a tie: ANLI r1 max, EN', () => {
    // bloomz-results.csv lines 695 and 696: mt0-xxl and mt0-xxl-mt both 49.50; line 706: bloomz-mt 49.70.
    const r = modelRanks(ds, 'mt0-xxl')[key('EN', 'Max acc.', 'anli', 'r1', 'en')];
    expect(r).toEqual({ rank: 2, of: 27, tied: 2 });
    expect(rankText(r)).toBe('2=');
  });

  it('ranks lower values first when lower is better', () => {
    expect(rankAmong(0.2, [0.1, 0.2, 0.5], true)).toEqual({ rank: 2, of: 3, tied: 1 });
    expect(rankAmong(0.2, [0.1, 0.2, 0.5], false)).toEqual({ rank: 2, of: 3, tied: 1 });
    expect(rankAmong(0.5, [0.1, 0.2, 0.5], true)).toEqual({ rank: 3, of: 3, tied: 1 });
  });

  it('has no rank where the model has no number', () => {
    expect(modelRanks(ds, 'no-such-model')).toEqual({});
  });
});
