import path from 'node:path';
import { expect, importFiles, saveImport, test } from './fixtures';

// Two models of the reader's in one CSV; model-a has acc and acc_norm for French XNLI.
const CSV = [
  'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes',
  'model-a,xnli,fr,fr,acc_norm,0.52,fraction,,0,',
  'model-a,xnli,fr,fr,acc,0.47,fraction,,0,',
  'model-b,xnli,fr,fr,acc,0.45,fraction,,0,',
].join('\n');

test('several models of yours: each its own grey; a second number for a cell listed, not dropped; unseen marked', async ({ page }) => {
  const job = await importFiles(page, { name: 'two-models.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  await expect(job.locator('[data-count="rows"]')).toHaveText('3');
  await job.getByLabel(/Pretraining languages/).fill('en');
  await saveImport(job);

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

  // A page where they have no number shows no column of theirs; an embed shows only what its author chose.
  await page.goto('/tasks/anli');
  await expect(page.locator('table.data-table').first()).toBeVisible();
  await expect(page.locator('td[data-series^="yours-"]')).toHaveCount(0);
  await page.goto('/embed/task/xnli');
  await expect(page.locator('tr[data-category="xnli|fr|fr"] td').first()).toBeAttached();
  await expect(page.locator('td[data-series^="yours-"]')).toHaveCount(0);
  await expect(page.locator('.chart-legend')).not.toContainText('(yours)');
});

// tests/fixtures/lm-eval-harness/…xglm-7.5B_xstory_cloze_0-shot.json: results.xstory_cloze_en.acc = 0.6982131039046989
const STORY = path.join(process.cwd(), 'tests', 'fixtures', 'lm-eval-harness', 'EleutherAI__lm-evaluation-harness__xglm-7.5B_xstory_cloze_0-shot.json');

test('your number for a language the paper has none for gets its own row, the published models not evaluated in it', async ({ page }) => {
  const job = await importFiles(page, STORY);
  await expect(job.locator('[data-count="rows"]')).toHaveText('11');
  await saveImport(job);
  await page.goto('/tasks/xstory_cloze');
  const english = page.locator('tr[data-category$="|en"]');
  await expect(english.locator('th')).toHaveText('English');
  await expect(english.locator('td[data-series^="yours-"]')).toContainText('imported as 0.6982');
  await expect(english.locator('td[data-series^="yours-"] [data-exact="0.6982131039046989"]')).toHaveAttribute('title', 'exactly 0.6982131039046989');
  await expect(english.locator('td[data-series="bloomz"]')).toContainText('not evaluated');
});
