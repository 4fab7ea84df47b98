import { beforeAll, describe, expect, it } from 'vitest';
import { bloomzSlice } from '@/lib/bloomz/slice';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { pinnedSourceUrl, sourceLink } from '@/lib/data/source-link';
import { shippedTexts } from '../helpers';

let ds: Dataset;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
});
const source = (id: string) => ds.sources.get(id)!;

describe('source links go to the file the numbers were taken from', () => {
  it('links a notebook at the commit its citation names, not at master', () => {
    // data/sources.csv xmtf_allres: url .../blob/master/..., citation bigscience-workshop/xmtf@5caa1b12…:plotstables/figure_notebooks/allres.ipynb
    expect(source('xmtf_allres').url).toContain('/blob/master/');
    expect(sourceLink(source('xmtf_allres'))).toBe('https://github.com/bigscience-workshop/xmtf/blob/5caa1b12005601192092fe8639488e6c36b6d5d6/plotstables/figure_notebooks/allres.ipynb');
  });

  it('links a model card to the vendored copy the numbers were read from, not the live card', () => {
    expect(source('hfcard_bloomz').url).toBe('https://huggingface.co/bigscience/bloomz');
    expect(sourceLink(source('hfcard_bloomz'))).toBe('https://github.com/ZHUI/paddlenlp_model_readme/blob/40a7101e89dcf9a0dedb0e0d48c8c357fcc95996/bigscience/bloomz/index.md');
  });

  it('keeps the url where the citation names several files, a pattern or a short commit', () => {
    expect(pinnedSourceUrl('evaleval/every_eval_ever@d5036c3f5b4c966b7698d9789f10976a55690917:data/helm_classic/*/*.json, data/helm_lite/*/*.json')).toBeNull();
    expect(pinnedSourceUrl('stanford-crfm/helm@63754d05:src/helm/benchmark/static/schema_classic.yaml')).toBeNull();
    expect(pinnedSourceUrl('stanford-crfm/helm@63754d05db6f874e41a395880fb573890a13e791:src/a.py, src/b.py')).toBeNull();
    expect(pinnedSourceUrl('')).toBeNull();
    expect(sourceLink(source('EEE001'))).toBe(source('EEE001').url);
  });

  it('is what the chart slices carry, so tables, details, CSV and images use it', () => {
    const slice = bloomzSlice(ds, (r) => r.dataset === 'xnli');
    expect(slice.sources.xmtf_allres.url).toBe(sourceLink(source('xmtf_allres')));
  });
});
