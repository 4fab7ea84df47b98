import fs from 'node:fs';
import Papa from 'papaparse';
import { checkCrossOriginEmbed } from './embed-checks';
import { expect, tableCell, test, waitForChart } from './fixtures';
import { hostHtml, startHostPage } from './host-page';

test('a page on another origin embeds a chart that renders, sizes itself and links to the same view', async ({ page, baseURL }) => {
  await checkCrossOriginEmbed(page, baseURL!);
});

test('the embed response already holds the requested numbers (before JavaScript)', async ({ request }) => {
  const html = await (await request.get('/embed/task/xnli?prompt=MT&models=bloomz')).text();
  // line 2298 (MT) is in the HTML; the EN default's 41.45 (line 2244) is not rendered as a cell.
  expect(html).toMatch(/data-series="bloomz"><span data-value="33.29">33.29/);
  expect(html).not.toMatch(/data-value="41.45"/);
});

test('non-embed pages refuse to be framed; embeds allow it', async ({ openPage, baseURL, request }) => {
  const site = await request.get('/tasks/xnli');
  expect(site.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(site.headers()['x-frame-options']).toBe('DENY');
  expect(site.headers()['x-content-type-options']).toBe('nosniff');
  const embed = await request.get('/embed/task/xnli');
  expect(embed.headers()['content-security-policy']).toContain('frame-ancestors *');
  expect(embed.headers()['x-frame-options']).toBeUndefined();

  const host = await startHostPage(hostHtml(`<iframe id="site" src="${baseURL}/tasks/xnli" title="site"></iframe>`, null));
  // The browser rightly reports the refusal as a console error: that one is the point.
  const other = await openPage({}, { allowConsole: /frame-ancestors/ });
  try {
    const refused = new Promise<string>((resolve) => other.on('console', (m) => m.text().includes('frame-ancestors') && resolve(m.text())));
    await other.goto(host.url);
    expect(await refused).toContain("frame-ancestors 'none'");
    const frame = other.frames().find((f) => f !== other.mainFrame());
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/);
  } finally {
    await other.close();
    await host.close();
  }
});

test('an embed with a malformed or unknown spec explains itself and still shows a chart', async ({ page }) => {
  const response = await page.goto('/embed/task/xnli?prompt=ZZ&models=%3Cb%3Enope%3C/b%3E&theme=neon&sort=');
  expect(response?.status()).toBe(200);
  await waitForChart(page);
  await expect(page.locator('.problems').first()).toContainText('theme=neon is not one of auto, light, dark');
  await expect(page.getByText('prompt=ZZ is not one of EN, MT, HT, card; showing EN.')).toBeVisible();
  await expect(page.locator('.problems b')).toHaveCount(0);
  const unknown = await page.request.get('/embed/not-a-view/xnli');
  expect(unknown.status()).toBe(404);
});

test("an embed's theme= wins over the reader's system setting, for the whole frame", async ({ openPage }) => {
  const colours = async (scheme: 'light' | 'dark', theme: string) => {
    const page = await openPage({ colorScheme: scheme });
    await page.goto(`/embed/task/xnli?theme=${theme}`);
    const out = await page.evaluate(() => [getComputedStyle(document.querySelector('.embed-root')!).backgroundColor, getComputedStyle(document.documentElement).backgroundColor]);
      return out;
  };
  // The palette's --bg: #ffffff in light, #121416 in dark (app/globals.css).
  const white = 'rgb(255, 255, 255)';
  const dark = 'rgb(18, 20, 22)';
  expect(await colours('light', 'dark')).toEqual([dark, dark]);
  expect(await colours('dark', 'light')).toEqual([white, white]);
  expect(await colours('dark', 'auto')).toEqual([dark, dark]);
  expect(await colours('light', 'auto')).toEqual([white, white]);
});

test('the CSV download holds exactly the chart’s rows, equal to data/', async ({ page }) => {
  await page.goto('/tasks/xcopa?models=bloomz,mt0-xxl,bloom');
  await waitForChart(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, delimiter: ',', skipEmptyLines: true }).data;
  // 11 languages × 3 models, and XCOPA's chance level: two alternatives per premise (Ponti et al., 2020), 1/2 = 50%.
  expect(rows).toHaveLength(11 * 3 + 1);
  expect(rows.filter((r) => r.state === 'reference').map((r) => [r.category_label, r.value, r.value_as_published])).toEqual([['chance', '50', '']]);
  // ../shared/data/bloomz/results.csv, XCOPA, EN prompts, Median acc., as [bloomz, mt0-xxl, bloom]
  // (lines 3105/3095/3087 for et, then the same three rows 108 lines apart per language, to 4185/4175/4167 for zh).
  const published: Record<string, [string, string, string]> = {
    et: ['48.00', '72.00', '51.00'], ht: ['55.00', '76.00', '56.00'], id: ['79.00', '90.00', '54.00'], it: ['72.00', '87.00', '54.00'],
    qu: ['49.00', '58.00', '56.00'], sw: ['60.00', '70.00', '58.00'], ta: ['67.00', '84.00', '53.00'], th: ['54.00', '73.00', '55.00'],
    tr: ['54.00', '73.00', '49.00'], vi: ['84.00', '85.00', '56.00'], zh: ['86.00', '85.00', '56.00'],
  };
  const models = ['bloomz', 'mt0-xxl', 'bloom'];
  const got = rows.filter((r) => r.state !== 'reference').map((r) => [r.category, r.series, r.value_as_published, r.source_id, r.state].join(' '));
  const expected = Object.entries(published).flatMap(([language, values]) => values.map((v, i) => [`xcopa|${language}|${language}`, models[i], v, 'xmtf_allres', 'reported'].join(' ')));
  expect(got.sort()).toEqual(expected.sort());
});

test('SVG and PNG download at once on a fresh page, before anyone pointed at the chart, with every bar drawn in full', async ({ page }) => {
  await page.goto('/tasks/xnli');
  const box = page.locator('[data-chart-id]').first();
  await expect(box).toHaveAttribute('data-interactive', 'false');
  const download = async (name: 'SVG' | 'PNG') => {
    let file = '';
    // A click that lands before the page has started does nothing; the reader clicks again.
    await expect(async () => {
      const [d] = await Promise.all([page.waitForEvent('download', { timeout: 10_000 }), page.getByRole('button', { name }).click()]);
      file = (await d.path())!;
    }).toPass({ timeout: 40_000 });
    return file;
  };
  const text = fs.readFileSync(await download('SVG'), 'utf8');
  expect(text).toContain('XNLI: median accuracy');
  // 15 languages × 5 models, none caught mid-animation: every bar has its full, non-zero width.
  const bars = (text.match(/<path[^>]*>/g) ?? []).filter((tag) => /class="recharts-rectangle/.test(tag));
  const widths = bars.map((tag) => Number(/\swidth="([\d.]+)"/.exec(tag)?.[1] ?? 0));
  expect(widths).toHaveLength(75);
  expect(Math.min(...widths)).toBeGreaterThan(10);
  const bytes = fs.readFileSync(await download('PNG'));
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('SVG and PNG downloads are the chart as shown', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForChart(page);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  const text = fs.readFileSync((await svg.path())!, 'utf8');
  expect(text).toContain('<svg');
  expect(text).toContain('XNLI: median accuracy');
  expect(text).not.toContain('var(--');
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'PNG' }).click()]);
  const bytes = fs.readFileSync((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe('PNG');
});

test('the embed dialog gives a snippet for this view', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT');
  await waitForChart(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const snippet = await page.getByRole('dialog').locator('textarea').inputValue();
  expect(snippet).toContain('/embed/task/xnli?prompt=MT');
  expect(snippet).toContain('/embed.js');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  await expect(tableCell(page, 'xnli|th|th', 'bloomz')).toContainText('33.29');
});
