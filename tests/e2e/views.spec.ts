import { activateAllCharts, expect, tableCell, test, waitForChart } from './fixtures';

// Published numbers are copied from ../shared/data/bloomz/results.csv (line numbers given).

test('overview: four charts, each linking to its full view', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('[data-chart-id]')).toHaveCount(4);
  await activateAllCharts(page);
  await expect(page.locator('svg.recharts-surface')).toHaveCount(4);
  // ../shared/data/helm/results.csv line 335: BLOOM (176B) Classic v0.4.0 Mean win rate 0.446
  await expect(tableCell(page, 'bloom-176b', 'value')).toContainText('0.446');
  await expect(page.locator('tr[data-category="bloom-176b"]')).toHaveAttribute('data-highlight', 'true');
  // line 2244: bloomz XNLI th EN Median acc. 41.45
  await expect(tableCell(page, 'xnli|th|th', 'bloomz').first()).toContainText('41.45');
  for (const href of ['/tasks/xnli', '/scaling', '/prompts', '/helm/classic/core_scenarios']) await expect(page.locator(`a[href="${href}"]`).first()).toBeVisible();
  // Every part of the site has its card, HELM and your own results included.
  const cards = page.getByRole('navigation', { name: 'Views' });
  for (const href of ['/tasks', '/languages', '/unseen', '/scaling', '/prompts', '/helm', '/import', '/sources']) await expect(cards.locator(`a[href="${href}"]`)).toBeVisible();
});

test('unseen languages: unseen first, trace share shown, per-prompt dots', async ({ page }) => {
  await page.goto('/unseen');
  await waitForChart(page);
  await expect(page.getByRole('table').first()).toContainText('Quechua');
  // The bars table starts with the group of languages BLOOMZ never intentionally saw.
  const bars = page.locator('table.data-table').nth(1);
  await expect(bars.locator('tr.group-row').first()).toContainText('never intentionally seen for BLOOMZ');
  // line 3537: bloomz XCOPA qu EN Median acc. 49.00
  await expect(bars.locator('tr[data-category="xcopa|qu|qu"] td[data-series="bloomz"]')).toContainText('49.00');
  // results_per_prompt.csv line 779: one of BLOOMZ's Thai XNLI prompts.
  const thai = page.locator('table.data-table').nth(2).locator('tr[data-category="xnli|th|th"] td[data-series="bloomz"]');
  // One of its prompts' accuracies, shown to 4 significant digits with the exact text kept on it.
  await expect(thai.locator('.points [data-exact="41.44578170776367"]')).toHaveText('41.45');
  await expect(thai.locator('.points [data-exact="41.44578170776367"]')).toHaveAttribute('title', 'exactly 41.44578170776367');
  await activateAllCharts(page);
  await expect(page.locator('svg.recharts-surface')).toHaveCount(2);
});

test('clicking a per-prompt dot keeps its numbers open with a link to the notebook they come from', async ({ page }) => {
  await page.goto('/unseen');
  await activateAllCharts(page);
  const strip = page.locator('figure.chart-frame').nth(1);
  // Dots may overlap, so the click is forced past Playwright's check that this dot receives
  // it; forcing also skips the wait for a box, and a dot grows from nothing as it animates in.
  const dot = strip.locator('.recharts-scatter-symbol path.recharts-symbols').first();
  await expect(dot).toBeVisible();
  await dot.click({ force: true });
  const details = strip.locator('.cell-details');
  await expect(details).toBeVisible();
  // data/sources.csv: xmtf_generalization_plots, the source of every row of results_per_prompt.
  await expect(details.locator('a[href="https://github.com/bigscience-workshop/xmtf/blob/5caa1b12005601192092fe8639488e6c36b6d5d6/plotstables/figure_notebooks/generalization.ipynb"]').first()).toBeVisible();
});

test('scaling: a computed mean is labelled as computed and equals the hand-computed value', async ({ page }) => {
  await page.goto('/scaling');
  await waitForChart(page);
  // BLOOM, BLOOMZ and mT0, seen and unseen; mT0 saw every XNLI language, so it has no unseen line.
  await expect(page.locator('svg.recharts-surface .recharts-line')).toHaveCount(5);
  // BLOOMZ XNLI unseen (EN, median): bg 47.19, de 53.13, el 45.94, ru 52.33, th 41.45, tr 42.73 → 282.77 / 6 = 47.128…
  const cell = tableCell(page, 'bloomz', 'unseen');
  await expect(cell).toContainText('47.13');
  await expect(cell).toContainText('computed: mean of 6 published values');
  await expect(tableCell(page, 'mt0-xxl', 'unseen')).toContainText('not applicable');
});

test('prompts: EN vs MT vs HT, and the two published versions of the prompting table', async ({ page }) => {
  await page.goto('/prompts?t.version=b52496b');
  await waitForChart(page);
  // lines 949, 1057, 1003: bloomz-mt XNLI ar 51.85 (EN), 41.97 (MT), 37.31 (HT)
  await expect(tableCell(page, 'xnli|ar|ar', 'EN')).toContainText('51.85');
  await expect(tableCell(page, 'xnli|ar|ar', 'MT')).toContainText('41.97');
  await expect(tableCell(page, 'xnli|ar|ar', 'HT')).toContainText('37.31');
  // line 5978: the 12-language version: BLOOMZ XNLI EN 53.58 (14-language version: 52.99)
  await expect(tableCell(page, 'xnli|EN', 'bloomz')).toContainText('53.58');
  await page.getByRole('radio', { name: /14 languages/ }).check();
  await expect(tableCell(page, 'xnli|EN', 'bloomz')).toContainText('52.99');
  // Each chart owns its URL keys: switching the table version left the first chart's state alone.
  await expect(page).toHaveURL(/\/prompts$/);
});

test('sources: citations, row counts and known defects', async ({ page }) => {
  await page.goto('/sources');
  const allres = page.locator('#xmtf_allres');
  await expect(allres).toContainText('5,355 rows here');
  await expect(page.locator('#hfcard_bloom')).toContainText('pass@10 0.328 and pass@100 0.572 differ from the paper');
  await expect(page.locator('#xmtf_paper pre')).toContainText('@article{muennighoff2022crosslingual');
});

test('a URL with filters set survives a reload and a copy into a fresh page', async ({ page, openPage }) => {
  const url = '/unseen?dataset=xcopa&coverage=unseen&models=mt0-xxl,bloomz&sort=value';
  await page.goto(url);
  await waitForChart(page);
  const rows = page.locator('table.data-table').nth(1).locator('tbody tr[data-category]');
  // Unseen for mT0-13B (the first model) in XCOPA: only Quechua.
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toHaveAttribute('data-category', 'xcopa|qu|qu');
  // The filters are folded; their summary says what the link set.
  const more = page.locator('details.more-controls').first();
  await expect(more.locator('summary')).toContainText('2 of');
  await expect(more.locator('summary')).toContainText('languages never intentionally seen for mT0-13B');
  await more.locator('summary').click();
  await page.getByRole('checkbox', { name: 'never intentionally seen' }).first().uncheck();
  await expect(more.locator('summary')).toContainText('all languages');
  await expect(rows).toHaveCount(11);
  // The link is written a frame after the change is painted (replace-search.ts).
  await expect(page).not.toHaveURL(/coverage=/);
  const changed = page.url();
  await page.reload();
  await waitForChart(page);
  await expect(rows).toHaveCount(11);
  const fresh = await openPage();
  await fresh.goto(changed);
  await waitForChart(fresh);
  const freshRows = fresh.locator('table.data-table').nth(1).locator('tbody tr[data-category]');
  await expect(freshRows).toHaveCount(11);
  // sort=value: mT0-13B's values in descending order.
  const values = await freshRows.locator('td[data-series="mt0-xxl"] [data-value]').evaluateAll((els) => els.map((e) => Number(e.getAttribute('data-value'))));
  expect(values).toEqual([...values].sort((a, b) => b - a));
});

test('Copy link right after a change copies the new view and keeps the other chart\'s settings', async ({ page }) => {
  await page.addInitScript(() => {
    const copied: string[] = [];
    Object.assign(window, { copiedTexts: copied });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => void copied.push(t) } });
  });
  await page.goto('/unseen?p.dataset=xcopa');
  await waitForChart(page);
  // The change and the copy in the same frame: the address bar is written only after the
  // chart is painted, and the link must not be the view from before the change.
  const addressAtCopy = await page.evaluate(async () => {
    const radio = [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement?.textContent?.trim() === 'Machine-translated prompts (MT)');
    radio!.click();
    await Promise.resolve();
    const address = window.location.href;
    [...document.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === 'Copy link')!.click();
    return address;
  });
  await expect(page.getByText('Link copied: it reproduces this view.')).toBeVisible();
  const copied = await page.evaluate(() => (window as unknown as { copiedTexts: string[] }).copiedTexts);
  expect(copied).toHaveLength(1);
  const link = new URL(copied[0]);
  expect(link.pathname).toBe('/unseen');
  expect(link.searchParams.get('prompt')).toBe('MT');
  expect(link.searchParams.get('p.dataset')).toBe('xcopa');
  // The address bar catches up a frame later, to the same link.
  await expect(page).toHaveURL(/prompt=MT/);
  expect(new URL(page.url()).searchParams.toString()).toBe(link.searchParams.toString());
  test.info().annotations.push({ type: 'address bar at copy time', description: addressAtCopy });
});

test('a setting not understood is named with its chart, and with its prefix on a page of two charts', async ({ page }) => {
  await page.goto('/unseen?dataset=bar&p.dataset=foo');
  const notices = page.locator('.problems');
  await expect(notices).toHaveCount(2);
  await expect(notices.nth(0)).toContainText('dataset=bar is not one of');
  await expect(notices.nth(0)).not.toContainText('start with');
  await expect(notices.nth(1)).toContainText('dataset=foo is not one of');
  await expect(notices.nth(1)).toContainText('(in the link, its settings start with “p.”)');
  // Each notice names its own chart.
  const titles = await page.locator('.chart-view figure.chart-frame figcaption').allTextContents();
  expect(titles).toHaveLength(2);
  for (const [i, title] of titles.entries()) await expect(notices.nth(i)).toContainText(`Some settings of the chart “${title}” in this link were not understood`);
});

test('the model the coverage filter follows is marked, and an emptied chart says why', async ({ page }) => {
  await page.goto('/tasks/xnli?coverage=unseen');
  await expect(page.locator('table.data-table').first().locator('tbody tr[data-category]')).toHaveCount(6);
  await page.locator('details.more-controls summary').first().click();
  const label = (id: string) => page.locator(`.model-picker label:has(input[name="models"][value="${id}"])`);
  await expect(label('bloomz')).toContainText('(first chosen: sorting and the coverage filter follow it)');
  await label('bloomz').locator('input').uncheck();
  // mT0-13B is first now, and says so; it saw every XNLI language in pretraining (mC4).
  await expect(label('mt0-xxl')).toContainText('(first chosen:');
  await expect(label('bloomz')).not.toContainText('(first chosen:');
  await expect(page.locator('table.data-table').first().locator('tbody tr[data-category]')).toHaveCount(0);
  await expect(page.locator('figure.chart-frame').first()).toContainText('so the chart is empty. The coverage filter follows mT0-13B, the first model chosen');
});

test('script filter on a task page', async ({ page }) => {
  await page.goto('/tasks/xnli?scripts=Cyrl');
  await waitForChart(page);
  await expect(page.locator('table.data-table tbody tr[data-category]')).toHaveCount(2);
  await expect(page.locator('details.more-controls summary')).toContainText('languages written in Cyrl');
  await page.locator('details.more-controls summary').click();
  await expect(page.getByRole('checkbox', { name: 'Cyrl' })).toBeChecked();
});

test('language search and the ROOTS-share and size filters', async ({ page }) => {
  await page.goto('/languages');
  await page.getByLabel('Find a language').fill('thai');
  await expect(page.locator('#languages-table tbody tr:visible')).toHaveCount(1);
  await expect(page.locator('#languages-table tbody tr:visible')).toContainText('Thai');

  await page.goto('/tasks/xnli?share=none');
  // Not in ROOTS (languages.csv has no roots_pct): the six XNLI languages unseen by BLOOM.
  await expect(page.locator('table.data-table tbody tr[data-category]')).toHaveCount(6);
  await page.locator('details.more-controls summary').click();
  await page.getByLabel('Size at least').selectOption({ label: '13B' });
  // models.csv, 13B or more: mTk-13B, mT0-13B, mT0-13B-MT, mT0-13B-P3, BLOOM, BLOOMZ, BLOOMZ-MT, BLOOMZ-P3.
  await expect(page.locator('.model-picker label:has(input[name="models"])')).toHaveCount(8);
});
