import AxeBuilder from '@axe-core/playwright';
import { expect, test, waitForChart } from './fixtures';
import { ROUTES } from './routes';

// One test per route and colour scheme: independent, parallel, each with its own timeout.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${colorScheme})`, () => {
    test.use({ colorScheme });
    for (const route of ROUTES) {
      test(`no violations on ${route}`, async ({ page }) => {
        await page.goto(route);
        // The first chart interactive (Recharts), the others as served (HTML): both get checked.
        if (await page.locator('[data-chart-id]').count()) await waitForChart(page);
        const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
        expect(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    }
  });
}
