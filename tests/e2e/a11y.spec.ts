import type { Locator, Page } from '@playwright/test';
import { activateChart, BARS, expect, test, untilIdle, waitForChart } from './fixtures';
import { ROUTES } from './routes';

test('every route fits a 360 px wide screen without sideways scrolling', async ({ openPage }) => {
  test.setTimeout(120_000);
  const page = await openPage({ viewport: { width: 360, height: 740 } });
  for (const route of ROUTES) {
    await page.goto(route);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, route).toBeLessThanOrEqual(0);
  }
});

test('on a phone the page starts high: the theme toggle shares the title row and "How to read this" is folded', async ({ openPage }) => {
  const page = await openPage({ viewport: { width: 360, height: 740 } });
  await page.goto('/tasks/xnli');
  const brand = await page.locator('.site-header .brand').boundingBox();
  const theme = await page.locator('.site-header .theme-toggle').boundingBox();
  const nav = await page.locator('.site-header .site-nav').boundingBox();
  expect(brand && theme && nav).toBeTruthy();
  // Same row: the toggle's box overlaps the title's vertically; the links start below both.
  expect(theme!.y).toBeLessThan(brand!.y + brand!.height);
  expect(theme!.y + theme!.height).toBeGreaterThan(brand!.y);
  expect(nav!.y).toBeGreaterThanOrEqual(Math.max(brand!.y + brand!.height, theme!.y + theme!.height));
  // Tab order is unchanged: title, then the links, then the toggle.
  const order = await page.evaluate(() =>
    [...document.querySelectorAll('.site-header a, .site-header select')].map((el) => (el.tagName === 'SELECT' ? 'theme' : el.className === 'brand' ? 'brand' : 'link')),
  );
  expect(order[0]).toBe('brand');
  expect(order.at(-1)).toBe('theme');
  // The explanation is one keypress away, not in the way of the chart.
  const howTo = page.locator('details.note', { hasText: 'How to read this' });
  await expect(howTo).not.toHaveAttribute('open');
  await expect(howTo.getByText('Each bar is one model')).toBeHidden();
  await howTo.locator('summary').focus();
  await page.keyboard.press('Enter');
  await expect(howTo.getByText('Each bar is one model')).toBeVisible();
});

test('keyboard alone: reach a control, change it, see the chart follow; focus is visible', async ({ page }) => {
  await page.goto('/tasks/xnli');
  await expect(page.locator('[data-chart-id]')).toBeVisible();
  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  const mt = page.getByRole('radio', { name: 'Machine-translated prompts (MT)' });
  const en = page.getByRole('radio', { name: 'English prompts (EN)' });
  for (let i = 0; i < 40 && !(await en.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(en).toBeFocused();
  const outline = await en.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('ArrowRight');
  await expect(mt).toBeChecked();
  await expect(page).toHaveURL(/prompt=MT/);
  // ../shared/data/bloomz/results.csv line 2298
  await expect(page.locator('tr[data-category="xnli|th|th"] td[data-series="bloomz"]')).toContainText('33.29');
  // Table columns sort by keyboard too.
  const header = page.getByRole('button', { name: /^BLOOMZ/ }).first();
  await header.focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('th[aria-sort="descending"]')).toHaveCount(1);
});

/**
 * With a chart's surface focused: Down, Down, Up step through its categories in the order
 * of its table's rows (they run downwards, so Down is the next one), and Enter keeps the
 * one under the tooltip open. Returns its details.
 */
async function stepThroughAndKeep(page: Page, figure: Locator, rows: Locator) {
  const order = await rows.evaluateAll((trs) => trs.map((r) => r.getAttribute('data-category')));
  const label = async (i: number) => (await rows.nth(i).locator('th').textContent())!.trim();
  const tooltip = figure.locator('.recharts-tooltip-wrapper');
  await page.keyboard.press('ArrowDown');
  await expect(tooltip).toContainText(await label(1));
  await page.keyboard.press('ArrowDown');
  await expect(tooltip).toContainText(await label(2));
  await page.keyboard.press('ArrowUp');
  await expect(tooltip).toContainText(await label(1));
  await page.keyboard.press('Enter');
  const details = figure.locator('.cell-details');
  await expect(details).toHaveAttribute('data-category', order[1]!);
  return details;
}

test('keyboard alone: step through the bars with the arrow keys and keep one open with Enter', async ({ page }) => {
  await page.goto('/tasks/xnli?models=bloomz');
  // Focusing the chart loads the interactive one; its surface takes the focus next, on the first row.
  await activateChart(page);
  await page.locator('[data-chart-id] svg.recharts-surface').first().focus();
  const details = await stepThroughAndKeep(page, page.locator('figure.chart-frame').first(), page.locator('table.data-table').first().locator('tbody tr[data-category]'));
  await expect(details.getByRole('link').first()).toHaveAttribute('href', /^https:\/\/github\.com\/bigscience-workshop\/xmtf\//);
});

test('keyboard alone: focus on the chart lands in the interactive one, which says how to use it', async ({ page }) => {
  await page.goto('/tasks/xnli?models=bloomz');
  const box = page.locator('[data-chart-id]').first();
  await expect(async () => {
    await box.focus();
    await expect(box).toHaveAttribute('data-interactive', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const surface = box.locator('svg.recharts-surface');
  await expect(surface).toBeFocused();
  await expect(surface).toHaveAttribute('aria-label', /^XNLI: .*Arrow keys move between categories/);
  await stepThroughAndKeep(page, page.locator('figure.chart-frame').first(), page.locator('table.data-table').first().locator('tbody tr[data-category]'));
});

test('keyboard alone: the per-prompt dot chart steps with the arrow keys and keeps a category open with Enter', async ({ page }) => {
  await page.goto('/unseen');
  await activateChart(page, 1);
  const strip = page.locator('figure.chart-frame').nth(1);
  await strip.locator('svg.recharts-surface').focus();
  // The chart's table is the third on the page.
  const details = await stepThroughAndKeep(page, strip, page.locator('table.data-table').nth(2).locator('tbody tr[data-category]'));
  // data/sources.csv: xmtf_generalization_plots, the source of every per-prompt number.
  await expect(details.locator('a[href="https://github.com/bigscience-workshop/xmtf/blob/5caa1b12005601192092fe8639488e6c36b6d5d6/plotstables/figure_notebooks/generalization.ipynb"]').first()).toBeVisible();
});

test('the theme toggle switches to dark and is remembered', async ({ page }) => {
  await page.goto('/tasks');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(bg).toBe('rgb(18, 20, 22)');
  await page.goto('/languages');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme').selectOption('auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('a theme chosen before the page scripts have started is applied and remembered', async ({ page }) => {
  // The chunk scripts arrive empty: React never starts, as on a slow phone in the first seconds.
  await page.route('**/_next/static/chunks/*.js', (route) => route.fulfill({ status: 200, contentType: 'application/javascript', body: '' }));
  await page.goto('/tasks');
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByLabel('Theme').selectOption('auto');
  await page.reload();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
});

test('reduced motion: charts draw without animation', async ({ openPage }) => {
  const page = await openPage({ reducedMotion: 'reduce' });
  await page.goto('/tasks/xnli');
  // Every shape the first bar takes, from the moment Recharts draws it: with animation, bars
  // grow from width 0 through one shape per frame; without, the first shape is the last.
  await page.evaluate((bars) => {
    const w = window as unknown as { __shapes: string[] };
    w.__shapes = [];
    const record = () => {
      const d = document.querySelector(bars)?.getAttribute('d');
      if (d && w.__shapes.at(-1) !== d) w.__shapes.push(d);
    };
    new MutationObserver(record).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['d'] });
  }, BARS);
  await waitForChart(page);
  await untilIdle(page);
  const shapes = () => page.evaluate(() => (window as unknown as { __shapes: string[] }).__shapes);
  expect(await shapes()).toHaveLength(1);
  expect(await shapes()).toEqual([await page.locator(BARS).first().getAttribute('d')]);
});
