import { activateChart, expect, test, waitForChart } from './fixtures';

/**
 * Numbers in the visible text that read as float noise: more than 4 decimals and more than 4
 * significant digits (0.00003219 is 4 digits of a small number; 0.038374872976901626 is noise).
 */
async function longNumbers(page: import('@playwright/test').Page): Promise<string[]> {
  // Addresses (an arXiv id in a publisher's note) are not numbers.
  const text = (await page.locator('main').innerText()).replace(/https?:\/\/\S+/g, '');
  return [...text.matchAll(/\d+\.(\d+)(?:e-?\d+)?/g)]
    .map((m) => m[0])
    .filter((n) => {
      const [whole, decimals] = n.split(/e/)[0].split('.');
      const significant = `${whole}${decimals}`.replace(/^0+/, '').length;
      return /e/.test(n) || (decimals.length > 4 && significant > 4);
    });
}

test('no visible number on /unseen or /languages/sw reads as float noise; the exact text stays on it', async ({ page }) => {
  for (const path of ['/unseen', '/languages/sw']) {
    await page.goto(path);
    await waitForChart(page);
    await activateChart(page);
    expect(await longNumbers(page), path).toEqual([]);
  }
  // data/languages.csv:72 (Burmese): roots_cld3_pct 3.218864734249008e-05, on /unseen's trace table.
  await page.goto('/unseen');
  const burmese = page.locator('[data-exact="3.218864734249008e-05"]');
  await expect(burmese).toHaveText('0.00003219');
  await expect(burmese).toHaveAttribute('title', 'exactly 3.218864734249008e-05');
});

test('the SummaC chart (a score that goes below 0) has clean axis ticks and numbers at one precision', async ({ page }) => {
  await page.goto('/helm/classic/summarization?scenario=summarization_xsum&tab=summarization&metric=SummaC');
  // The server-drawn chart first (once the URL's settings apply), then the interactive one.
  await expect(page.locator('figcaption').first()).toContainText('SummaC');
  await expect(page.locator('.hc-tick')).toHaveText(['-0.4', '-0.3', '-0.2', '-0.1', '0', '0.1']);
  await waitForChart(page);
  const ticks = await page.locator('svg.recharts-surface text.recharts-cartesian-axis-tick-value').allTextContents();
  expect(ticks).toEqual(['-0.4', '-0.3', '-0.2', '-0.1', '0', '0.1']);
  expect(await longNumbers(page)).toEqual([]);
  // data/helm-results.csv:547: bloom-176b, classic summarization_xsum, Summarization metrics, SummaC, -0.3496571158.
  const bloom = page.locator('table.data-table tr[data-category="bloom-176b"] [data-value="-0.3496571158"]');
  await expect(bloom).toHaveText('-0.3497');
  await expect(bloom).toHaveAttribute('title', 'exactly -0.3496571158');
});
