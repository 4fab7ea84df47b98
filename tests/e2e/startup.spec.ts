import type { Page } from '@playwright/test';
import { COMPILE_HINT } from '../../scripts/compile-hints';
import { expectStartupScriptsHinted } from './compile-hint-checks';
import { expect, test, untilIdle } from './fixtures';

/**
 * React marks each element it hydrates with a __reactFiber$… key, but while it renders,
 * before the hydration is committed; the router's effects (its history.replaceState
 * wrapper among them) run only after the commit, 200–400 ms later under 6× CPU throttling.
 */
async function waitForHydration(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(
        () => Object.keys(document.querySelector('form.controls input') ?? {}).some((k) => k.startsWith('__reactFiber')) && !String(window.history.replaceState).includes('[native code]'),
      ),
    )
    .toBe(true);
}

test('a chart page keeps the chart and table the server sent instead of drawing them again', async ({ page }) => {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const w = window as unknown as Record<string, unknown>;
      w.__serverTable = document.querySelector('table.data-table');
      w.__serverChart = document.querySelector('[data-chart-id] .hc');
    });
  });
  await page.goto('/tasks/xnli');
  await waitForHydration(page);
  const kept = await page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>;
    const table = document.querySelector('table.data-table');
    return {
      sameTable: table !== null && table === w.__serverTable,
      sameChart: document.querySelector('[data-chart-id] .hc') === w.__serverChart,
      tableHydrated: Object.keys(table ?? {}).some((k) => k.startsWith('__reactFiber')),
    };
  });
  expect(kept).toEqual({ sameTable: true, sameChart: true, tableHydrated: false });

  // The kept table still sorts by keyboard, and the focus stays on the button pressed.
  const header = page.locator('table.data-table thead button[data-sort-column="bloomz"]');
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
  await expect(page.locator('th[aria-sort="descending"] button')).toBeFocused();
  const values = await page.locator('table.data-table tbody tr td[data-series="bloomz"] [data-value]').evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-value'))));
  expect(values.length).toBeGreaterThan(2);
  expect(values).toEqual([...values].sort((a, b) => b - a));
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="ascending"] button')).toBeFocused();
});

test('chart pages load no collation data while they start; sorting the table by name loads it then', async ({ page }) => {
  // Loading English collation costs a browser here 16–33 ms of main thread, and every chart
  // page paid it while starting when the collator was built as its module loaded (HELM
  // leaderboards also when ordering tied models by name).
  await page.addInitScript(() => {
    const w = window as unknown as { __collations: number };
    w.__collations = 0;
    const count = { construct: (target: typeof Intl.Collator, args: unknown[]) => ((w.__collations += 1), Reflect.construct(target, args)) };
    Intl.Collator = new Proxy(Intl.Collator, { ...count, apply: (target, self, args) => ((w.__collations += 1), Reflect.apply(target, self, args)) });
    const localeCompare = String.prototype.localeCompare;
    String.prototype.localeCompare = function (this: string, ...args: Parameters<typeof localeCompare>) {
      w.__collations += 1;
      return localeCompare.apply(this, args);
    };
  });
  const collations = () => page.evaluate(() => (window as unknown as { __collations: number }).__collations);
  for (const route of ['/helm/classic/core_scenarios', '/tasks/xnli']) {
    await page.goto(route);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    expect(await collations(), route).toBe(0);
  }

  // Sorting languages by name needs it, and gets it (so the count above can move).
  await page.locator('table.data-table thead button[data-sort-column="__category"]').click();
  await expect(page.getByRole('columnheader', { name: 'Language' })).toHaveAttribute('aria-sort', 'ascending');
  expect(await collations()).toBeGreaterThan(0);
});

test('a shared link with settings shows them once the page has started, in chart and table', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT');
  await expect(page.locator('table.data-table caption')).toContainText('Machine-translated prompts (MT)');
  await expect(page.locator('figure.chart-frame figcaption')).toContainText('Machine-translated prompts (MT)');
  await expect(page.locator('form.controls input[value="MT"]')).toBeChecked();
});

test('links prefetch a page only once the reader points at them', async ({ page }) => {
  const prefetched: string[] = [];
  page.on('request', (r) => {
    if (r.headers()['next-router-prefetch']) prefetched.push(new URL(r.url()).pathname);
  });
  await page.goto('/');
  await untilIdle(page);
  expect(prefetched).toEqual([]);
  await page.locator('.site-nav').getByRole('link', { name: 'Scaling' }).hover();
  await expect.poll(() => prefetched).toContain('/scaling');
  expect(new Set(prefetched)).toEqual(new Set(['/scaling']));
});

test('pointing at the filters makes the table React-drawn in the background, before the first change', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForHydration(page);
  const tableIsReacts = () => page.evaluate(() => Object.keys(document.querySelector('table.data-table') ?? {}).some((k) => k.startsWith('__reactFiber')));
  expect(await tableIsReacts()).toBe(false);
  await page.locator('form.controls').hover();
  await expect.poll(tableIsReacts).toBe(true);
  await page.getByRole('radio', { name: 'Machine-translated prompts (MT)' }).check();
  // ../shared/data/bloomz/results.csv line 2298: bloomz XNLI th MT Median acc. 33.29
  await expect(page.locator('tr[data-category="xnli|th|th"] td[data-series="bloomz"]')).toContainText('33.29');
});

test('a change made while the URL is still catching up with the one before stays on screen', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await waitForHydration(page);
  const cell = 'tr[data-category="xnli|th|th"] td[data-series="bloomz"] [data-value]';
  await page.evaluate((cell) => {
    const w = window as unknown as { __seen: string[] };
    w.__seen = [];
    new MutationObserver(() => {
      const v = document.querySelector(cell)?.getAttribute('data-value');
      if (v && w.__seen.at(-1) !== v) w.__seen.push(v);
    }).observe(document.querySelector('.chart-view')!, { subtree: true, childList: true, attributes: true, characterData: true });
    const radio = (label: string) => [...document.querySelectorAll<HTMLInputElement>('input[type=radio]')].find((r) => r.parentElement?.textContent?.trim() === label)!;
    // The reader picks EN again just as the URL is written for their MT, before the router has caught up with it.
    const write = window.history.replaceState;
    let once = true;
    window.history.replaceState = function (...args: Parameters<History['replaceState']>) {
      write.apply(window.history, args);
      // Only our own write (its state is null), not one of the router's (CI once caught the
      // router's write at the end of hydration, so EN came before MT and the URL kept MT).
      if (once && args[0] === null) {
        once = false;
        radio('English prompts (EN)').click();
      }
    };
    radio('Machine-translated prompts (MT)').click();
  }, cell);
  // EN is the default: the link has no parameters left.
  await expect(page).toHaveURL(/\/tasks\/xnli$/);
  // ../shared/data/bloomz/results.csv line 2244: bloomz XNLI th EN Median acc. 41.45
  await expect(page.locator(cell)).toHaveAttribute('data-value', '41.45');
  await untilIdle(page);
  // MT (33.29), then EN (41.45) for good: the router catching up with MT did not bring MT back.
  expect(await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen)).toEqual(['33.29', '41.45']);
  await expect(page.getByRole('radio', { name: 'English prompts (EN)' })).toBeChecked();
});

test('a long page lays out only the charts and tables near the screen; scrolling draws each before it is on screen, moving nothing', async ({ page }) => {
  // Laying out /languages/th's eight charts and tables was most of its first style and layout
  // work (median 294 ms here; 73 ms with the ones off screen skipped by content-visibility).
  await page.setViewportSize({ width: 360, height: 740 });
  await page.addInitScript(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) w.__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/languages/th');
  await waitForHydration(page);
  const state = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.chart-box, .chart-table > .table-wrap')].map((box) => {
        const r = box.getBoundingClientRect();
        const inner = box.querySelector('.hc > *, tbody tr');
        return {
          onScreen: r.top < window.innerHeight && r.bottom > 0,
          drawn: inner === null || inner.checkVisibility({ contentVisibilityAuto: true }),
          height: box.classList.contains('chart-box') ? r.height : null,
        };
      }),
    );
  const first = await state();
  expect(first.length).toBe(16);
  expect(first.filter((b) => !b.drawn).length, 'charts and tables skipped at first').toBeGreaterThanOrEqual(12);
  const scrollHeight = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y < scrollHeight; y += 500) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const now = await state();
    expect(now.filter((b) => b.onScreen && !b.drawn), `at ${y} px`).toEqual([]);
    // A chart box keeps its height whether its content is drawn or skipped.
    expect(now.map((b) => b.height)).toEqual(first.map((b) => b.height));
  }
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBe(0);
});

test('every script a page loads at start-up is marked for eager compilation; Recharts, loaded on first use, is not', async ({ page, request }) => {
  // Static pages, and an embed rendered per request (no HTML in the build: its scripts come from the route's manifest).
  for (const path of ['/', '/tasks/xnli', '/helm/classic/core_scenarios', '/embed/task/xnli?models=bloomz']) await expectStartupScriptsHinted(request, '', path);
  await page.goto('/tasks/xnli');
  const later: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.url().endsWith('.js')) later.push(r.text());
  });
  await page.locator('[data-chart-id]').first().hover();
  await expect(page.locator('svg.recharts-surface').first()).toBeVisible();
  const bodies = await Promise.all(later);
  expect(bodies.some((b) => b.includes('recharts'))).toBe(true);
  expect(bodies.filter((b) => b.startsWith(COMPILE_HINT))).toEqual([]);
});
