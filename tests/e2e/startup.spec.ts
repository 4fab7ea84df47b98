import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** React marks every element it has hydrated with a __reactFiber$… key. */
async function waitForHydration(page: Page) {
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector('form.controls input') ?? {}).some((k) => k.startsWith('__reactFiber'))))
    .toBe(true);
}

test('a chart page keeps the chart and table the server sent instead of drawing them again', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as Record<string, unknown>;
      w.__serverTable = document.querySelector('table.data-table');
      w.__serverChart = document.querySelector('[data-chart-id] .hc');
    });
  });
  await page.goto('/tasks/xnli');
  await waitForHydration(page);
  const kept = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const table = document.querySelector('table.data-table');
    return {
      sameTable: table !== null && table === w.__serverTable,
      sameChart: document.querySelector('[data-chart-id] .hc') === w.__serverChart,
      tableHydrated: Object.keys(table ?? {}).some((k) => k.startsWith('__reactFiber')),
    };
  });
  expect(kept).toEqual({ sameTable: true, sameChart: true, tableHydrated: false });

  // The kept table still sorts by keyboard, and the focus stays on the button pressed.
  const header = page.locator('table.data-table thead button[data-sort-column="bloomz"]');
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect(page.locator('th[aria-sort="descending"] button')).toBeFocused();
  const values = await page.locator('table.data-table tbody tr td[data-series="bloomz"] [data-value]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
  expect(values.length).toBeGreaterThan(2);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"] button')).toBeFocused();
});

test('a shared link with settings shows them once the page has started, in chart and table', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT');
  await expect(page.locator('table.data-table caption')).toContainText('Machine-translated prompts (MT)');
  await expect(page.locator('figure.chart-frame figcaption')).toContainText('Machine-translated prompts (MT)');
  await expect(page.locator('form.controls input[value="MT"]')).toBeChecked();
});

test('links prefetch a page only once the reader points at them', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (r) => {
    if (r.headers()['next-router-prefetch']) prefetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await page.waitForLoadState('load');
  await page.waitForTimeout(1_500);
  expect(prefetched).toEqual([]);
  await page.locator('.site-nav').getByRole('link', { name: 'Scaling' }).hover();
  await expect.poll(() => prefetched).toContain('/scaling');
  expect(new Set(prefetched)).toEqual(new Set(['/scaling']));
});

test('pointing at the filters makes the table React-drawn in the background, before the first change', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForHydration(page);
  const tableIsReacts = () => page.evaluate(() => Object.keys(document.querySelector('table.data-table') ?? {}).some((k) => k.startsWith('__reactFiber')));
  expect(await tableIsReacts()).toBe(false);
  await page.locator('form.controls').hover();
  await expect.poll(tableIsReacts).toBe(true);
  await page.getByRole('radio', { name: 'Machine-translated prompts (MT)' }).check();
  // ../shared/data/bloomz/results.csv line 2298: bloomz XNLI th MT Median acc. 33.29
  await expect(page.locator('tr[data-category="xnli|th|th"] td[data-series="bloomz"]')).toContainText('33.29');
});
