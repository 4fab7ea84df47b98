import AxeBuilder from '@axe-core/playwright';
import { BARS, expect, tableCell, test, waitForChart } from './fixtures';

// Published numbers copied from ../shared/data/bloomz/results.csv (line numbers given), not from data/.
test('task page: chart renders and the table shows published numbers, including an unseen language', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForChart(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('XNLI');
  // line 2244: bloomz,...,EN,xnli,th,...,Median acc.,41.45 (Thai: never intentionally seen by BLOOMZ)
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('41.45');
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('unseen');
  await expect(tableCell(page, 'xnli|th|th', 'bloomz').locator('sup a')).toHaveAttribute('href', /#task-xnli-table-src-\d+/);
  // The chart draws one bar per (language, model): 15 × 5, with hatched bars for unseen cells.
  await expect(page.locator(BARS)).toHaveCount(75);
  await expect(page.locator('svg.recharts-surface path.recharts-rectangle[fill^="url(#"]').first()).toBeVisible();
});

test('language page: every dataset for the language, with coverage in words', async ({ page }) => {
  await page.goto('/languages/qu');
  await waitForChart(page);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quechua');
  await expect(page.getByText(/not in mC4 \(mT5 pretraining\)/).first()).toBeVisible();
  // line 3527: mt0-xxl,...,EN,xcopa,qu,...,Median acc.,58.00
  await expect(tableCell(page, 'xcopa|qu|qu', 'mt0-xxl')).toContainText('58.00');
});

test('the ROOTS trace sentence says "never intentionally seen" only for a language left out of ROOTS', async ({ page }) => {
  // ../shared/data/bloomz/languages.csv line 100: sw is in BLOOM's pretraining (ROOTS), cld3 share 0.038374872976901626.
  await page.goto('/languages/sw');
  const swTrace = page.locator('p.note', { hasText: 'Trace exposure' });
  // Shown to 4 significant digits; the exact published text is kept on the number (title, data-exact).
  await expect(swTrace).toContainText('labels 0.03837% of a 1% sample of ROOTS');
  await expect(swTrace.locator('[data-exact="0.038374872976901626"]')).toHaveAttribute('title', 'exactly 0.038374872976901626%');
  await expect(swTrace).not.toContainText('never intentionally seen');
  await expect(swTrace).toContainText('Share of ROOTS: 0.01465%');
  await expect(swTrace.locator('[data-exact="0.014647606203670996"]')).toHaveAttribute('title', 'exactly 0.014647606203670996%');
  // line 104: th is not in ROOTS, yet cld3 labels 0.000604017565243965% of the sample as Thai.
  await page.goto('/languages/th');
  const thTrace = page.locator('p.note', { hasText: 'Trace exposure' });
  await expect(thTrace).toContainText('labels 0.000604% of a 1% sample of ROOTS');
  await expect(thTrace.locator('[data-exact="0.000604017565243965"]')).toHaveAttribute('title', 'exactly 0.000604017565243965%');
  await expect(thTrace).toContainText('although the language was not intentionally included. This is why the paper says “never intentionally seen”.');
});

test('language page for Japanese shows XWinograd (config jp) under ja', async ({ page }) => {
  await page.goto('/languages/ja');
  await waitForChart(page);
  // line 224: bloom,...,EN,xwinograd,jp,test,ja,Median acc.,50.26
  await expect(tableCell(page, 'xwinograd|jp|ja', 'bloom')).toContainText('50.26');
});

test("HumanEval: the paper's number is drawn and the model card's other number for the same cell is listed beside it with its source", async ({ page }) => {
  await page.goto('/tasks/openai_humaneval?models=bloom,bloom-3b,bloomz&stat=pass@10');
  await waitForChart(page);
  const key = await page.locator('table.data-table tbody tr[data-category]').first().getAttribute('data-category');
  // line 2944: bloom, Pass@10, 32.20 (xmtf_allres); line 6051: BLOOM's card, 0.328 as a fraction.
  const bloom = tableCell(page, key!, 'bloom');
  await expect(bloom.locator('[data-value]')).toHaveText('32.20');
  await expect(bloom.locator('.also-published')).toContainText('also published: 0.328 (fraction (0–1), not drawn)');
  // The two numbers link to two different sources: the paper's notebook and the card.
  const links = await bloom.locator('sup a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(links).size).toBe(2);
  await expect(page.locator(`${links[1]} a`).first()).toContainText(/bloom/i);
  // line 2942: bloom-3b 11.35; line 6054: its card's 0.322, which the source says was copied from BLOOM-176B.
  await expect(tableCell(page, key!, 'bloom-3b').locator('[data-value]')).toHaveText('11.35');
  await expect(tableCell(page, key!, 'bloom-3b').locator('.also-published')).toHaveAttribute('title', /likely copied into the 3B card by mistake/);
  // BLOOM and BLOOM-3B now have bars: three models, three bars, none "not drawn".
  await expect(page.locator(BARS)).toHaveCount(3);
});

test('a missing value is shown as missing, not as 0', async ({ page }) => {
  await page.goto('/tasks/xcopa?prompt=HT&models=bloomz-7b1,bloomz');
  await waitForChart(page);
  // line 4215: bloomz-7b1,...,HT,xcopa,zh,...,Median acc.,76.00
  await expect(tableCell(page, 'xcopa|zh|zh', 'bloomz-7b1')).toContainText('76.00');
  await expect(tableCell(page, 'xcopa|zh|zh', 'bloomz')).toHaveText('not evaluated');
  await expect(page.locator('svg.recharts-surface text[data-missing="not-evaluated"]')).toHaveText(['× BLOOMZ: not evaluated']);
  await expect(page.locator('table.data-table thead th').first()).toHaveText(/Language/);
});

test('view state lives in the URL and survives a reload', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForChart(page);
  await page.getByRole('radio', { name: 'Machine-translated prompts (MT)' }).check();
  await expect(page).toHaveURL(/\?prompt=MT$/);
  // line 2298: bloomz,...,MT,xnli,th,...,Median acc.,33.29
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('33.29');
  await page.reload();
  await waitForChart(page);
  await expect(page.getByRole('radio', { name: 'Machine-translated prompts (MT)' })).toBeChecked();
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('33.29');
});

test('a filter change draws the new state at once, and pointing at the chart brings the interactive one back', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForChart(page);
  const box = page.locator('[data-chart-id]').first();
  // Details kept open from the interactive chart belong to the old numbers.
  await page.locator('svg.recharts-surface .recharts-bar-rectangle path').first().click();
  await expect(page.locator('.cell-details')).toHaveCount(1);
  await page.evaluate(() => ((window as unknown as Record<string, unknown>).__figure = document.querySelector('figure.chart-frame')));
  await page.getByRole('radio', { name: 'Machine-translated prompts (MT)' }).check();
  // The server-rendered chart shows the MT numbers (results.csv: BLOOMZ, XNLI th, MT prompts, median 33.29),
  // updated in place: the chart on screen is changed, not thrown away and built again.
  await expect(box).toHaveAttribute('data-interactive', 'false');
  await expect(page.locator('.cell-details')).toHaveCount(0);
  expect(await page.evaluate(() => document.querySelector('figure.chart-frame') === (window as unknown as Record<string, unknown>).__figure)).toBe(true);
  await expect(box.locator('svg.recharts-surface')).toHaveCount(0);
  await expect(box.locator('.hc-bar[title^="BLOOMZ: 33.29"]').first()).toBeVisible();
  await box.hover({ position: { x: 40, y: 40 } });
  await page.mouse.move(60, 60);
  await box.hover({ position: { x: 80, y: 80 } });
  await expect(box).toHaveAttribute('data-interactive', 'true');
  await expect(box.locator('svg.recharts-surface')).toBeVisible();
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('33.29');
});

test('clicking a bar keeps its numbers open with links to their sources', async ({ page }) => {
  await page.goto('/tasks/xnli?models=bloomz');
  await waitForChart(page);
  // One model, every language present: the n-th bar is the n-th table row. Thai is not the first.
  const order = await page.locator('table.data-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-category')));
  const thai = order.indexOf('xnli|th|th');
  expect(thai).toBeGreaterThan(0);
  await page.locator('svg.recharts-surface .recharts-bar-rectangle path').nth(thai).click();
  const details = page.locator('.cell-details');
  await expect(details).toHaveAttribute('data-category', 'xnli|th|th');
  // ../shared/data/bloomz/results.csv line 2244: bloomz XNLI th EN Median acc. 41.45, source xmtf_allres.
  await expect(details.locator('li[data-series="bloomz"]')).toContainText('41.45');
  await expect(details.locator('li[data-series="bloomz"] a')).toHaveAttribute('href', 'https://github.com/bigscience-workshop/xmtf/blob/5caa1b12005601192092fe8639488e6c36b6d5d6/plotstables/figure_notebooks/allres.ipynb');
  // Another bar right away: its own row, not the one hovered before.
  await page.locator('svg.recharts-surface .recharts-bar-rectangle path').nth(0).click();
  await expect(details).toHaveAttribute('data-category', order[0]!);
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = await new AxeBuilder({ page }).include('.cell-details').options({ resultTypes: ['violations'] }).analyze();
    expect(axe.violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
  }
  await details.getByRole('button', { name: /Close details/ }).click();
  await expect(details).toHaveCount(0);
});

test('a bad URL parameter is explained and the rest of the link still applies', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT&models=bloomz,%3Cimg%20src=x%20onerror=alert(1)%3E');
  await waitForChart(page);
  await expect(page.locator('.problems')).toContainText('"<img src=x onerror=alert(1)>" is not available here; ignored.');
  await expect(page.locator('.problems img')).toHaveCount(0);
  await expect(page.getByRole('radio', { name: 'Machine-translated prompts (MT)' })).toBeChecked();
  // The language column and BLOOMZ's, the one model left (with its rank column between them).
  await expect(page.locator('table.data-table thead th button[data-sort-column]')).toHaveText(['Language ↕', 'BLOOMZ ↕']);
});

test('a misspelt parameter name is named on the page, not ignored in silence', async ({ page }) => {
  await page.goto('/tasks/xnli?promt=MT&stat=max&utm_source=newsletter');
  await waitForChart(page);
  await expect(page.locator('.problems')).toContainText('"promt"="MT" is not a setting of this chart (its settings:');
  await expect(page.locator('.problems')).toContainText('prompt');
  await expect(page.locator('.problems')).not.toContainText('utm_source');
  await expect(page.getByRole('radio', { name: 'Max accuracy' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'English prompts (EN)' })).toBeChecked();
  // An embed reads theme= itself: not reported as unknown.
  await page.goto('/embed/task/xnli?theme=dark&stat=max');
  await expect(page.locator('[data-chart-id]')).toBeVisible();
  await expect(page.locator('.problems')).toHaveCount(0);
});

test('numbers are in the first HTML, before any JavaScript runs', async ({ openPage }) => {
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto('/tasks/xnli');
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('41.45');
});

test('unknown dataset and language get the 404 page', async ({ page }) => {
  for (const path of ['/tasks/not-a-dataset', '/languages/xx', '/languages/multi', '/languages/code']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
});
