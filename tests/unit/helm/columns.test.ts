import fs from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { helmOutcome, placeHelmCells, unplacedText } from '@/components/import/helm-outcome';
import { helmCellFitsColumn, helmColumnFinder, helmColumnHref, helmColumnPlace, parseHelmColumns, publishedHelmColumns, type HelmColumn } from '@/lib/helm/columns';
import { importFile } from '@/lib/importers';
import type { HelmRow } from '@/lib/importers/types';
import { loadDatasetFromTexts } from '@/lib/data/load';
import { shippedTexts } from '../helpers';

// "My model <b>7B</b>": MMLU EM 0.5 (Accuracy tab), a mean win rate, an MMLU "# eval" count.
const HANDMADE = 'tests/fixtures/handmade/my-helm-run.groups.json';

let columns: HelmColumn[];
beforeAll(() => {
  columns = publishedHelmColumns(loadDatasetFromTexts(shippedTexts()));
});

describe('the published HELM columns the import page checks against', () => {
  it('lists MMLU EM where data/helm-results.csv has it: Classic question answering and Lite core scenarios', () => {
    const mmlu = columns.filter((c) => c.scenario === 'mmlu' && c.metricTab === 'Accuracy' && c.metric === 'EM');
    expect(mmlu.map((c) => `${c.project}/${c.group}`)).toEqual(['classic/question_answering', 'lite/core_scenarios']);
    expect(mmlu.map(helmColumnPlace)).toEqual(['HELM Classic v0.4.0 › Question answering', 'HELM Lite v1.13.0 › Core scenarios']);
    expect(helmColumnHref(mmlu[0])).toBe('/helm/classic/question_answering?scenario=mmlu&tab=accuracy&metric=EM');
  });

  it('holds no "General information" counts: they are never charted', () => {
    expect(columns.some((c) => c.metricTab === 'General information')).toBe(false);
    expect(new Set(columns.map((c) => [c.project, c.group, c.scenario, c.metricTab, c.metric].join('|'))).size).toBe(columns.length);
  });

  it('finds by key exactly the columns the leaderboards match a cell to, for any case and spacing', () => {
    const find = helmColumnFinder(columns);
    const respell = (text: string, upper: boolean[], pad: number) =>
      ' '.repeat(pad) + [...text].map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch.toLowerCase())).join('').replace(/ /g, '  ') + ' '.repeat(pad);
    fc.assert(
      fc.property(fc.nat(columns.length - 1), fc.boolean(), fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }), fc.nat(2), fc.constantFrom('', 'x'), (i, byDisplay, upper, pad, extra) => {
        const c = columns[i];
        const cell = { scenario: respell(byDisplay ? c.scenarioDisplay : c.scenario, upper, pad), metricTab: respell(c.metricTab, upper, pad), metric: respell(c.metric, upper, pad) + extra };
        const found = find(cell);
        expect(found).toEqual(columns.filter((col) => helmCellFitsColumn(cell, col)));
        expect(found.includes(c)).toBe(extra === '');
      }),
      { numRuns: 300 },
    );
  });

  it('puts a score from HELM\'s "Accuracy" tab in a column the shipped data names by where it was taken from', () => {
    const main = columns.filter((c) => c.metricTab === 'Accuracy (first column of first table)');
    expect(main.length).toBeGreaterThan(0);
    const find = helmColumnFinder(columns);
    for (const c of main) expect(find({ scenario: c.scenarioDisplay, metricTab: 'Accuracy', metric: c.metric })).toContain(c);
    // Another tab stays another tab.
    expect(find({ scenario: main[0].scenarioDisplay, metricTab: 'Robustness', metric: main[0].metric })).not.toContain(main[0]);
  });

  it('refuses a columns file of the wrong shape instead of matching against it', () => {
    expect(parseHelmColumns(JSON.parse(JSON.stringify(columns)))).toHaveLength(columns.length);
    expect(parseHelmColumns({ columns })).toBeNull();
    expect(parseHelmColumns([{ ...columns[0], metric: 3 }])).toBeNull();
    expect(parseHelmColumns([null])).toBeNull();
  });
});

describe('where the scores of a HELM file will appear', () => {
  const rows = (json: unknown) => importFile('run.json', JSON.stringify(json)).rows as HelmRow[];
  const tables = () => JSON.parse(fs.readFileSync(HANDMADE, 'utf8')) as { header: { metadata: Record<string, string> }[]; rows: unknown[][] }[];

  it('places the MMLU score on both leaderboards that publish MMLU EM', () => {
    const kept = helmOutcome(rows(tables())).kept;
    const placement = placeHelmCells(kept, columns);
    expect(placement.columnsOf(kept[0]).map((c) => `${c.project}/${c.group}`)).toEqual(['classic/question_answering', 'lite/core_scenarios']);
    expect([placement.placed, placement.unplaced]).toEqual([1, 0]);
    expect(unplacedText(placement)).toBeNull();
  });

  it('places a Robustness or Fairness score, whose perturbation HELM writes apart from its metric, on its own column', () => {
    // The header layout of HELM's summarize (../shared/data/helm/FORMAT.md): metric "EM", perturbation apart,
    // as a display name or as the perturbation object of a run's stats.
    const table = (title: string, perturbation: unknown, value: number) => ({
      title,
      header: [{ value: 'Model/adapter', metadata: {} }, { value: `MMLU - EM (${title})`, lower_is_better: false, metadata: { metric: 'EM', run_group: 'MMLU', perturbation } }],
      rows: [[{ value: 'R Model' }, { value }]],
    });
    const kept = helmOutcome(rows([table('Robustness', 'Robustness', 0.4), table('Fairness', { name: 'fairness', fairness: true }, 0.41)])).kept;
    expect(kept.map((r) => [r.metric, r.perturbation, r.value])).toEqual([
      ['EM (Robustness)', 'Robustness', '0.4'],
      ['EM (fairness)', 'fairness', '0.41'],
    ]);
    const placement = placeHelmCells(kept, columns);
    // data/helm-results.csv names these columns "EM (Robustness)" and "EM (Fairness)".
    expect(kept.map((r) => placement.columnsOf(r).map((c) => `${c.project}/${c.group} ${c.metricTab} ${c.metric}`))).toEqual([
      ['classic/question_answering Robustness EM (Robustness)'],
      ['classic/question_answering Fairness EM (Fairness)'],
    ]);
  });

  it('says which scores match no published column and will be shown nowhere', () => {
    const [accuracy, info] = tables();
    // The same score under a run group HELM never published.
    accuracy.header[2].metadata.run_group = 'My private benchmark';
    const kept = helmOutcome(rows([accuracy, info])).kept;
    const placement = placeHelmCells(kept, columns);
    expect([placement.placed, placement.unplaced]).toEqual([0, 1]);
    expect(unplacedText(placement)).toBe('The score matches no published HELM column (the same scenario (run group), tab and metric): saved, it would be shown nowhere.');
  });
});
