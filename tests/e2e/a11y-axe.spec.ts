import AxeBuilder from '@axe-core/playwright';
import { expect, test, untilIdle, waitForChart } from './fixtures';
import { ROUTES } from './routes';

// One test per route and colour scheme: independent, parallel, each with its own timeout.
for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe (${colorScheme})`, () => {
    test.use({ colorScheme });
    for (const route of ROUTES) {
      test(`no violations on ${route}`, async ({ page }) => {
        // A guard, not a budget: axe over /languages/th's eight charts and tables ran past 60 s on a busy CI machine.
        test.setTimeout(120_000);
        await page.goto(route);
        // The link's settings applied (a matrix replaces the chart the static page was built with).
        await untilIdle(page);
        // The first chart interactive (Recharts), the others as served (HTML): both get checked.
        if (await page.locator('[data-chart-id]').count()) await waitForChart(page);
        const result = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
        expect(result.violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      });
    }
  });
}
