import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helmOutcome, nothingShownReason } from '@/components/import/helm-outcome';
import { importFile } from '@/lib/importers';
import type { HelmRow } from '@/lib/importers/types';

// "My model <b>7B</b>": MMLU EM 0.5 (Accuracy tab), a mean win rate, an MMLU "# eval" count.
const HANDMADE = 'tests/fixtures/handmade/my-helm-run.groups.json';
const tables = () => JSON.parse(fs.readFileSync(HANDMADE, 'utf8')) as { header: unknown[]; rows: unknown[][] }[];

function helmRows(json: unknown): HelmRow[] {
  const result = importFile('run.json', JSON.stringify(json));
  expect(result.format).toBe('helm-groups');
  return result.rows as HelmRow[];
}

describe('what a HELM import will show', () => {
  it('keeps the score and says which cells it leaves out and why', () => {
    const rows = helmRows(tables());
    const outcome = helmOutcome(rows);
    expect(outcome.kept.map((r) => [r.run_group, r.metric_tab, r.metric, r.value, r.unit])).toEqual([['MMLU', 'Accuracy', 'EM', '0.5', 'fraction']]);
    expect(outcome.leftOut).toEqual([
      { reason: '1 count or size ("General information"), not a score', count: 1 },
      { reason: '1 mean win rate (relative to the models in its table)', count: 1 },
    ]);
    expect(nothingShownReason(rows, outcome)).toBeNull();
  });

  it('says plainly that nothing will be shown when no cell is a score a leaderboard column can hold', () => {
    const [accuracy, info] = tables();
    // Only the mean win rate, the count, and an MMLU cell the run left empty.
    accuracy.rows[0][2] = { description: '', markdown: false };
    const rows = helmRows([accuracy, info]);
    const outcome = helmOutcome(rows);
    expect(outcome.kept).toEqual([]);
    expect(nothingShownReason(rows, outcome)).toBe(
      'Nothing from this file will be shown: none of its 3 cells is a score a HELM leaderboard column can hold. It has 1 count or size ("General information"), not a score; 1 mean win rate (relative to the models in its table); 1 empty cell (not evaluated).',
    );
  });

  it('says plainly that nothing will be shown when the tables have no cells at all', () => {
    const [accuracy] = tables();
    const rows = helmRows([{ ...accuracy, rows: [] }]);
    expect(nothingShownReason(rows, helmOutcome(rows))).toMatch(/^Nothing from this file will be shown: its tables have no cells/);
  });

  it('keeps a cell HELM hid on purpose, as hidden', () => {
    const [accuracy] = tables();
    accuracy.rows[0][2] = { description: 'min=0.5, mean=0.5, max=0.5, sum=0.5 (1)', markdown: false };
    const outcome = helmOutcome(helmRows([accuracy]));
    expect(outcome.kept.map((r) => [r.status, r.value])).toEqual([['hidden', null]]);
  });
});
