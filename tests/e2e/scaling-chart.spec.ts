import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { Locator, Page } from '@playwright/test';
import { activateChart, expect, test } from './fixtures';

/**
 * The scaling chart (a line chart of computed means) keeps a point's numbers open, as the
 * bar and dot charts do, and its arrow keys follow the x axis. What it should show is read
 * from the page's table and from data/models.csv, never from the chart's own code.
 */

/** Parameter counts as data/models.csv publishes them, by model id. */
function publishedParams(): Map<string, number> {
  const csv = readFileSync(path.join(__dirname, '../../data/models.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  return new Map(rows.filter((r) => r.params).map((r) => [r.id, Number(r.params)]));
}

interface ScalingChart {
  view: Locator;
  figure: Locator;
  surface: Locator;
  /** The model under the tooltip: its title. */
  tooltipTitle: Locator;
  details: Locator;
  /** The table's rows as listed (by line, then size): model id and label. */
  tableRows: () => Promise<{ category: string; label: string }[]>;
}

async function openScalingChart(page: Page, url: string): Promise<ScalingChart> {
  await page.goto(url);
  const view = page.locator('.chart-view[data-view="scaling"]');
  const boxes = await page.locator('[data-chart-id]').evaluateAll((els) => els.map((el) => el.closest('.chart-view')?.getAttribute('data-view')));
  await activateChart(page, boxes.indexOf('scaling'));
  const figure = view.locator('figure.chart-frame');
  return {
    view,
    figure,
    surface: figure.locator('svg.recharts-surface'),
    tooltipTitle: figure.locator('.recharts-tooltip-wrapper strong').first(),
    details: figure.locator('.cell-details'),
    tableRows: () =>
      view.locator('table.data-table tbody tr[data-category]').evaluateAll((trs) => trs.map((tr) => ({ category: tr.getAttribute('data-category')!, label: tr.querySelector('th')!.textContent!.trim() }))),
  };
}

/** The table's models smallest first; models of one size keep the table's (the legend's) order. */
async function sizeOrder(chart: ScalingChart) {
  const params = publishedParams();
  const rows = await chart.tableRows();
  for (const r of rows) expect(params.has(r.category), `${r.category} has a published size`).toBe(true);
  return [...rows].sort((a, b) => params.get(a.category)! - params.get(b.category)!);
}

/**
 * The open details say for each series what the table's cell says: the number, how it was
 * computed and from which languages, and link the sources the cell cites.
 */
async function expectDetailsLikeTable(chart: ScalingChart, category: string) {
  await expect(chart.details).toHaveAttribute('data-category', category);
  const cells = chart.view.locator(`table.data-table tr[data-category="${category}"] td[data-series]`);
  expect(await cells.count()).toBeGreaterThan(0);
  for (const td of await cells.all()) {
    const series = (await td.getAttribute('data-series'))!;
    const item = chart.details.locator(`li[data-series="${series}"]`);
    const value = td.locator('[data-value]');
    if (await value.count()) {
      await expect(item).toContainText((await value.textContent())!);
      const computed = td.locator('.tag', { hasText: 'computed:' });
      await expect(item).toContainText((await computed.textContent())!.trim());
      await expect(item).toContainText((await computed.getAttribute('title'))!);
    } else {
      await expect(item).toContainText((await td.locator('.missing').textContent())!.trim());
    }
    const tableSources = await td.locator('sup.src a').evaluateAll((as) => as.map((a) => document.querySelector(`${a.getAttribute('href')} a`)!.getAttribute('href')));
    const detailSources = await item.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(detailSources.sort()).toEqual(tableSources.sort());
  }
}

test('scaling chart: the arrow keys step through the models in size order, Home and End to the ends, Enter keeps one open', async ({ page }) => {
  const chart = await openScalingChart(page, '/scaling');
  const order = await sizeOrder(chart);
  expect(order.length).toBeGreaterThan(3);
  await chart.surface.focus();
  await expect(chart.surface).toHaveAttribute('aria-label', /Arrow keys move between categories; Enter keeps one's numbers open below the chart/);
  await expect(chart.surface.locator('desc')).toContainText('Home and End go to the smallest and the largest');
  // Focus starts on the smallest model, where Left has nowhere to go.
  await expect(chart.tooltipTitle).toHaveText(order[0].label);
  await chart.surface.press('ArrowLeft');
  await expect(chart.tooltipTitle).toHaveText(order[0].label);
  for (const model of order.slice(1)) {
    await chart.surface.press('ArrowRight');
    await expect(chart.tooltipTitle).toHaveText(model.label);
  }
  await chart.surface.press('Home');
  await expect(chart.tooltipTitle).toHaveText(order[0].label);
  await chart.surface.press('End');
  await expect(chart.tooltipTitle).toHaveText(order[order.length - 1].label);
  // Up and Down are Left and Right, as on the other charts (Down is the next one).
  await chart.surface.press('ArrowUp');
  await expect(chart.tooltipTitle).toHaveText(order[order.length - 2].label);
  await chart.surface.press('ArrowDown');
  await expect(chart.tooltipTitle).toHaveText(order[order.length - 1].label);

  // A model that shares its size with the one before it: Enter keeps that one, not its neighbour.
  const params = publishedParams();
  const shared = order.findIndex((m, i) => i > 0 && params.get(m.category) === params.get(order[i - 1].category));
  expect(shared).toBeGreaterThan(0);
  await chart.surface.press('Home');
  for (let i = 0; i < shared; i++) await chart.surface.press('ArrowRight');
  await expect(chart.tooltipTitle).toHaveText(order[shared].label);
  await chart.surface.press('Enter');
  await expectDetailsLikeTable(chart, order[shared].category);
});

test('scaling chart: clicking a point keeps that model’s numbers open, as the table gives them', async ({ page }) => {
  const chart = await openScalingChart(page, '/scaling');
  const order = await sizeOrder(chart);
  const params = publishedParams();
  // The second model of a shared size: its point, not the first one's, is what a click opens.
  const shared = order.find((m, i) => i > 0 && params.get(m.category) === params.get(order[i - 1].category))!;
  const dot = (category: string, series: string) => chart.surface.locator(`g[data-category="${category}"][data-series="${series}"] circle`).first();
  // Points may sit under another's enlarged active dot, so the click goes to the spot (forced).
  await expect(dot(shared.category, 'seen')).toBeVisible();
  await dot(shared.category, 'seen').click({ force: true });
  await expectDetailsLikeTable(chart, shared.category);
  // Another point right away: its own model. BLOOMZ XNLI unseen (EN, median), computed by hand
  // from ../shared/data/bloomz/results.csv: bg 47.19, de 53.13, el 45.94, ru 52.33, th 41.45, tr 42.73 → 47.13.
  await dot('bloomz', 'unseen').click({ force: true });
  await expectDetailsLikeTable(chart, 'bloomz');
  await expect(chart.details.locator('li[data-series="unseen"]')).toContainText('47.13 (computed: mean of 6 published values)');
  await chart.details.getByRole('button', { name: /Close details/ }).click();
  await expect(chart.details).toHaveCount(0);
});

test('the scaling chart on the overview keeps a point open too, and steps in size order', async ({ page }) => {
  const chart = await openScalingChart(page, '/');
  const order = await sizeOrder(chart);
  await chart.surface.focus();
  await expect(chart.tooltipTitle).toHaveText(order[0].label);
  await chart.surface.press('ArrowRight');
  await expect(chart.tooltipTitle).toHaveText(order[1].label);
  await chart.surface.press('Enter');
  await expectDetailsLikeTable(chart, order[1].category);
  const last = order[order.length - 1];
  await chart.surface.locator(`g[data-category="${last.category}"] circle`).first().click({ force: true });
  await expectDetailsLikeTable(chart, last.category);
});
