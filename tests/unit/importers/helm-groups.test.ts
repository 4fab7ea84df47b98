import { describe, expect, it } from 'vitest';
import { importHelmGroups } from '@/lib/importers';
import { HELM, fixture } from './fixtures';

describe('HELM groups/<group>.json (list of tables)', () => {
  it('reads every cell of safety_scenarios.json, marking cells without value or description as not evaluated', () => {
    const r = importHelmGroups('safety_scenarios.json', fixture(HELM.safety));
    expect(r.format).toBe('helm-groups');
    expect(r.rejected).toEqual([]);
    // 12 models × (5 Accuracy + 1 Efficiency + 20 General information + 1 BBQ metrics) columns.
    expect(r.rows).toHaveLength(12 * 27);
    const count = (f: (x: (typeof r.rows)[number]) => boolean) => r.rows.filter(f).length;
    expect(count((x) => x.status === 'not-evaluated')).toBe(24);
    expect(count((x) => x.status === 'hidden')).toBe(0);
    expect(count((x) => x.status === 'not-evaluated' && x.metric === 'Mean win rate' && (x.metric_tab === 'Efficiency' || x.metric_tab === 'BBQ metrics'))).toBe(24);
    expect(count((x) => x.kind === 'info')).toBe(240);
    expect(r.rows.filter((x) => x.status === 'not-evaluated').every((x) => x.value === null && x.number === null)).toBe(true);
  });

  it('takes run group and metric from the header metadata, not from the header text', () => {
    const r = importHelmGroups('safety_scenarios.json', fixture(HELM.safety));
    const cell = r.rows.find((x) => x.model === 'Llama 3 (70B)' && x.metric_tab === 'Accuracy' && x.run_group === 'HarmBench')!;
    expect(cell).toMatchObject({
      suite: 'helm',
      table: 'accuracy',
      column: 'HarmBench - HarmBench - Model Evaluated Safety score',
      metric: 'HarmBench - Model Evaluated Safety score',
      status: 'reported',
      value: '0.3725',
      number: 0.3725,
      unit: 'fraction',
      lower_is_better: false,
      kind: 'score',
      description: 'min=0.372, mean=0.372, max=0.372, sum=0.372 (1)',
      contamination: null,
      run_specs: ['harm_bench:model=meta_llama-3-70b'],
      source: { file: 'safety_scenarios.json', path: '[0].rows[0][2]', line: 69 },
    });
    const winRate = r.rows.find((x) => x.model === 'Llama 3 (70B)' && x.metric_tab === 'Accuracy' && x.metric === 'Mean win rate')!;
    expect(winRate.value).toBe('0.11363636363636365');
    expect(winRate.run_group).toBeNull();
    expect(winRate.protocol).toMatch(/relative to the models in this table/);
  });

  it('keeps a published 0 as the number 0, and counts as counts (bbq.json)', () => {
    const r = importHelmGroups('bbq.json', fixture(HELM.bbq));
    expect(r.rows).toHaveLength(72);
    expect(r.rows.every((x) => x.metric_tab === 'subject: all' && x.table === 'bbq_subject:all')).toBe(true);
    const gemini = r.rows.filter((x) => x.model === 'Gemini 1.5 Pro (001)');
    const out = gemini.find((x) => x.metric === '# output tokens')!;
    expect(out).toMatchObject({ status: 'reported', value: '0', number: 0, unit: 'count', kind: 'info', source: { path: '[0].rows[9][6]', line: 532 } });
    expect(gemini.find((x) => x.metric === '# eval')).toMatchObject({ value: '100', unit: 'count', kind: 'info' });
    expect(gemini.find((x) => x.metric === 'BBQ accuracy')).toMatchObject({ value: '0.94', unit: 'fraction', kind: 'score', run_group: 'BBQ' });
    // Scenario tables carry the run names on the model cell.
    expect(gemini[0].run_specs[0]).toMatch(/^bbq:subject=all,method=multiple_choice_joint,model=google_gemini-1\.5-pro/);
  });

  it('refuses groups.json, the index of groups, with the reason', () => {
    const r = importHelmGroups('groups.json', fixture(HELM.index));
    expect(r.rows).toEqual([]);
    expect(r.rejected).toHaveLength(2);
    expect(r.rejected[0]).toMatchObject({ where: '[0]', line: 2 });
    expect(r.rejected[0].reason).toMatch(/column 0 is "Group", not "Model\/adapter"/);
  });
});

describe('HELM groups/json/<table>.json (one table)', () => {
  it('reads a single table whose cells all lack a value', () => {
    const r = importHelmGroups('safety_scenarios_efficiency.json', fixture(HELM.efficiency));
    expect(r.format).toBe('helm-table');
    expect(r.rows).toHaveLength(12);
    expect(r.rows.every((x) => x.status === 'not-evaluated' && x.metric_tab === 'Efficiency')).toBe(true);
    expect(r.rows[0].source.path).toBe('rows[0][1]');
  });

  it('reads a single table with an empty title', () => {
    const r = importHelmGroups('harm_bench_harm_bench_.json', fixture(HELM.harmBench));
    expect(r.rows).toHaveLength(72);
    expect(r.rows[0].metric_tab).toBe('');
    expect(r.rows[0].table).toBe('harm_bench_');
  });
});

describe('HELM cells, hand-made', () => {
  const header = [
    { value: 'Model/adapter', metadata: {} },
    { value: 'Foo QA - EM', lower_is_better: false, metadata: { metric: 'EM', run_group: 'Foo QA' } },
    { value: 'Foo QA - ECE (10-bin)', lower_is_better: true, metadata: { metric: 'ECE (10-bin)', run_group: 'Foo QA' } },
  ];
  const table = (cells: unknown[]) => JSON.stringify({ title: 'Accuracy', name: 'accuracy', header, rows: cells });
  const model = (name: string) => ({ value: name, description: '' });

  it('tells hidden (stats, no value) from not evaluated, and keeps 0', () => {
    const r = importHelmGroups(
      't.json',
      table([
        [model('A'), { description: 'min=0.4, mean=0.42, max=0.44, sum=1.26 (3)' }, { value: 0, description: 'min=0, mean=0, max=0, sum=0 (1)' }],
        [model('B'), { description: 'No matching runs' }, { value: null, description: '1 matching runs, but no matching metrics' }],
      ]),
    );
    expect(r.rows.map((x) => [x.model, x.metric, x.status, x.value, x.number, x.lower_is_better])).toEqual([
      ['A', 'EM', 'hidden', null, null, false],
      ['A', 'ECE (10-bin)', 'reported', '0', 0, true],
      ['B', 'EM', 'not-evaluated', null, null, false],
      ['B', 'ECE (10-bin)', 'not-evaluated', null, null, true],
    ]);
    // The mean in a hidden cell's description is never taken as its value.
    expect(r.rows[0].description).toBe('min=0.4, mean=0.42, max=0.44, sum=1.26 (3)');
  });

  it('keeps contamination markers and the description as published', () => {
    const description = 'min=0.8, mean=0.8, max=0.8, sum=0.8 (1)\n☠ T0++ is explicitly trained on these datasets\n⚠ possibly seen';
    const r = importHelmGroups('t.json', table([[model('T0pp (11B)'), { value: 0.8, description }, { value: 0.1, description: 'min=0.1\n⚠ some overlap' }]]));
    expect(r.rows[0]).toMatchObject({ contamination: '☠', contamination_notes: ['☠ T0++ is explicitly trained on these datasets', '⚠ possibly seen'], description });
    expect(r.rows[1]).toMatchObject({ contamination: '⚠', contamination_notes: ['⚠ some overlap'] });
  });

  it('rejects broken cells and rows with their place, keeping the valid cells', () => {
    const r = importHelmGroups(
      't.json',
      table([
        [model('A'), { value: 'n/a' }, { value: 0.2 }],
        'not a row',
        [{ description: 'no name' }, { value: 0.1 }, { value: 0.1 }],
        [model('B'), 7],
      ]),
    );
    expect(r.rows.map((x) => [x.model, x.metric, x.value])).toEqual([['A', 'ECE (10-bin)', '0.2']]);
    expect(r.rejected.map((p) => [p.where, p.reason])).toEqual([
      ['rows[0][1].value', 'expected a number, got the text "n/a"'],
      ['rows[1]', 'expected a list of cells, got the text "not a row"'],
      ['rows[2][0]', 'row without a model name; the row is skipped'],
      ['rows[3][1]', 'expected a cell object, got 7'],
      ['rows[3][2]', 'the row has no cell for column "Foo QA - ECE (10-bin)"'],
    ]);
  });

  it('does not call a column a fraction when it holds values above 1', () => {
    const r = importHelmGroups('t.json', table([[model('A'), { value: 42.5 }, { value: 0.1 }]]));
    expect(r.rows.map((x) => x.unit)).toEqual(['unknown-scale', 'fraction']);
    expect(r.warnings.join('\n')).toMatch(/"Foo QA - EM": values outside 0–1/);
  });

  it('rejects a JSON value that is no table', () => {
    const r = importHelmGroups('t.json', '[{"title": "x"}, 3]');
    expect(r.rows).toEqual([]);
    expect(r.rejected.map((p) => p.where)).toEqual(['[0]', '[1]']);
  });
});
