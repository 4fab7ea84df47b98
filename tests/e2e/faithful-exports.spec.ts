import fs from 'node:fs';
import Papa from 'papaparse';
import { expect, test, waitForChart } from './fixtures';

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

test('the exported SVG, drawn in Chromium, has the page legend word for word, in the page face, nothing clipped', async ({ page, browser }) => {
  // bloom-1b1 with MT prompts: hatched bars (Thai, never seen by BLOOM) and a reference line (chance level) on XNLI.
  await page.goto('/tasks/xnli?prompt=MT&stat=max&models=bloom-1b1,xglm-7.5B');
  await waitForChart(page);
  const pageLegend = (await page.locator('.chart-legend li').allInnerTexts()).map(norm);
  expect(pageLegend.some((t) => t.startsWith('hatched:'))).toBe(true);
  expect(pageLegend.some((t) => t.includes('coverage unknown'))).toBe(true);
  const pageFace = await page.locator('[data-chart-id]').first().evaluate((el) => getComputedStyle(el).fontFamily);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  const svg = fs.readFileSync((await download.path())!, 'utf8');
  expect(svg).not.toContain('var(--');

  const viewer = await browser.newPage();
  try {
    await viewer.setContent(`<!doctype html><html><body style="margin:0">${svg}</body></html>`);
    const file = viewer.locator('body > svg');
    const fileLegend = await viewer.locator('[data-legend-entry]').evaluateAll((entries) =>
      entries.map((e) => [...e.querySelectorAll('text')].map((t) => t.textContent ?? '').join(' ')),
    );
    expect(fileLegend.map(norm)).toEqual(pageLegend);
    expect(await file.getAttribute('font-family')).toBe(pageFace);
    // Every text line (title, legend, sources, link) ends inside the file's width.
    const width = Number(await file.getAttribute('width'));
    const overflow = await viewer.locator('body > svg > text, [data-legend-entry] text').evaluateAll((ts, w) => ts.filter((t) => (t as SVGTextElement).getBBox().x + (t as SVGTextElement).getBBox().width > w).map((t) => t.textContent), width);
    expect(overflow).toEqual([]);
    const footer = (await viewer.locator('body > svg > text').allTextContents()).join('');
    // The view's link, wrapped over lines where it is long, read back whole.
    expect(footer.replace(/\s/g, '')).toContain('/tasks/xnli?prompt=MT&stat=max&models=bloom-1b1,xglm-7.5B');
  } finally {
    await viewer.close();
  }
});

test('the CSV of an MT view fills prompt, statistic and coverage on every row', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT&stat=max&models=bloom-1b1');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const [header, ...rows] = Papa.parse<string[]>(fs.readFileSync((await download.path())!, 'utf8').trim(), { delimiter: ',' }).data;
  const col = (name: string) => header.indexOf(name);
  expect(rows.filter((r) => r[col('state')] !== 'reference').every((r) => r[col('prompt')] === 'MT' && r[col('statistic')] === 'Max accuracy' && r[col('coverage')] !== '')).toBe(true);
  // data/bloomz-results.csv:2303 bloom-1b1,MT,xnli,th,…,Max acc.,33.69 — Thai is not in ROOTS.
  const thai = rows.find((r) => r[col('category')] === 'xnli|th|th')!;
  expect([thai[col('value_as_published')], thai[col('coverage')]]).toEqual(['33.69', 'unseen']);
});
