import type { Locator } from '@playwright/test';
import { activateChart, BARS, expect, test } from './fixtures';

// The server-drawn HTML chart is replaced by Recharts on the first pointer or focus: every
// mark and the axis must already be where Recharts puts them, or the chart jumps.
// Without motion, so Recharts' marks are measured where they end, not while they grow.
test.use({ reducedMotion: 'reduce' });

/** Vertical extents of the elements, from the top of the chart box, top to bottom. */
async function extents(box: Locator, selector: string) {
  return box.evaluate((el, sel) => {
    const origin = el.getBoundingClientRect().top;
    return [...el.querySelectorAll(sel)].map((e) => {
      const r = e.getBoundingClientRect();
      return { top: r.top - origin, bottom: r.bottom - origin };
    }).sort((a, b) => a.top - b.top);
  }, selector);
}

async function boxHeight(box: Locator) {
  return (await box.boundingBox())!.height;
}

/** Within a pixel: sub-pixel rounding, and a 1 px line drawn as a border rather than a centred stroke. */
function expectSamePlaces(html: { top: number; bottom: number }[], recharts: { top: number; bottom: number }[]) {
  expect(html.length).toBeGreaterThan(0);
  expect(recharts.length).toBe(html.length);
  html.forEach((h, i) => {
    expect(Math.abs(h.top - recharts[i].top), `mark ${i}: HTML top ${h.top}, Recharts top ${recharts[i].top}`).toBeLessThanOrEqual(1);
    expect(Math.abs(h.bottom - recharts[i].bottom), `mark ${i}: HTML bottom ${h.bottom}, Recharts bottom ${recharts[i].bottom}`).toBeLessThanOrEqual(1);
  });
}

const RECHARTS_X_AXIS = 'svg.recharts-surface .recharts-xAxis line.recharts-cartesian-axis-line';

// One category (a box at its minimum height, taller than its rows need) and many.
for (const route of ['/tasks/openai_humaneval', '/tasks/xnli']) {
  test(`${route}: the server-drawn bars and axis are where Recharts draws them`, async ({ page }) => {
    await page.goto(route);
    const box = page.locator('[data-chart-id]').first();
    await expect(box.locator('.hc-bar').first()).toBeVisible();
    const height = await boxHeight(box);
    const bars = await extents(box, '.hc-bar');
    const [axis] = await extents(box, '.hc-axis');

    await activateChart(page);
    await expect(box.locator('.hc')).toHaveCount(0);
    expect(await boxHeight(box)).toBe(height);
    expectSamePlaces(bars, await extents(box, BARS));
    const [rechartsAxis] = await extents(box, RECHARTS_X_AXIS);
    expect(Math.abs(axis.top - rechartsAxis.top), `HTML axis at ${axis.top}, Recharts axis at ${rechartsAxis.top}`).toBeLessThanOrEqual(1);
  });
}

test('/unseen: the server-drawn strip chart medians are where Recharts draws them', async ({ page }) => {
  await page.goto('/unseen');
  const box = page.locator('[data-chart-id]').nth(1);
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator('.hc-median').first()).toBeVisible();
  const height = await boxHeight(box);
  const medians = await extents(box, '.hc-median');
  const [axis] = await extents(box, '.hc-axis');

  await activateChart(page, 1);
  await expect(box.locator('.hc')).toHaveCount(0);
  expect(await boxHeight(box)).toBe(height);
  // The medians are the only rectangles the strip chart draws (its dots are symbols).
  expectSamePlaces(medians, await extents(box, 'svg.recharts-surface .recharts-scatter rect'));
  const [rechartsAxis] = await extents(box, RECHARTS_X_AXIS);
  expect(Math.abs(axis.top - rechartsAxis.top), `HTML axis at ${axis.top}, Recharts axis at ${rechartsAxis.top}`).toBeLessThanOrEqual(1);
});

test('no category label is cut, in the server chart or the interactive one', async ({ page }) => {
  for (const url of ['/helm/classic/question_answering?q=BLOOM', '/scaling', '/helm/classic/question_answering']) {
    await page.goto(url);
    const box = page.locator('[data-chart-id]').first();
    const cut = await box.locator('.hc-label').evaluateAll((labels) => labels.filter((l) => l.scrollWidth > l.clientWidth + 1).map((l) => l.textContent));
    expect(cut, url).toEqual([]);
    await activateChart(page, 0);
    // Recharts ends its labels at the axis: a label wider than its room would start left of the chart.
    const left = (await box.locator('svg.recharts-surface').boundingBox())!.x;
    const spill = await box.locator('svg.recharts-surface .recharts-yAxis text, svg.recharts-surface .recharts-cartesian-axis-tick text').evaluateAll(
      (texts, x0) => texts.filter((t) => t.getBoundingClientRect().left < x0 - 1).map((t) => t.textContent),
      left,
    );
    expect(spill, url).toEqual([]);
  }
});
