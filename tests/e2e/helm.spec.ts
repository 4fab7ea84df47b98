import fs from 'node:fs';
import Papa from 'papaparse';
import { expect, tableCell, test, waitForChart } from './fixtures';

// Published numbers copied from ../shared/data/helm/results.csv (line numbers given), not from data/.
// The leaderboard's one series is keyed "value"; table rows are keyed by model id.
const S = 'value';

test('HELM index lists the five releases and links every group', async ({ page }) => {
  await page.goto('/helm');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HELM');
  for (const name of ['HELM Classic v0.4.0', 'HELM Lite v1.13.0', 'SEA-HELM v1.2.0', 'HELM Arabic v2.1.0', 'HELM ThaiExam v1.2.0']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  await expect(page.getByText('How to read HELM numbers')).toBeVisible();
  await expect(page.locator('a[href="/helm/classic/question_answering"]')).toBeVisible();
  await expect(page.locator('main a[href^="/helm/"]')).toHaveCount(18);
  await expect(page.locator('main a[href^="/languages/"]')).toHaveText(['Arabic', 'Indonesian', 'Tamil', 'Thai', 'Vietnamese']);
});

test('Classic leaderboard: chart, published number with source, BLOOM highlighted, T0pp contamination', async ({ page }) => {
  await page.goto('/helm/classic/question_answering');
  await waitForChart(page);
  // line 336: BLOOM (176B),...,question_answering,mmlu,,EM,0.299,test,...,HELM Classic,v0.4.0,core_scenarios,Accuracy
  await expect(tableCell(page, 'bloom-176b', S)).toContainText('0.299');
  await expect(tableCell(page, 'bloom-176b', S).locator('sup a')).toHaveAttribute('href', /#helm-classic-question_answering-table-src-1$/);
  await expect(page.locator('#helm-classic-question_answering-table-src-1 a').first()).toHaveAttribute('href', 'https://storage.googleapis.com/crfm-helm-public/benchmark_output/releases/v0.4.0/groups/core_scenarios.json');
  await expect(page.locator('tr[data-category="bloom-176b"] th')).toContainText('◆');
  await expect(page.locator('svg.recharts-surface text[data-highlight="true"]', { hasText: 'BLOOM (176B)' })).toHaveText('◆ BLOOM (176B)');
  await expect(page.locator('svg.recharts-surface text[data-highlight="true"]')).toHaveCount(2);
  // Pythia (1B) has one row in results.csv (line 18187, bAbI): not evaluated on MMLU.
  await expect(tableCell(page, 'pythia-1b', S)).toHaveText('not evaluated');

  await page.getByLabel('Scenario', { exact: true }).selectOption('boolq');
  await expect(page).toHaveURL(/\?scenario=boolq$/);
  // A new view redraws the server-rendered chart first; pointing at it brings Recharts back.
  await waitForChart(page);
  // line 7786: T0pp (11B),...,boolq,,EM,0.0,valid,... "☠ T0++ is explicitly trained on these datasets ..."
  await expect(tableCell(page, 't0pp-11b', S)).toContainText('0.0');
  // A published 0 has no bar: the chart labels it with its value, unlike a missing cell.
  await expect(page.locator('svg.recharts-surface text[data-zero="true"]')).toContainText(['EM: 0.0']);
  await expect(tableCell(page, 't0pp-11b', S).locator('[data-flag="☠"]')).toContainText('strong contamination');
  await expect(page.locator('figure.chart-frame')).toContainText('T0++ is explicitly trained on these datasets');
});

test("HELM's contamination marks are on the bars, in the static and the interactive chart, and in the CSV and SVG downloads", async ({ page }) => {
  await page.goto('/helm/classic/question_answering?scenario=boolq');
  // line 7786: T0pp (11B), boolq, EM 0.0, ☠; GPT-3 davinci (175B) carries HELM's ⚠ on BoolQ.
  // HELM's ⚠ on BoolQ EM, the nine GPT-3 models of lines 9151 (ada), 9372 (babbage), 9593 (curie),
  // 9818 (davinci), 10272, 10489, 10709 (text-ada/babbage/curie-001), 10934, 11159 (text-davinci-002/003).
  const weak = 9;
  const box = page.locator('[data-chart-id]').first();
  await expect(box.locator('.hc-zero[data-flag="☠"]')).toContainText('EM: 0.0 ☠');
  await expect(box.locator('.hc-flag[data-flag="⚠"]')).toHaveCount(weak);
  await waitForChart(page);
  await expect(box.locator('svg.recharts-surface text[data-zero="true"][data-flag="☠"]')).toContainText('EM: 0.0 ☠');
  await expect(box.locator('svg.recharts-surface text[data-flag="⚠"]')).toHaveCount(weak);
  // Each mark sits just past the end of a bar, inside the plot.
  const mark = await box.locator('svg.recharts-surface text[data-flag="⚠"]').first().boundingBox();
  const surface = await box.locator('svg.recharts-surface').boundingBox();
  expect(mark!.x).toBeGreaterThan(surface!.x + 60);
  expect(mark!.x + mark!.width).toBeLessThan(surface!.x + surface!.width);

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  const rows = Papa.parse<Record<string, string>>(fs.readFileSync((await csv.path())!, 'utf8'), { header: true, delimiter: ',', skipEmptyLines: true }).data;
  const t0pp = rows.find((r) => r.category === 't0pp-11b')!;
  expect(t0pp.value_as_published).toBe('0.0');
  expect(t0pp.publisher_warning).toContain('☠ strong contamination: ☠ T0++ is explicitly trained on these datasets');
  expect(rows.filter((r) => r.publisher_warning.startsWith('⚠ weak contamination'))).toHaveLength(weak);

  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'SVG' }).click()]);
  const text = fs.readFileSync((await svg.path())!, 'utf8');
  expect(text).toContain('EM: 0.0 ☠');
  expect(text.split('data-flag="⚠"').length - 1).toBe(weak);
});

test("a language among those of HELM Lite's WMT 2014 says why that one number is not on its page, and links to it", async ({ page }) => {
  await page.goto('/languages/hi');
  const note = page.locator('[data-aggregate="wmt_14"]');
  // line 11370: "Czech, German, French, Hindi, Russian -> English", "cs-en,de-en,fr-en,hi-en,ru-en (aggregate over the 5 pairs)"
  await expect(note).toContainText('covers Czech, German, French, Hindi, Russian -> English, but publishes one number over all of them');
  await expect(page.getByText('has a scenario in Hindi')).toHaveCount(0);
  await note.getByRole('link', { name: 'WMT 2014' }).click();
  await expect(page).toHaveURL(/\/helm\/lite\/core_scenarios\?scenario=wmt_14$/);
  await expect(page.getByLabel('Scenario', { exact: true })).toHaveValue('wmt_14');
  // line 11370: Yi (34B), WMT 2014, BLEU-4 0.172.
  await expect(tableCell(page, 'yi-34b', S)).toContainText('0.172');
});

test('a lower-is-better metric sorts ascending, says so, and shows hidden cells as hidden', async ({ page }) => {
  await page.goto('/helm/classic/question_answering?tab=calibration');
  await waitForChart(page);
  await expect(page.locator('table.data-table caption')).toContainText('lower is better');
  // The lowest published MMLU ECE (10-bin): RedPajama-INCITE-Base (7B), 0.0979146811.
  await expect(page.locator('table.data-table tbody tr').first()).toHaveAttribute('data-category', 'redpajama-incite-base-7b');
  // line 353: BLOOM (176B),...,mmlu,,ECE (10-bin),0.1369003898,...,Calibration
  // HELM tables are read at one precision (4 decimals here); the exact text stays on the number.
  await expect(tableCell(page, 'bloom-176b', S).locator('[data-value="0.1369003898"]')).toHaveText('0.1369');
  // LLaMA (13B): HELM published the MMLU calibration cell without a value.
  await expect(tableCell(page, 'llama-13b', S)).toHaveText('hidden by publisher');
  await expect(page.locator('svg.recharts-surface text[data-missing="hidden"]').first()).toBeVisible();
});

test('view state lives in the URL and survives a reload', async ({ page }) => {
  await page.goto('/helm/classic/question_answering');
  await waitForChart(page);
  await page.getByRole('radio', { name: 'Robustness' }).check();
  await page.getByLabel('Filter by name').fill('bloom');
  await expect(page).toHaveURL(/\?tab=robustness&q=bloom$/);
  // line 366: BLOOM (176B),...,mmlu,,EM (Robustness),0.2502573099,...
  await expect(tableCell(page, 'bloom-176b', S).locator('[data-value="0.2502573099"]')).toHaveText('0.2503');
  await expect(page.locator('table.data-table tbody tr')).toHaveCount(1);
  await page.reload();
  await waitForChart(page);
  await expect(page.getByRole('radio', { name: 'Robustness' })).toBeChecked();
  await expect(page.getByLabel('Filter by name')).toHaveValue('bloom');
  await expect(tableCell(page, 'bloom-176b', S).locator('[data-value="0.2502573099"]')).toHaveText('0.2503');
});

test('SEA-HELM leaderboard shows a Thai number; a bad parameter is explained, not injected', async ({ page }) => {
  await page.goto('/helm/seahelm/seahelm_nlr?scenario=xnli_th&metric=%3Cimg%20src=x%20onerror=alert(1)%3E');
  await waitForChart(page);
  await expect(page.locator('.problems')).toContainText('is not a metric');
  await expect(page.locator('.problems img')).toHaveCount(0);
  // line 19869: DeepSeek-R1-Distill-Llama-8b,...,seahelm_nlr,xnli_th,th,EM,0.333,test,...
  await expect(tableCell(page, 'deepseek-r1-distill-llama-8b', S)).toContainText('0.333');
});

test('HELM by language: Thai panels per release and unit, and XNLI next to the BLOOMZ paper', async ({ page }) => {
  await page.goto('/languages/th');
  await waitForChart(page);
  await expect(page.locator('#helm-heading ~ * figure.chart-frame figcaption, #helm-heading ~ section figure.chart-frame figcaption')).toHaveText([
    'Thai in SEA-HELM v1.2.0: 5 scenarios',
    'Thai in SEA-HELM v1.2.0: 2 scenarios on a 0–100 scale',
    'Thai in HELM ThaiExam v1.2.0: 5 scenarios',
    /^XNLI \(Thai\): EM/,
    /^XNLI in Thai, BLOOMZ\/mT0 paper/,
    /^XCOPA \(Thai\): EM/,
    /^XCOPA in Thai, BLOOMZ\/mT0 paper/,
  ]);
  // line 19869: DeepSeek-R1-Distill-Llama-8b,...,seahelm_nlr,xnli_th,th,EM,0.333,test,...
  await expect(tableCell(page, 'deepseek-r1-distill-llama-8b', 'xnli_th')).toContainText('0.333');
  // line 19701: DeepSeek-R1-Distill-Llama-8b,...,seahelm_nlg,flores_en_th,en-th,ChrF++,18.0932,...
  await expect(tableCell(page, 'deepseek-r1-distill-llama-8b', 'flores_en_th')).toContainText('18.0932');
  // ../shared/data/bloomz/results.csv line 2244: bloomz,...,EN,xnli,th,...,Median acc.,41.45
  await expect(page.locator('#pair-xnli-th-bloomz-table tr[data-category="bloomz"] td[data-series="value"]')).toContainText('41.45');
  await expect(page.getByText('not on one axis').first()).toBeVisible();
});

test('numbers are in the first HTML, before any JavaScript runs', async ({ openPage }) => {
  const page = await openPage({ javaScriptEnabled: false });
  await page.goto('/helm/classic/question_answering');
  await expect(tableCell(page, 'bloom-176b', S)).toContainText('0.299');
});

test('unknown HELM project or group gets the 404 page', async ({ page }) => {
  for (const path of ['/helm/classic/not-a-group', '/helm/nope/core_scenarios', '/helm/lite/question_answering']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
});

test('pointing at a model without a number: the tooltip says why, and the row keeps its × mark in view', async ({ page }) => {
  await page.goto('/helm/classic/question_answering');
  await waitForChart(page);
  const box = page.locator('[data-chart-id]').first();
  // Pythia (1B) has one row in ../shared/data/helm/results.csv (line 18187, bAbI): not evaluated on MMLU.
  const tick = box.locator('svg.recharts-surface text', { hasText: /^Pythia \(1B\)$/ });
  await tick.scrollIntoViewIfNeeded();
  const at = (await tick.boundingBox())!;
  const rowY = at.y + at.height / 2;
  const surface = (await box.locator('svg.recharts-surface').boundingBox())!;
  await page.mouse.move(surface.x + surface.width / 2, rowY);
  const tooltip = box.locator('.recharts-tooltip-wrapper');
  await expect(tooltip).toContainText('Pythia (1B)');
  await expect(tooltip).toContainText('not evaluated: the source publishes no number for this cell (not a zero)');
  // The row's × mark, and the topmost element at its centre is the mark, not the tooltip's band.
  const topmost = await box.evaluate((el, y) => {
    const marks = [...el.querySelectorAll('svg.recharts-surface text[data-missing]')].map((t) => t.getBoundingClientRect());
    const mark = marks.sort((a, b) => Math.abs(a.top + a.height / 2 - y) - Math.abs(b.top + b.height / 2 - y))[0];
    return document.elementFromPoint(mark.left + mark.width / 2, mark.top + mark.height / 2)?.closest('[data-missing]')?.textContent ?? null;
  }, rowY);
  expect(topmost).toBe('× EM: not evaluated');
});
