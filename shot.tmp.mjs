import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const p = await b.newPage({ viewport: { width: 1000, height: 900 } });
await p.goto('http://127.0.0.1:3960/tasks/xnli?models=bloomz');
const box = p.locator('[data-chart-id]').first();
await box.hover();
await p.locator('svg.recharts-surface').first().waitFor();
await p.waitForTimeout(1000);
const bars = p.locator('svg.recharts-surface .recharts-bar-rectangle path');
console.log('bars', await bars.count());
for (const i of [0, 3, 7, 12]) {
  await bars.nth(i).click();
  await p.waitForTimeout(300);
  console.log(i, await p.locator('.cell-details').getAttribute('data-category'), await p.locator('table.data-table tbody tr').nth(i).getAttribute('data-category'));
}
await b.close();
