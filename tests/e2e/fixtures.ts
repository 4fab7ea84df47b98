import { test as base, expect, type Page } from '@playwright/test';

/** Every page in every test fails on an uncaught error or a console error. */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function waitForChart(page: Page) {
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
}

/** The table cell of one category row and one series column. */
export function tableCell(page: Page, category: string, series: string) {
  return page.locator(`table.data-table tr[data-category="${category}"] td[data-series="${series}"]`);
}
