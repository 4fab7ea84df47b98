import { expect, type Page } from '@playwright/test';
import { waitForChart } from './fixtures';
import { hostHtml, startHostPage } from './host-page';

/**
 * The embed contract, checked the same way against `next start` and the static export:
 * another origin embeds a chart; it renders with the requested state, the iframe follows
 * the content's height, and "full view" opens the same state.
 */
export async function checkCrossOriginEmbed(page: Page, dashboard: string) {
  const src = `${dashboard}/embed/task/xnli?prompt=MT&models=bloomz,mt0-xxl&theme=dark`;
  const host = await startHostPage(hostHtml(`<iframe id="chart" src="${src}" title="XNLI" width="100%" height="300" style="border:0" data-crosslingual-embed></iframe>`, `${dashboard}/embed.js`));
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('#chart');
    await expect(frame.locator('[data-chart-id]')).toBeVisible();
    await waitForChart(frame);
    // ../shared/data/bloomz/results.csv line 2298: bloomz XNLI th MT Median acc. 33.29
    await expect(frame.locator('tr[data-category="xnli|th|th"] td[data-series="bloomz"]')).toContainText('33.29');
    await expect(frame.locator('.embed-root')).toHaveAttribute('data-theme', 'dark');
    await expect(frame.locator('.embed-attribution a').first()).toHaveAttribute('href', /allres\.ipynb/);
    // The iframe grows from 300 px to its content's height.
    const contentHeight = await frame.locator('.embed-root').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    expect(contentHeight).toBeGreaterThan(400);
    await expect.poll(async () => page.locator('#chart').evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBe(contentHeight);
    // Opening the table makes the content taller; the frame follows.
    await frame.locator('.embed-table summary').click();
    await expect.poll(async () => page.locator('#chart').evaluate((el) => Math.round(el.getBoundingClientRect().height))).toBeGreaterThan(contentHeight + 100);
    const fullView = await frame.locator('a[data-full-view]').getAttribute('href');
    expect(fullView).toBeTruthy();
    const full = await page.context().newPage();
    await full.goto(new URL(fullView!, dashboard).toString());
    await waitForChart(full);
    await expect(full.getByRole('radio', { name: 'Machine-translated prompts (MT)' })).toBeChecked();
    await expect(full.locator('table.data-table thead th')).toHaveCount(3);
    await expect(full.locator('tr[data-category="xnli|th|th"] td[data-series="bloomz"]')).toContainText('33.29');
    await full.close();
  } finally {
    await host.close();
  }
}
