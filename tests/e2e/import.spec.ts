import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const FIXTURES = path.join(process.cwd(), 'tests', 'fixtures');
// tests/fixtures/lm-eval-harness/EleutherAI__…bloom-7b1_xnli_0-shot.json: results.xnli_th.acc = 0.3499001996007984
const LM_EVAL = path.join(FIXTURES, 'lm-eval-harness', 'EleutherAI__lm-evaluation-harness__bloom-7b1_xnli_0-shot.json');

test('import an lm-evaluation-harness file, see it beside BLOOMZ, keep it across reloads, remove it', async ({ page }) => {
  await page.goto('/import');
  await expect(page.getByText('nothing is sent to any server')).toBeVisible();
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(LM_EVAL);
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('15');
  await expect(job.locator('[data-count="rejected"]')).toHaveText('0');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('0');
  await expect(job.locator('tr[data-imported="xnli|th|acc"] td.num').first()).toHaveText('0.3499001996007984');
  await expect(job.getByLabel(/Model name/)).toHaveValue('bigscience/bloom-7b1');
  await job.getByLabel(/Parameters/).fill('7.1B');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');

  await page.goto('/tasks/xnli');
  const header = page.locator('table.data-table thead th', { hasText: '★ bigscience/bloom-7b1 (yours)' });
  await expect(header).toBeVisible();
  const thai = page.locator('tr[data-category="xnli|th|th"]');
  const yours = thai.locator('td[data-series^="yours-"]');
  // 0.3499001996007984 as published, drawn ×100 on the percent axis and marked as converted.
  await expect(yours).toContainText('34.99');
  await expect(yours).toContainText('imported as 0.3499001996007984');
  await expect(yours).toContainText('computed: imported fraction ×100');
  // Beside the published BLOOMZ number (../shared/data/bloomz/results.csv line 2244).
  await expect(thai.locator('td[data-series="bloomz"]')).toContainText('41.45');
  await expect(page.locator('figure.chart-frame').first()).toContainText('Your imported results use your own protocol');

  await page.reload();
  await expect(page.locator('tr[data-category="xnli|th|th"] td[data-series^="yours-"]')).toContainText('34.99');

  await page.goto('/import');
  // Downloaded back in the dashboard's CSV schema, value as in the original file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my results (CSV)' }).click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toBe('"model","dataset","config","language","metric","value","unit","stderr","n_shot","notes"');
  expect(csv).toContain('"bigscience/bloom-7b1","xnli","th","th","acc","0.3499001996007984","fraction"');
  await page.getByRole('button', { name: 'Remove bigscience/bloom-7b1' }).click();
  await expect(page.locator('#your-models')).toHaveCount(0);
  await page.goto('/tasks/xnli');
  await expect(page.locator('tr[data-category="xnli|th|th"] td')).toHaveCount(5);
  await expect(page.locator('td[data-series^="yours-"]')).toHaveCount(0);
});

// tests/fixtures/handmade/my-helm-run.groups.json: "My model <b>7B</b>", MMLU EM 0.5 (Accuracy tab), a mean win rate, a count.
const HELM_RUN = path.join(FIXTURES, 'handmade', 'my-helm-run.groups.json');

test('import a HELM groups table, see it as a ★ row on the HELM leaderboard with the same column, remove it', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(HELM_RUN);
  const job = page.locator('article.import-job');
  // Three cells: the MMLU score joins the leaderboards; the mean win rate and the count do not.
  await expect(job.locator('[data-count="helm"]')).toHaveText('1');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('HELM leaderboards');

  await page.goto('/helm/classic/question_answering');
  const mine = page.locator('table.data-table tbody tr', { hasText: '★ My model <b>7B</b> (yours)' });
  await expect(mine.locator('td')).toContainText('0.5');
  await expect(page.locator('table.data-table b')).toHaveCount(0);
  // Beside the published BLOOM (176B) MMLU EM (../shared/data/helm/results.csv line 336).
  await expect(page.locator('tr[data-category="bloom-176b"] td')).toContainText('0.299');
  await expect(page.locator('figure.chart-frame').first()).toContainText('Your imported HELM results');
  // Not in another column of the same leaderboard.
  await page.getByRole('radio', { name: 'Robustness' }).check();
  await expect(page.locator('table.data-table tbody tr', { hasText: 'My model' })).toHaveCount(0);

  await page.goto('/import');
  await page.getByRole('button', { name: 'Remove My model <b>7B</b>' }).click();
  await expect(page.locator('#your-models')).toHaveCount(0);
  await page.goto('/helm/classic/question_answering');
  await expect(page.locator('tr[data-category="bloom-176b"] td')).toContainText('0.299');
  await expect(page.locator('table.data-table tbody tr', { hasText: 'My model' })).toHaveCount(0);
});

test('every row is imported or listed with a reason; text stays text', async ({ page }) => {
  await page.goto('/import');
  const csv = [
    'model,dataset,config,language,metric,value,unit,stderr,n_shot,notes',
    '<img src=x onerror=alert(1)>,xnli,fr,fr,acc,0.51,fraction,,0,ok',
    'm2,xnli,fr,fr,acc,abc,fraction,,0,bad number',
    'm3,not_a_dataset,x,fr,acc,0.5,fraction,,0,unknown dataset',
  ].join('\n');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="rows"]')).toHaveText('1');
  await expect(job.locator('[data-count="rejected"]')).toHaveText('1');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('1');
  await expect(job.locator('.reasons').first()).toContainText('line 3');
  await expect(job.locator('img')).toHaveCount(0);
  await expect(job.locator('tr[data-imported] td').first()).toHaveText('<img src=x onerror=alert(1)>');
});

test('the name given in the import form labels the model, even when the file names it', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(LM_EVAL);
  const job = page.locator('article.import-job');
  await expect(job.getByLabel(/Model name/)).toHaveValue('bigscience/bloom-7b1');
  await job.getByLabel(/Model name/).fill('my-bloom');
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText('Saved in this browser');
  await page.goto('/tasks/xnli');
  await expect(page.locator('table.data-table thead th', { hasText: '★ my-bloom (yours)' })).toBeVisible();
  await expect(page.locator('table.data-table thead th', { hasText: 'bigscience/bloom-7b1' })).toHaveCount(0);
});

test('a long unmapped list says how many more it holds', async ({ page }) => {
  await page.goto('/import');
  const results = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`made_up_task_${i}`, { acc: 0.5 }]));
  const file = JSON.stringify({ results, versions: {}, config: { model_args: 'pretrained=someone/some-model' } });
  await page.getByLabel('Choose files (or drop them here)').setInputFiles({ name: 'many.json', mimeType: 'application/json', buffer: Buffer.from(file) });
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('150');
  const unmapped = job.locator('details', { hasText: 'Unmapped (150)' });
  await expect(unmapped.locator('.reasons li')).toHaveCount(100);
  await expect(unmapped).toContainText('… and 50 more.');
});

test('unmapped tasks are listed and can be mapped; empty and wrong files get a clear message', async ({ page }) => {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(path.join(FIXTURES, 'lm-eval-harness', 'juletx__self-translate__polylm-13b_xnli-mt_0-shot.json'));
  const job = page.locator('article.import-job');
  await expect(job.locator('[data-count="unmapped"]')).toHaveText('14');
  await expect(job.locator('.reasons')).toContainText('translate-test');
  await expect(job.locator('fieldset.mapping select')).toHaveCount(14);

  await page.getByLabel('Choose files (or drop them here)').setInputFiles([
    { name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') },
    { name: 'picture.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) },
  ]);
  await expect(page.locator('article.import-job')).toHaveCount(3);
  await expect(page.locator('article.import-job').nth(1)).toContainText('empty');
  await expect(page.locator('article.import-job').nth(2)).toContainText('PNG');
});
