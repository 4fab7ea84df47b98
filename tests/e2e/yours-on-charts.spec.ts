import { expect, test } from './fixtures';

// Two models of the reader's in one CSV; model-a has acc and acc_norm for French XNLI.
const CSV = [
  'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes',
  'model-a,xnli,fr,fr,acc_norm,0.52,fraction,,0,',
  'model-a,xnli,fr,fr,acc,0.47,fraction,,0,',
  'model-b,xnli,fr,fr,acc,0.45,fraction,,0,',
].join('\n');

test('several models of yours: each its own grey; a second number for a cell listed, not dropped; unseen marked', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles({ name: 'two-models.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('3');
  await job.getByLabel(/Pretraining languages/).fill('en');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');

  await page.goto('/tasks/xnli');
  const french = page.locator('tr[data-category="xnli|fr|fr"]');
  const yours = french.locator('td[data-series^="yours-"]');
  await expect(yours).toHaveCount(2);
  // model-a: acc drawn (0.47 → 47), acc_norm listed beside it with where it is in the file.
  const a = yours.filter({ hasText: 'imported as 0.47' });
  await expect(a).toContainText('also in your file: 0.52 (fraction (0–1), not drawn)');
  await expect(a.locator('.also-published')).toHaveAttribute('title', /^your acc_norm, 0-shot; .*from two-models\.csv line 2$/);
  // French is not among the languages stated for them: a converted (×100) number still says so.
  await expect(a.locator('.tag-unseen')).toHaveText('unseen');

  const swatches = page.locator('figure.chart-frame').first().locator('.chart-legend li', { hasText: '(yours)' }).locator('.swatch');
  await expect(swatches).toHaveCount(2);
  const colours = await swatches.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(colours[0]).not.toBe(colours[1]);
});
