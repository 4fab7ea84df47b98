import { beforeAll, describe, expect, it } from 'vitest';
import { BLOOMZ_DATASETS } from '@/lib/bloomz/catalog';
import { bloomzDatasetIds } from '@/lib/bloomz/queries';
import { aliasKey, datasetAliases, redirectingAliases, taskAliasTarget } from '@/lib/bloomz/aliases';
import { loadDatasetFromTexts, type Dataset } from '@/lib/data/load';
import { shippedTexts } from '../helpers';

let ds: Dataset;
beforeAll(() => {
  ds = loadDatasetFromTexts(shippedTexts());
});

describe('task page aliases', () => {
  it('the proxy (catalogue) and the prerendered alias pages (shipped data) agree', () => {
    expect(datasetAliases(Object.keys(BLOOMZ_DATASETS))).toEqual(datasetAliases(bloomzDatasetIds(ds)));
  });

  it('names people type reach the dataset page; real ids and unknown names do not redirect', () => {
    // data/bloomz-results.csv has openai_humaneval and xstory_cloze; the pages are titled HumanEval and XStoryCloze.
    expect(taskAliasTarget('/tasks/humaneval')).toBe('/tasks/openai_humaneval');
    expect(taskAliasTarget('/tasks/openaihumaneval')).toBe('/tasks/openai_humaneval');
    expect(taskAliasTarget('/tasks/xstorycloze')).toBe('/tasks/xstory_cloze');
    expect(taskAliasTarget('/tasks/XStoryCloze/')).toBe('/tasks/xstory_cloze');
    expect(taskAliasTarget('/tasks/xstory-cloze')).toBe('/tasks/xstory_cloze');
    expect(taskAliasTarget('/tasks/XNLI')).toBe('/tasks/xnli');
    expect(taskAliasTarget('/tasks/xnli')).toBeNull();
    expect(taskAliasTarget('/tasks/xstory_cloze/')).toBeNull();
    expect(taskAliasTarget('/tasks/not-a-dataset')).toBeNull();
    expect(taskAliasTarget('/tasks/!!!')).toBeNull();
    expect(taskAliasTarget('/tasks/humaneval/extra')).toBeNull();
    expect(taskAliasTarget('/embed/task/humaneval')).toBeNull();
    expect(taskAliasTarget('/tasks/%zz')).toBeNull();
  });

  it('the prerendered alias pages never shadow a real id', () => {
    const ids = bloomzDatasetIds(ds);
    const aliases = redirectingAliases(ids);
    expect(aliases.map(([a]) => a)).toEqual(expect.arrayContaining(['humaneval', 'xstorycloze']));
    for (const [alias, id] of aliases) {
      expect(ids).not.toContain(alias);
      expect(ids).toContain(id);
    }
  });

  it('a key two datasets share is left out', () => {
    // Hypothetical ids: both reduce to "abc".
    expect(datasetAliases(['a_bc', 'ab-c']).has('abc')).toBe(false);
    expect(datasetAliases(['abc', 'a_bc']).get('abc')).toBe('abc');
    expect(aliasKey('SuperGLUE (CB, RTE, COPA)')).toBe('supergluecbrtecopa');
  });
});
