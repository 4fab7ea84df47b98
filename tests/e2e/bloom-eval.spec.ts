import { expect, test } from './fixtures';

/**
 * BigScience's evaluation pages, checked against numbers copied by hand from the vendored raw
 * files (data/raw/bloom-eval/<run>/<file>:<line>, data/raw/tfew/results.csv:<line>).
 */

test('/bloom/cb: one row per prompt × model with value ± stderr, error bars labelled, the model card median apart', async ({ page }) => {
  await page.goto('/bloom/cb');
  // bloom/bslmeval.json:347-348: "cb+GPT-3 style" acc 0.4642857142857143, acc_stderr 0.06724777654937658
  const row = page.locator('tr[data-prompt="GPT-3 style"][data-model="bloom"] td[data-metric="acc"]');
  await expect(row.locator('[data-value]')).toHaveAttribute('data-value', '0.4642857142857143');
  await expect(row.locator('[data-value]')).toHaveText('0.4643');
  await expect(row.locator('[data-stderr]')).toHaveAttribute('title', 'exactly 0.06724777654937658');
  await expect(row).toContainText('±');
  // 15 prompts × 4 models (bloom, opt, bloom2b5, bloom1b3 each have the 15 cb prompts)
  await expect(page.locator('table.bloom-task-table tbody tr')).toHaveCount(60);
  await expect(page.locator('figure.bloom-chart figcaption')).toContainText('95% normal interval, value ± 1.96 × the published stderr');
  // bloom/mdtable.txt:8 "| cb (Median of 15 prompts) | eng | acc ↑ | 0.339 | 0.411 |";
  // bloom2b5/mdtable.txt:8 "| cb (Median of 15 prompts) | eng | acc ↑ | 0.304 |"
  const medians = page.locator('table.bloom-medians');
  await expect(medians.locator('caption')).toContainText('Median over prompts, by BigScience');
  await expect(medians.locator('[data-median]')).toHaveText(['0.339', '0.411', '0.304']);
});

test('/bloom/wic and /bloom/humaneval: OPT numbers as published, a published 0.0 kept', async ({ page }) => {
  await page.goto('/bloom/wic');
  // opt/bslmeval.json:2754 acc 0.49686520376175547, :2757 acc_stderr 0.01981033193209754
  const cell = page.locator('tr[data-prompt="same_sense"][data-model="opt-175b"] td[data-metric="acc"]');
  await expect(cell.locator('[data-value]')).toHaveAttribute('data-value', '0.49686520376175547');
  await expect(cell.locator('[data-stderr]')).toHaveAttribute('data-stderr', '0.01981033193209754');
  await page.goto('/bloom/humaneval');
  // opt/humaneval_temp02.json:1 {"pass@1": 0.0, ...}
  await expect(page.locator('tr[data-prompt="temperature 0.2"][data-model="opt-175b"] td[data-metric="pass@1"] [data-value]')).toHaveText('0.0');
  // bloom/humaneval_temp08.json:1 "pass@100": 0.5545431515723145
  await expect(page.locator('tr[data-prompt="temperature 0.8"][data-model="bloom"] td[data-metric="pass@100"] [data-value]')).toHaveAttribute('data-value', '0.5545431515723145');
});

test('/bloom: the BLOOM-176B vs OPT-175B table as published', async ({ page }) => {
  await page.goto('/bloom');
  // bloom/mdtable.txt:98 "| gsarti/flores_101_swh | swh | byte_perplexity ↓ | 2.684 | 4.473 |"
  await expect(page.locator('table.bloom-vs-opt tr[data-line="98"] td')).toHaveText(['gsarti/flores_101_swh', 'swh', 'byte_perplexity ↓', '2.684', '4.473']);
  // bloom/mdtable.txt has 146 table rows (148 lines: header and rule)
  await expect(page.locator('table.bloom-vs-opt tbody tr')).toHaveCount(146);
  await expect(page.locator('.card-grid').getByRole('link', { name: 'flores', exact: true })).toHaveAttribute('href', '/bloom/flores');
});

test('/bloom/flores: 102 languages in the first HTML, coverage hatched, the scatter drawn by the server', async ({ page, request }) => {
  const html = await (await request.get('/bloom/flores')).text();
  // bloom/bslmeval.json:1525 Swahili byte_perplexity 2.6844272218041634; opt/bslmeval.json:1525 4.472828774527017
  expect(html).toContain('2.6844272218041634');
  expect(html).toContain('4.472828774527017');
  await page.goto('/bloom/flores');
  await expect(page.locator('table.flores-table tbody tr')).toHaveCount(102);
  const swh = page.locator('tr[data-flores="swh"]');
  await expect(swh.locator('td[data-model="bloom"] [data-value]').first()).toHaveText('2.684');
  await expect(swh).toContainText('yes');
  // Asturian is in none of ROOTS, xP3 and mC4: hatched tag, not colour alone
  await expect(page.locator('tr[data-flores="ast"] .coverage-hatch')).toHaveText('not in ROOTS');
  await expect(page.locator('figure.bloom-chart svg circle')).toHaveCount(102);
  await expect(page.locator('figure.bloom-chart figcaption')).toContainText('not in ROOTS');
});

test('/languages/sw has its FLORES perplexities in a separate, labelled section', async ({ page }) => {
  await page.goto('/languages/sw');
  const section = page.locator('section.bloom-eval-language');
  await expect(section.getByRole('heading', { level: 2 })).toContainText('a different protocol');
  await expect(section.locator('tr[data-flores="swh"] td[data-model="opt-175b"] [data-value]').first()).toHaveAttribute('data-value', '4.472828774527017');
});

test('/bigscience: RAFT with the human baseline as a labelled reference, the cost table with published zeros', async ({ page }) => {
  await page.goto('/bigscience');
  // data/raw/tfew/results.csv:3 "raft_top5,Human baseline,Acc.,73.5%"
  await expect(page.locator('.raft-chart')).toContainText('human baseline');
  await expect(page.locator('.raft-chart')).toContainText('73.5');
  await expect(page.locator('table.tfew-raft tr[data-method="T-Few"] td').nth(1)).toHaveText('75.8%');
  // data/raw/tfew/results.csv:11 "cost,T0,Training FLOPs,0" and :9 "cost,T-Few,Disk space,4.2 MB"
  await expect(page.locator('table.tfew-cost tr[data-method="T0"] td[data-metric="Training FLOPs"]')).toHaveText('0');
  await expect(page.locator('table.tfew-cost tr[data-method="T-Few"] td[data-metric="Disk space"]')).toHaveText('4.2 MB');
  await expect(page.getByText('published zero; a log axis has no 0').first()).toBeVisible();
});

test('/sources states the renaming of the BLOOM runs', async ({ page }) => {
  await page.goto('/sources');
  await expect(page.locator('#suite-bigscience + p')).toContainText('trained as tr11c-2b5');
  await expect(page.locator('#bloomeval_opt_bslmeval')).toContainText('rows here');
});

test('model pages list their part of BigScience’s evaluation, apart from the paper’s numbers', async ({ page }) => {
  await page.goto('/models/bloom-3b');
  const section = page.locator('section[data-bloom-eval-model="bloom-3b"]');
  await expect(section.locator('h2')).toHaveText("BLOOM-3B in BigScience's own evaluation");
  await expect(section).toContainText("not the BLOOMZ paper's protocol");
  // bloom2b5/mdtable.txt:8 "| cb (Median of 15 prompts) | eng | acc ↑ | 0.304 |", linked to that line
  const cb = section.locator('table.bloom-medians tr', { hasText: 'cb (Median of 15 prompts)' });
  await expect(cb.locator('[data-median]')).toHaveText('0.304');
  await expect(cb.getByRole('link', { name: 'bloom2b5/mdtable.txt:8' })).toHaveAttribute('href', /bloom2b5\/mdtable\.txt#L8$/);
  // bloom2b5/bslmeval.json:345 "cb+GPT-3 style": cb is one of its tasks, on its own page
  await expect(section.getByRole('link', { name: 'cb', exact: true })).toHaveAttribute('href', '/bloom/cb');
  await page.goto('/models/bloom-560m');
  // bloom350m has only humaneval_temp02/06/08.json: three temperatures, no model card table
  const small = page.locator('section[data-bloom-eval-model="bloom-560m"]');
  await expect(small.locator('li')).toHaveText(['humaneval: 3 temperatures']);
  await expect(small.locator('table')).toHaveCount(0);
  await page.goto('/models/mt0-xxl');
  await expect(page.locator('section[data-bloom-eval-model]')).toHaveCount(0);
});
