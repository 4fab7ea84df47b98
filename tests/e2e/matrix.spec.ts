import { expect, tableCell, test } from './fixtures';

// Expected values are copied by hand from data/bloomz-results.csv and data/helm-results.csv
// (line numbers given), never computed by the code under test.

test('the best model on Swahili XCOPA (EN prompts, median), and whether Swahili was in its training data: 3 steps', async ({ page }) => {
  // 1. the task page
  await page.goto('/tasks/xcopa');
  // 2. the matrix: every model × every language
  const matrixChoice = page.getByRole('radio', { name: /^Matrix/ });
  await matrixChoice.click();
  // The matrix's code loads on this first use: the choice shows once it is drawn.
  await expect(matrixChoice).toBeChecked();
  const matrix = page.locator('table[data-matrix]');
  await expect(matrix).toBeVisible();
  // 3. rows sorted by Swahili, best first
  await matrix.locator('button[data-msort="xcopa|sw|sw"]').click();
  await expect(page).toHaveURL(/chart=matrix/);
  await expect(page).toHaveURL(/msort=xcopa%7Csw%7Csw/);
  const first = matrix.locator('tbody tr').first();
  // data/bloomz-results.csv line 3636: mt0-xxl-mt,EN,xcopa,sw,validation,sw,Median acc.,76.00 (the highest of the 27 Swahili rows, lines 3621–3647)
  await expect(first).toHaveAttribute('data-series', 'mt0-xxl-mt');
  await expect(first.locator('th')).toHaveText('mT0-13B-MT');
  const sw = first.locator('td[data-column="xcopa|sw|sw"]');
  await expect(sw).toContainText('76.00');
  await expect(sw).toHaveAttribute('data-best', 'true');
  // data/languages.csv line 100: sw … in_mc4 true; data/models.csv line 17: mt0-xxl-mt pretrained on mc4 → in pretraining.
  await expect(sw).toHaveAttribute('data-coverage', 'pretraining');
  await expect(sw).toContainText('in pretraining');
  await expect(sw).toContainText('●');
  // Every model is a row and every number is printed: 27 models (lines 3621–3647).
  await expect(matrix.locator('tbody tr')).toHaveCount(27);
  // line 3621: xglm-7.5B … 50.00, which is XCOPA's chance (2 options): marked, in words for screen readers.
  const xglm = matrix.locator('tr[data-series="xglm-7.5B"] td[data-column="xcopa|sw|sw"]');
  await expect(xglm).toHaveAttribute('data-not-above', 'true');
  await expect(xglm).toContainText('at or below chance (50.00%)');
  await expect(page.locator('.matrix-legend')).toContainText('1 / 2 options');
});

test('the matrix is in the HTML before any script runs, with no Recharts', async ({ openPage }) => {
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto('/embed/task/xcopa?chart=matrix&msort=xcopa%7Csw%7Csw');
  const first = page.locator('table[data-matrix] tbody tr').first();
  await expect(first).toHaveAttribute('data-series', 'mt0-xxl-mt');
  await expect(first.locator('td[data-column="xcopa|sw|sw"]')).toContainText('76.00');
  await expect(page.locator('svg.recharts-surface')).toHaveCount(0);
});

test('with more than 8 models the task page offers the matrix, and the matrix downloads as SVG and CSV', async ({ page }) => {
  await page.goto('/tasks/xcopa?models=bloomz,mt0-xxl,bloom,xglm-7.5B,T0,bloomz-7b1,mt0-xl,bloomz-mt,mt0-xxl-mt');
  await page.getByRole('button', { name: 'Show them as a matrix' }).click();
  const matrix = page.locator('table[data-matrix]');
  await expect(matrix.locator('tbody tr')).toHaveCount(9);
  const svgDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'SVG', exact: true }).click();
  const svg = await (await svgDownload).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p!, 'utf8')));
  expect(svg).toContain('<svg');
  // line 3636 again: the image holds the numbers as shown.
  expect(svg).toContain('76.00');
  const csvDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download CSV' }).click();
  const csv = await (await csvDownload).path().then((p) => import('node:fs').then((fs) => fs.readFileSync(p!, 'utf8')));
  expect(csv).toContain('reference:chance-2');
});

test('whether BLOOMZ is above chance on Thai XNLI: 1 step', async ({ page }) => {
  await page.goto('/tasks/xnli');
  // data/bloomz-results.csv line 2244: bloomz,EN,xnli,th,…,Median acc.,41.45 — above XNLI's chance of 1/3 (3 labels).
  const bloomz = tableCell(page, 'xnli|th|th', 'bloomz');
  await expect(bloomz).toContainText('41.45');
  await expect(bloomz.locator('[data-not-above]')).toHaveCount(0);
  // line 2226: bloom,EN,xnli,th,…,33.33 — not above chance, said in words beside the number.
  const bloom = tableCell(page, 'xnli|th|th', 'bloom');
  await expect(bloom).toContainText('33.33');
  await expect(bloom.locator('[data-not-above]')).toContainText('at or below chance');
  // The best of the BLOOMZ column is marked: line 1434, bloomz,EN,xnli,en,…,60.92 (its highest XNLI language).
  await expect(tableCell(page, 'xnli|en|en', 'bloomz')).toHaveAttribute('data-best', 'true');
  await expect(tableCell(page, 'xnli|en|en', 'bloomz')).toContainText('▲ best');
  await expect(page.locator('td[data-series="bloomz"][data-best="true"]')).toHaveCount(1);
  // The chance line is drawn, named in the legend and listed under the table, with how it is derived.
  await expect(page.locator('.hc-ref[data-reference="chance-3"]').first()).toContainText('chance 33.33%');
  await expect(page.locator('[data-legend-reference="chance-3"]')).toContainText('1 / 3 labels');
  await expect(page.locator('tfoot tr[data-reference="chance-3"]')).toContainText('entailment, neutral, contradiction');
});

// BLOOM (176B)'s rank in each Classic question-answering scenario (main metric, Accuracy tab), counted by
// hand in data/helm-results.csv: 1 + the number of models with a higher value; "=" where another model has
// the same value (boolq 0.704 also mpt-30b line 6133; quac 0.361 also cohere-xlarge line 1807;
// truthful_qa 0.205 also redpajama-incite-base-7b line 7296; openbookqa 0.534 also j1-jumbo line 3873, opt-66b line 6700).
const BLOOM_RANKS: Record<string, [string, string]> = {
  mmlu: ['0.299', '41'], // line 336
  boolq: ['0.704', '=47'], // line 337
  narrative_qa: ['0.662', '32'], // line 338
  natural_qa_closedbook: ['0.216', '43'], // line 339
  natural_qa_openbook_longans: ['0.621', '30'], // line 340
  quac: ['0.361', '=27'], // line 341
  hellaswag: ['0.744', '16'], // line 342
  openbookqa: ['0.534', '=16'], // line 343
  truthful_qa: ['0.205', '=47'], // line 344
};

test("BLOOM (176B)'s rank on every HELM Classic question-answering scenario: 1 step", async ({ page }) => {
  await page.goto('/helm/classic/question_answering');
  const row = page.locator('table[data-matrix] tr[data-series="bloom-176b"]');
  for (const [scenario, [value, rank]] of Object.entries(BLOOM_RANKS)) {
    const cell = row.locator(`td[data-column="${scenario}"]`);
    await expect(cell, scenario).toContainText(value);
    await expect(cell, scenario).toHaveAttribute('data-rank', rank);
    await expect(cell, scenario).toContainText(rank.startsWith('=') ? rank : `#${rank}`);
  }
  await expect(page.locator('table[data-matrix] thead')).toContainText('Mean win rate');
  await expect(page.locator('.helm-group-matrix')).toContainText('computed here the way HELM computes it');
  // The leaderboard table has a rank column too (MMLU by default), ties as "=n".
  await expect(page.locator('table.data-table tr[data-category="bloom-176b"] td.rank')).toHaveText('41');
});

test('on a 360 px phone the first column stays in view when a table scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/tasks/xnli');
  const wrap = page.locator('.chart-table .table-wrap').first();
  const head = page.locator('table.data-table tr[data-category="xnli|th|th"] th');
  await head.scrollIntoViewIfNeeded();
  const before = await head.boundingBox();
  const numberBefore = await tableCell(page, 'xnli|th|th', 'bloomz').boundingBox();
  const scrolled = await wrap.evaluate((el) => {
    el.scrollLeft = 400;
    return el.scrollLeft;
  });
  expect(scrolled).toBeGreaterThan(0);
  await expect.poll(async () => (await head.boundingBox())?.x).toBe(before!.x);
  // …while the numbers moved under it.
  expect((await tableCell(page, 'xnli|th|th', 'bloomz').boundingBox())!.x).toBeLessThan(numberBefore!.x);
});
