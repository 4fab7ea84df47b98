import fs from 'node:fs';
import { expectStartupScriptsHinted } from './compile-hint-checks';
import { checkCrossOriginEmbed } from './embed-checks';
import { expect, test } from './fixtures';
import { serveStaticExport } from './static-export-server';

// `npm test` runs `npm run export` before the e2e tests; out/ is that static export.
test.describe('static export served by a plain static file server', () => {
  const base = serveStaticExport('embed/task/xnli/index.html');

  test('passes the same embed test', async ({ page }) => {
    await checkCrossOriginEmbed(page, base());
  });

  test('marks the scripts its pages load at start-up for eager compilation', async ({ request }) => {
    for (const path of ['/', '/tasks/xnli/', '/embed/task/xnli/']) await expectStartupScriptsHinted(request, base(), path);
  });

  test('has the published HELM columns the import page checks a HELM file against', async ({ request }) => {
    const response = await request.get(`${base()}/helm-columns.json`);
    expect(response.status()).toBe(200);
    const columns = (await response.json()) as { project: string; group: string; scenario: string; metricTab: string; metric: string }[];
    expect(columns.filter((c) => c.scenario === 'mmlu' && c.metricTab === 'Accuracy' && c.metric === 'EM').map((c) => `${c.project}/${c.group}`)).toEqual(['classic/question_answering', 'lite/core_scenarios']);
  });

  test('a shared link shows a placeholder, never the default numbers, until its settings are applied', async ({ page }) => {
    // Scripts are held back until the placeholder has been checked: what a slow phone shows first.
    let release: () => void = () => {};
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/_next/static/**/*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${base()}/tasks/xnli/?prompt=MT&stat=max&models=bloom-1b1`, { waitUntil: 'domcontentloaded' });
    const view = page.locator('.chart-view');
    await expect(view).toHaveAttribute('data-state', 'pending');
    await expect(page.locator('html')).toHaveAttribute('data-pending-view', '');
    // The prerendered default (median, English prompts) is in the HTML but not visible.
    await expect(page.locator('figcaption#task-xnli-title')).toBeHidden();
    expect(await view.evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"Applying the settings of this link…"');
    release();
    await expect(view).toHaveAttribute('data-state', 'url');
    await expect(page.locator('figcaption#task-xnli-title')).toHaveText('XNLI: max accuracy, Machine-translated prompts (MT)');
    // data/bloomz-results.csv:1061 bloom-1b1,MT,xnli,ar,…,Max acc.,35.42
    await expect(page.locator('tr[data-category="xnli|ar|ar"] td[data-series="bloom-1b1"]')).toContainText('35.42');
  });

  test('a page without settings is never hidden', async ({ page }) => {
    await page.goto(`${base()}/tasks/xnli/?utm_source=newsletter`);
    await expect(page.locator('figcaption#task-xnli-title')).toBeVisible();
    expect(await page.locator('html').getAttribute('data-pending-view')).toBeNull();
  });

  test('has the shipped CSVs, their datapackage.json and one JSON per default view under data/', async ({ request }) => {
    // Expected from data/ itself: the file's first line.
    const header = fs.readFileSync('data/bloomz-results.csv', 'utf8').split('\n')[0];
    const csv = await request.get(`${base()}/data/bloomz-results.csv`);
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\n')[0]).toBe(header);
    const pkg = (await (await request.get(`${base()}/data/datapackage.json`)).json()) as { resources: { path: string }[] };
    expect(pkg.resources.map((r) => r.path)).toContain('bloomz-results.csv');
    const view = await request.get(`${base()}/data/views/task/xnli.json`);
    expect(view.status()).toBe(200);
    const data = (await view.json()) as { title: string; cells: { series: string; published: string | null }[] };
    expect(data.title).toMatch(/^XNLI/);
    expect(data.cells.length).toBeGreaterThan(50);
  });

  test('has preview images of the default views, and no server-only routes', async ({ request }) => {
    const png = await request.get(`${base()}/og/task/xnli.png`);
    expect(png.status()).toBe(200);
    expect((await png.body()).subarray(1, 4).toString()).toBe('PNG');
    expect(fs.existsSync('out/shared')).toBe(false);
    expect(fs.existsSync('out/oembed')).toBe(false);
  });

  test('serves every page', async ({ page }) => {
    for (const path of ['/', '/tasks/xnli/', '/languages/th/', '/unseen/', '/scaling/', '/prompts/', '/sources/']) {
      const response = await page.goto(`${base()}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
    }
  });
});
