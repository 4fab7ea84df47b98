import { beforeAll, describe, expect, it } from 'vitest';
import { cellAt } from '@/lib/chart/data';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { unpackBloomzSlice } from '@/lib/bloomz/slice';
import { promptCompareView } from '@/lib/views/prompt-compare';
import { viewSlice } from '@/lib/views/slices';
import type { PackedBloomzSlice } from '@/lib/bloomz/slice';
import { shippedTexts } from '../helpers';

let ds: Dataset;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
});

describe('the prompts view’s MT − EN column', () => {
  it('is computed from the two published numbers, labelled as computed, and not drawn', () => {
    const slice = unpackBloomzSlice(viewSlice(ds, 'prompts', '') as PackedBloomzSlice);
    const ctx = promptCompareView.context('', slice);
    const data = promptCompareView.build(promptCompareView.defaults(ctx), slice, ctx);
    expect(data.series.map((s) => s.label)).toContain('MT − EN Δ (computed)');
    // data/bloomz-results.csv line 1057 (bloomz-mt MT XNLI ar 41.97) − line 949 (EN 51.85) = −9.88.
    const ar = cellAt(data, 'xnli|ar|ar', 'MT-EN')!;
    expect(ar).toMatchObject({ state: 'reported', value: -9.88, published: null, offAxis: true, derived: { method: 'MT − EN', inputs: 2 } });
    // English has no MT prompts (line 1435 is its only XNLI median for EN prompts).
    expect(cellAt(data, 'xnli|en|en', 'MT-EN')?.state).toBe('not-applicable');
  });
});
