import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expectStartupScriptsHinted } from './compile-hint-checks';
import { checkCrossOriginEmbed } from './embed-checks';
import { expect, test } from './fixtures';
import { startStaticServer } from '../../scripts/static-server';

// `npm test` runs `npm run export` before the e2e tests; out/ is that static export.
const hasExport = fs.existsSync('out/embed/task/xnli/index.html');

test.describe('static export served by a plain static file server', () => {
  test.skip(!hasExport, 'out/ is missing: run `npm run export` first (npm test does)');
  let server: Server;
  let base: string;
  test.beforeAll(async () => {
    server = await startStaticServer('out', 0);
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test('passes the same embed test', async ({ page }) => {
    await checkCrossOriginEmbed(page, base);
  });

  test('marks the scripts its pages load at start-up for eager compilation', async ({ request }) => {
    for (const path of ['/', '/tasks/xnli/', '/embed/task/xnli/']) await expectStartupScriptsHinted(request, base, path);
  });

  test('has the published HELM columns the import page checks a HELM file against', async ({ request }) => {
    const response = await request.get(`${base}/helm-columns.json`);
    expect(response.status()).toBe(200);
    const columns = (await response.json()) as { project: string; group: string; scenario: string; metricTab: string; metric: string }[];
    expect(columns.filter((c) => c.scenario === 'mmlu' && c.metricTab === 'Accuracy' && c.metric === 'EM').map((c) => `${c.project}/${c.group}`)).toEqual(['classic/question_answering', 'lite/core_scenarios']);
  });

  test('serves every page', async ({ page }) => {
    for (const path of ['/', '/tasks/xnli/', '/languages/th/', '/unseen/', '/scaling/', '/prompts/', '/sources/']) {
      const response = await page.goto(`${base}${path}`);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('h1')).toBeVisible();
    }
  });
});
