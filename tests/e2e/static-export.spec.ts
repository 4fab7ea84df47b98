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

  test('serves every page', async ({ page }) => {
    for (const path of ['/', '/tasks/xnli/', '/languages/th/', '/unseen/', '/scaling/', '/prompts/', '/sources/']) {
      const response = await page.goto(`${base()}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
    }
  });
});
