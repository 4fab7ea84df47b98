import { test as base, expect, type BrowserContext, type BrowserContextOptions, type FrameLocator, type Locator, type Page } from '@playwright/test';

/** Records uncaught errors and console errors of a page into `errors`. */
export function watchPage(page: Page, errors: string[], allowConsole?: RegExp) {
  // A page that is itself a 404 (or 400) makes the browser log its document as a failed
  // load: that is the page working, not an error in it.
  const notFoundDocuments = new Set<string>();
  page.on('response', (r) => {
    if (r.status() >= 400 && r.status() < 500 && r.request().isNavigationRequest()) notFoundDocuments.add(r.url());
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message} (on ${page.url()})`));
  page.on('console', (m) => {
    // With its URL: "Failed to load resource" alone does not say which.
    if (m.type() === 'error' && !notFoundDocuments.has(m.location().url) && !allowConsole?.test(m.text())) errors.push(`console: ${m.text()} (${m.location().url || page.url()})`);
  });
}

/**
 * Every page in every test fails on an uncaught error or a console error: the test's own
 * `page`, and every page a test opens with `openPage` (never `browser.newPage`, which
 * nothing watches).
 */
export const test = base.extend<{ pageErrors: string[]; openPage: (options?: BrowserContextOptions, watch?: { allowConsole?: RegExp }) => Promise<Page> }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchPage(page, errors);
      await use(errors);
      expect(errors).toEqual([]);
    },
    { auto: true },
  ],
  // (The fixture's callback is not named `use`: the React hooks lint rule would take it for React's.)
  openPage: async ({ browser, pageErrors }, provide) => {
    const contexts: BrowserContext[] = [];
    // allowConsole: console errors a test provokes on purpose (page errors always fail).
    await provide(async (options, watch) => {
      const context = await browser.newContext(options);
      contexts.push(context);
      const page = await context.newPage();
      watchPage(page, pageErrors, watch?.allowConsole);
      return page;
    });
    await Promise.all(contexts.map((c) => c.close()));
  },
});

export { expect };

type Scope = Page | FrameLocator;

/**
 * Charts are server-rendered HTML until the reader points at one; then Recharts takes
 * over. This points at the n-th chart (retrying while the page hydrates) and waits for it.
 */
export async function activateChart(scope: Scope, index = 0) {
  const box = scope.locator('[data-chart-id]').nth(index);
  // Pointer events are lost if they arrive before hydration, and hovering the same spot
  // again fires no new pointerenter: focus is the retry that always reaches React.
  await box.hover();
  await expect(async () => {
    await box.focus();
    await expect(box).toHaveAttribute('data-interactive', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(box.locator('svg.recharts-surface')).toBeVisible();
}

/**
 * The bars of interactive charts, without the tooltip's cursor band (also a rectangle),
 * which shows on the first category when the chart has the keyboard focus.
 */
export const BARS = 'svg.recharts-surface path.recharts-rectangle:not(.recharts-tooltip-cursor)';

/**
 * Resolves once the page is quiet: no network for 500 ms, then an idle period of the main
 * thread, so React work, router updates and scheduled prefetches have had their turn. A
 * condition to wait on where a test must show that something did NOT happen.
 */
export async function untilIdle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestAnimationFrame(() => requestIdleCallback(resolve)))));
}

export async function waitForChart(scope: Scope) {
  await activateChart(scope, 0);
}

export async function activateAllCharts(scope: Scope) {
  const count = await scope.locator('[data-chart-id]').count();
  for (let i = 0; i < count; i++) await activateChart(scope, i);
}

/** The table cell of one category row and one series column. */
export function tableCell(page: Page, category: string, series: string) {
  return page.locator(`table.data-table tr[data-category="${category}"] td[data-series="${series}"]`);
}

/** Opens the import page with `files` chosen; returns the card of the (last) file read. */
export async function importFiles(page: Page, files: Parameters<Page['setInputFiles']>[1]): Promise<Locator> {
  await page.goto('/import');
  await page.getByLabel('Choose files (or drop them here)').setInputFiles(files);
  return page.locator('article.import-job').last();
}

/** Adds a reviewed import to the dashboard and waits until the page says it is stored. */
export async function saveImport(job: Locator, saidText = 'Saved in this browser') {
  await job.getByRole('button', { name: 'Add to my dashboard' }).click();
  await expect(job.locator('.saved')).toContainText(saidText);
}
