import { beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { searchIndex } from '@/lib/site/search-index';
import { searchEntries, type SearchEntry } from '@/lib/site/search-match';
import { shippedTexts } from '../helpers';

let ds: Dataset;
let index: SearchEntry[];
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
  index = searchIndex(ds);
});

const first = (q: string) => searchEntries(index, q)[0];

describe('the header search', () => {
  it('finds a language by name, code and native name', () => {
    // languages.csv: "sw,Swahili,Latn,…"
    expect(first('Swahili')).toMatchObject({ kind: 'language', href: '/languages/sw' });
    expect(first('sw')).toMatchObject({ kind: 'language', href: '/languages/sw' });
    expect(first('kiswahili')).toMatchObject({ kind: 'language', href: '/languages/sw' });
    expect(first('ไทย')).toMatchObject({ kind: 'language', href: '/languages/th' });
  });

  it('finds models of the paper and of HELM, datasets and HELM scenarios', () => {
    // models.csv line 16: mt0-xxl,bloomz,mT0-13B; HELM's BLOOM (176B) is bloom-176b.
    expect(first('mT0-13B')).toMatchObject({ kind: 'model', href: '/models/mt0-xxl' });
    expect(first('BLOOM (176B)')).toMatchObject({ kind: 'model', href: '/models/bloom-176b' });
    expect(first('xcopa')).toMatchObject({ kind: 'dataset', href: '/tasks/xcopa' });
    expect(searchEntries(index, 'NaturalQuestions').some((e) => e.kind === 'scenario' && e.href.startsWith('/helm/classic/'))).toBe(true);
  });

  it('ignores case and accents, and finds nothing for nothing', () => {
    expect(first('SWAHILI')?.href).toBe('/languages/sw');
    expect(searchEntries(index, '   ')).toEqual([]);
    expect(searchEntries(index, 'zzzzqqq')).toEqual([]);
  });
});
