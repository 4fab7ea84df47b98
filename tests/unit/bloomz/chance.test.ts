import { describe, expect, it } from 'vitest';
import { choicesOf } from '@/lib/bloomz/catalog';
import type { ChartCategory } from '@/lib/chart/data';
import { fromCategoryKey, withChance } from '@/lib/bloomz/chance';

describe('chance levels', () => {
  it('are written once per dataset, per config where configs differ, and only where defined', () => {
    expect(choicesOf('xnli', 'th')?.count).toBe(3);
    expect(choicesOf('xcopa', 'sw')?.count).toBe(2);
    expect(choicesOf('xstory_cloze', 'sw')?.count).toBe(2);
    expect(choicesOf('xwinograd', 'fr')?.count).toBe(2);
    expect(choicesOf('super_glue', 'cb')?.count).toBe(3);
    expect(choicesOf('super_glue', 'rte')?.count).toBe(2);
    expect(choicesOf('openai_humaneval', 'None')).toBeNull();
  });

  it('draws one labelled line per level, naming its datasets, and tells each category its line', () => {
    const categories: ChartCategory[] = ['xnli|th|th', 'xcopa|th|th', 'openai_humaneval|None|code'].map((key) => ({ key, label: key }));
    const { categories: out, references } = withChance(categories, fromCategoryKey, 'percent');
    expect(references.map((r) => [r.key, r.label])).toEqual([
      ['chance-3', 'chance (3 labels)'],
      ['chance-2', 'chance (2 options)'],
    ]);
    expect(references[0].value).toBeCloseTo(33.333, 3);
    expect(references[1].value).toBe(50);
    expect(references[0].about).toContain('XNLI: entailment, neutral, contradiction');
    expect(references.every((r) => r.published === null)).toBe(true);
    expect(out.map((c) => c.reference)).toEqual(['chance-3', 'chance-2', undefined]);
  });

  it('is 1 / n on a fraction scale, and none on a scale it cannot place', () => {
    const categories = [{ key: 'xcopa|sw|sw', label: 'sw' }];
    expect(withChance(categories, fromCategoryKey, 'fraction').references[0].value).toBe(0.5);
    expect(withChance(categories, fromCategoryKey, 'score-100').references).toEqual([]);
  });
});
