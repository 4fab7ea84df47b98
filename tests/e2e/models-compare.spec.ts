import { expect, tableCell, test } from './fixtures';

// Published numbers are copied by hand from data/bloomz-results.csv and data/models.csv (line numbers given).

test('everything about mT0-13B on one page: facts, coverage, every dataset × language with its rank', async ({ page }) => {
  // Step 1: the model's page (a model name anywhere links here).
  await page.goto('/models/mt0-xxl');
  // data/models.csv line 16: mt0-xxl,bloomz,mT0-13B,mT0,13000000000,13B,,mc4,xp3,…,bigscience/mt0-xxl
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('mT0-13B');
  const facts = page.locator('dl.model-facts');
  await expect(facts).toContainText('mT0');
  await expect(facts).toContainText('13B');
  await expect(facts).toContainText('mC4 (mT5 pretraining)');
  await expect(facts).toContainText('xP3');
  await expect(facts.locator('a[href="https://huggingface.co/bigscience/mt0-xxl"]')).toBeVisible();
  // Quechua is in neither mC4 nor xP3 (data/languages.csv: qu … in_roots false, in_xp3 false, in_mc4 false).
  await expect(page.locator('[data-coverage="unseen"]')).toContainText('Quechua');
  await expect(page.locator('[data-coverage="pretraining"]')).toContainText('Swahili');
  // data/bloomz-results.csv line 2072: mt0-xxl EN XNLI sw Median acc. 55.46; only line 2073 (mt0-xxl-mt 55.70) of the 27 (lines 2058-2084) is higher.
  const sw = tableCell(page, 'sw', 'xnli');
  await expect(sw.locator('[data-value]')).toHaveText('55.46');
  await expect(sw.locator('.tag-rank')).toHaveAttribute('data-rank', '2');
  await expect(sw.locator('.tag-rank')).toContainText('#2');
  // line 3635: mt0-xxl EN XCOPA sw 70.00; lines 3636 (76.00) and 3637 (71.00) are higher, of 27.
  await expect(tableCell(page, 'sw', 'xcopa').locator('[data-value]')).toHaveText('70.00');
  await expect(tableCell(page, 'sw', 'xcopa').locator('.tag-rank')).toHaveAttribute('data-rank', '3');
  // Quechua XCOPA is marked unseen in its cell.
  await expect(tableCell(page, 'qu', 'xcopa').locator('.tag-unseen')).toBeVisible();
  await expect(page.locator('#helm-heading')).toHaveText('mT0-13B in HELM');
  // Step 2: another prompt set and statistic from the URL (validated): MT prompts, max.
  await page.goto('/models/mt0-xxl?prompt=MT&stat=max');
  // line 2207: mt0-xxl MT XNLI sw Max acc. 39.64; only line 2209 (mt0-xxl-p3 41.45) is higher.
  await expect(tableCell(page, 'sw', 'xnli').locator('[data-value]')).toHaveText('39.64');
  await expect(tableCell(page, 'sw', 'xnli').locator('.tag-rank')).toHaveAttribute('data-rank', '2');
});

test('a HELM-only model shows its HELM results and links to the same model in the paper', async ({ page }) => {
  await page.goto('/models/bloom-176b');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('BLOOM (176B)');
  // data/helm-results.csv: bloom-176b classic v0.4.0 core_scenarios Mean win rate (Accuracy tab).
  await expect(page.locator('[data-helm-release="classic"]')).toContainText('Mean win rate');
  // The paper's BLOOM has the same card: models.csv line 8 (hf_repo bigscience/bloom) and HELM's helm_model_id bigscience/bloom.
  await expect(page.locator('dl.model-facts a[href="/models/bloom"]')).toBeVisible();
});

test('a model page names a setting of its link it does not know, and keeps the rest', async ({ page }) => {
  await page.goto('/models/mt0-xxl?prompt=nope&stat=max');
  await expect(page.locator('.problems')).toContainText('prompt=nope');
  await expect(page.getByRole('radio', { name: 'Max accuracy' })).toBeChecked();
  // data/bloomz-results.csv line 2099: mt0-xxl EN XNLI sw Max acc. 55.66 (EN kept, max applied).
  await expect(tableCell(page, 'sw', 'xnli').locator('[data-value]')).toHaveText('55.66');
});

test('BLOOMZ-7.1B vs mT0-3.7B per language on XNLI, with Δ', async ({ page }) => {
  await page.goto('/compare');
  // Steps 1-3: pick a, pick b, compare (a plain form: it works without JavaScript too).
  await page.getByLabel('Model a').selectOption('bloomz-7b1');
  await page.getByLabel('Model b').selectOption('mt0-xl');
  await page.getByRole('button', { name: 'Compare' }).click();
  await expect(page).toHaveURL(/a=bloomz-7b1&b=mt0-xl/);
  // data/bloomz-results.csv line 2781 (bloomz-7b1 zh 51.24) and line 2773 (mt0-xl zh 44.54): Δ +6.70.
  const zh = page.locator('tr[data-row="xnli|zh"]');
  await expect(zh.locator('td[data-side="a"] [data-value]')).toHaveText('51.24');
  await expect(zh.locator('td[data-side="b"] [data-value]')).toHaveText('44.54');
  await expect(zh.locator('td[data-delta]')).toHaveText('+6.70');
  // line 2349 (bloomz-7b1 tr 36.14) and line 2341 (mt0-xl tr 48.71): Δ −12.57, mT0-3.7B better.
  const tr = page.locator('tr[data-row="xnli|tr"]');
  await expect(tr.locator('td[data-delta]')).toHaveText('-12.57');
  await expect(tr).toContainText('mT0-3.7B');
  // Thai: unseen for BLOOMZ (not in ROOTS or xP3), in mC4 for mT0.
  await expect(page.locator('tr[data-row="xnli|th"] td[data-side="a"]')).toContainText('never intentionally seen');
  await expect(page.getByTestId('h2h-summary')).toContainText(/BLOOMZ-7\.1B better in \d+ of \d+/);
  await expect(page.locator('.h2h-bars li')).toHaveCount(await page.locator('#h2h-table tbody tr').count());
});

test('an invalid model id in the link is named, and the valid one is kept', async ({ page }) => {
  await page.goto('/compare?a=no-such-model&b=mt0-xl');
  await expect(page.locator('.problems')).toContainText('a=no-such-model is not a model id of the paper');
  await expect(page.getByLabel('Model b')).toHaveValue('mt0-xl');
});

test('search "Swahili" jumps to the language page', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('combobox', { name: /Search/ });
  await box.fill('Swahili');
  await expect(page.getByRole('option').first()).toContainText('Swahili');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/languages\/sw\/?$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Swahili');
});

test('keyboard-only search: Tab to the box, type, arrows, Escape, Enter', async ({ page }) => {
  await page.goto('/tasks/xnli');
  const box = page.getByRole('combobox', { name: /Search/ });
  for (let i = 0; i < 30 && !(await box.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('mt0');
  await expect(page.getByRole('listbox')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('listbox')).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('listbox')).toBeVisible();
  // mT0-13B is data/models.csv line 16; the second option after one ArrowDown from the first.
  const options = page.getByRole('option');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.type('-13b');
  await expect(options.first()).toContainText('mT0-13B');
  await expect(box).toHaveAttribute('aria-activedescendant', await options.first().getAttribute('id') ?? '');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/models\/mt0-xxl\/?$/);
});

test('picks carry from a task page to a language page for the session; "only the first two" in one action', async ({ page }) => {
  // Step 1: a task page with two models chosen.
  await page.goto('/tasks/xnli?models=bloomz-7b1,mt0-xl');
  await expect(page.locator('table.data-table thead th')).toHaveCount(3);
  await expect(page.locator('a[href="/compare?a=bloomz-7b1&b=mt0-xl"]')).toBeVisible();
  // That link is in the server's HTML: leave only once the page has hydrated and remembered the picks for the session.
  await expect.poll(() => page.evaluate(() => sessionStorage.getItem('crosslingual:models'))).toBe('bloomz-7b1,mt0-xl');
  // Step 2: another page of the site, opened without settings: the same two models.
  await page.goto('/languages/th');
  const head = page.locator('table.data-table').first().locator('thead th');
  await expect(head).toHaveCount(3);
  await expect(head.nth(1)).toContainText('BLOOMZ-7.1B');
  await expect(head.nth(2)).toContainText('mT0-3.7B');
});

test('"only the first two" keeps the first two chosen models', async ({ page }) => {
  await page.goto('/tasks/xcopa');
  await page.getByText('Filter languages, choose models').click();
  await page.getByRole('button', { name: /Only the first two/ }).click();
  await expect(page).toHaveURL(/models=bloomz%2Cmt0-xxl|models=bloomz,mt0-xxl/);
  await expect(page.locator('table.data-table thead th')).toHaveCount(3);
});
