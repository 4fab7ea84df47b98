import type { BrowserContext, Page } from '@playwright/test';
import { expect, test, watchPage } from './fixtures';

/**
 * The repro loop of React error #418 (server HTML and first client render differ), kept as
 * a test: many loads at once, as under the suite's own parallel load, in the conditions that
 * could make a first client render differ from the server's (a stored theme, dark mode, a
 * phone viewport, view settings in the URL, an embed). Any hydration or page error fails it.
 */
const ROUTES = [
  '/',
  '/tasks/xnli',
  '/tasks/xcopa?prompt=MT&stat=max',
  '/languages/th',
  '/unseen',
  '/prompts',
  '/helm/classic/question_answering?scenario=boolq',
  '/embed/task/xnli?theme=dark',
];
const LOADS = 200;
const AT_ONCE = 8;

async function contextFor(browser: import('@playwright/test').Browser, variant: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    colorScheme: variant % 2 ? 'dark' : 'light',
    viewport: variant % 3 === 0 ? { width: 360, height: 740 } : { width: 1280, height: 800 },
  });
  if (variant % 4 === 1) await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
  return context;
}

/** Loads one URL and waits until React has hydrated the page (its fibers are on the DOM). */
async function loadAndHydrate(page: Page, url: string, errors: string[]) {
  watchPage(page, errors);
  const response = await page.goto(url);
  expect(response?.status(), url).toBe(200);
  await expect
    .poll(() => page.evaluate(() => Object.keys(document.querySelector('main, .embed-root') ?? {}).some((k) => k.startsWith('__reactFiber'))), { timeout: 30_000 })
    .toBe(true);
}

test(`${LOADS} parallel page loads over ${ROUTES.length} routes hydrate without a mismatch or any page error`, async ({ browser, pageErrors }) => {
  // About a minute on an idle 2-core machine; generous for one shared with other work.
  test.setTimeout(600_000);
  const contexts = await Promise.all(Array.from({ length: AT_ONCE }, (_, i) => contextFor(browser, i)));
  let next = 0;
  let loaded = 0;
  // AT_ONCE workers, each loading the next URL in its own page of its own context.
  await Promise.all(
    contexts.map(async (context) => {
      for (let i = next++; i < LOADS; i = next++) {
        const page = await context.newPage();
        await loadAndHydrate(page, ROUTES[i % ROUTES.length], pageErrors);
        loaded++;
        await page.close();
      }
    }),
  );
  await Promise.all(contexts.map((c) => c.close()));
  expect(loaded).toBe(LOADS);
  // pageErrors (every page's errors, watched as the fixture watches its own page) must be empty: the fixture checks it.
});
