import { expect, tableCell, test, waitForChart } from './fixtures';
import { serveStaticExport } from './static-export-server';

// Facts copied from data/languages.csv (line numbers given), not computed by the site's code.
// Columns: code,name,script,in_roots,in_xp3,in_mc4,roots_pct,xp3_pct,mc4_pct,roots_cld3_pct,eval_datasets,...

test('a language without paper results (Yoruba) has a page with its coverage in words and no chart', async ({ page }) => {
  // line 117: yo,Yoruba,Latn,true,true,true,0.005555713552984965,0.37157868784137704,0.2,0.022393930212713714,(no eval datasets)
  const response = await page.goto('/languages/yo');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Yoruba');
  await expect(page.locator('.lede')).toContainText('published no results in Yoruba');
  await expect(page.locator('.lede')).toContainText('Script: Latn.');
  const coverage = page.locator('.coverage-list li');
  await expect(coverage.filter({ hasText: /^BLOOMZ / })).toContainText('in ROOTS (BLOOM pretraining) → in pretraining');
  await expect(coverage.filter({ hasText: /^mT0 / })).toContainText('in mC4 (mT5 pretraining) → in pretraining');
  // T0: English C4 and P3 only (corpora.csv).
  await expect(coverage.filter({ hasText: /^T0 / })).toContainText('never intentionally seen');
  const trace = page.locator('p.note', { hasText: 'Trace exposure' });
  await expect(trace).toContainText('labels 0.02239% of a 1% sample of ROOTS');
  await expect(trace.locator('[data-exact="0.022393930212713714"]')).toHaveAttribute('title', 'exactly 0.022393930212713714%');
  await expect(trace).not.toContainText('not intentionally included');
  await expect(trace).toContainText('Share of ROOTS: 0.005556%');
  await expect(trace.locator('[data-exact="0.005555713552984965"]')).toHaveAttribute('title', 'exactly 0.005555713552984965%');
  await expect(trace).toContainText('Share of xP3 (BLOOMZ and mT0 finetuning): 0.3716%');
  await expect(trace.locator('[data-exact="0.37157868784137704"]')).toHaveAttribute('title', 'exactly 0.37157868784137704%');
  await expect(trace).toContainText('mT5 sampling share of mC4: 0.2%');
  // Nothing charted, nothing "not evaluated": no chart, no paper-results heading.
  await expect(page.locator('[data-chart-id]')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Results by dataset' })).toHaveCount(0);
  await expect(page.locator('main')).not.toContainText('not evaluated');
  await expect(page.getByRole('heading', { name: 'Yoruba in HELM' })).toBeVisible();
  await expect(page.locator('main')).toContainText('None of the HELM releases shown here has a scenario in Yoruba.');
});

test('not in ROOTS, in mC4 (Afrikaans): unseen by BLOOMZ, pretraining for mT0, cld3 trace explained', async ({ page }) => {
  // line 2: af,Afrikaans,Latn,false,false,true,,,0.63,0.1716721452565174
  await page.goto('/languages/af');
  const coverage = page.locator('.coverage-list li');
  await expect(coverage.filter({ hasText: /^BLOOMZ / }).first()).toContainText('not in ROOTS (BLOOM pretraining); not in xP3; not in xP3mt; not in P3 (English) → never intentionally seen');
  await expect(coverage.filter({ hasText: /^mT0 / }).first()).toContainText('in mC4 (mT5 pretraining) → in pretraining');
  const trace = page.locator('p.note', { hasText: 'Trace exposure' });
  await expect(trace).toContainText('labels 0.1717% of a 1% sample of ROOTS');
  await expect(trace.locator('[data-exact="0.1716721452565174"]')).toHaveAttribute('title', 'exactly 0.1716721452565174%');
  await expect(trace).toContainText('although the language was not intentionally included');
  await expect(trace).not.toContainText('Share of ROOTS');
  await expect(trace).toContainText('mT5 sampling share of mC4: 0.63%');
});

test('in ROOTS and xP3, not in mC4 (Akan): finetuning only for mT0 on xP3; no cld3 measurement', async ({ page }) => {
  // line 3: ak,Akan,Latn,true,true,false,4.345389132004641e-05,0.11385485124297444,,(no cld3 share)
  await page.goto('/languages/ak');
  await expect(page.locator('.coverage-list li', { hasText: 'mT0-13B-MT' })).toContainText('not in mC4 (mT5 pretraining); in xP3; in xP3mt → in finetuning only');
  // mT0-13B-P3 was finetuned on English P3 instead.
  await expect(page.locator('.coverage-list li', { hasText: '(mT0-13B-P3)' })).toContainText('not in P3 (English) → never intentionally seen');
  await expect(page.locator('main')).toContainText('cld3 has no measurement of Akan in the 1% ROOTS sample.');
  await expect(page.locator('main')).toContainText('Share of ROOTS: 0.00004345%');
  await expect(page.locator('main [data-exact="4.345389132004641e-05"]')).toHaveAttribute('title', 'exactly 4.345389132004641e-05%');
});

test("HELM's one-number WMT 2014 (Czech among five languages) is named on Czech's page, which has no paper results", async ({ page }) => {
  // line 15: cs,Czech,Latn,false,false,true,,,1.72,... (no eval datasets); helm-results.csv: wmt_14 "Czech, German, French, Hindi, Russian -> English".
  await page.goto('/languages/cs');
  await expect(page.locator('.lede')).toContainText('published no results in Czech');
  await expect(page.locator('[data-aggregate="wmt_14"]')).toContainText('not one for Czech');
});

test('the languages index lists the languages without results in their own group, with links', async ({ page }) => {
  await page.goto('/languages');
  const groups = page.locator('#languages-table tbody');
  await expect(groups).toHaveCount(2);
  // languages.csv: 26 languages with eval_datasets, 92 natural languages without (the "code" row is not a language),
  // and the 11 that only BigScience's FLORES-101 runs have (../shared/data/bloom-eval/README.md): 103 without.
  await expect(groups.nth(0).locator('tr[data-search]:not([data-search=""])')).toHaveCount(26);
  await expect(groups.nth(1).locator('tr[data-search]:not([data-search=""])')).toHaveCount(103);
  await expect(groups.nth(0).locator('th[scope="rowgroup"]')).toContainText('With published BLOOMZ/mT0-paper results');
  await expect(groups.nth(1).locator('th[scope="rowgroup"]')).toContainText('No BLOOMZ/mT0-paper results');
  await expect(groups.nth(0).getByRole('link', { name: 'Thai' })).toHaveAttribute('href', '/languages/th');
  const yoruba = groups.nth(1).locator('tr', { has: page.getByRole('link', { name: 'Yoruba' }) });
  await expect(yoruba).toContainText('none published');
  await expect(yoruba.locator('td').nth(1)).toHaveText('in pretraining');
  await expect(yoruba.locator('td').nth(2)).toHaveText('in pretraining');

  await page.getByLabel('Find a language').fill('yoruba');
  await expect(page.locator('#languages-table tbody tr:visible')).toHaveCount(1);
  await page.locator('#languages-table').getByRole('link', { name: 'Yoruba' }).click();
  await expect(page).toHaveURL(/\/languages\/yo$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Yoruba');
});

test('unknown language codes still get the 404 page', async ({ page }) => {
  for (const path of ['/languages/xx', '/languages/code', '/languages/multi', '/languages/YO']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  }
});

// Next writes a redirect's query back %-encoded ("pass@10" as "pass%4010"): the same values, so compare them decoded.
const target = (location: string) => {
  const url = new URL(location, 'http://x');
  return { path: url.pathname, query: [...url.searchParams] };
};

test('dataset aliases redirect permanently to the dataset page, keeping the query string', async ({ request }) => {
  const cases: [string, string][] = [
    ['/tasks/humaneval?stat=pass@10&models=bloom,bloomz', '/tasks/openai_humaneval?stat=pass@10&models=bloom,bloomz'],
    ['/tasks/openaihumaneval', '/tasks/openai_humaneval'],
    ['/tasks/xstorycloze?prompt=MT', '/tasks/xstory_cloze?prompt=MT'],
    ['/tasks/XStoryCloze', '/tasks/xstory_cloze'],
  ];
  for (const [from, to] of cases) {
    const response = await request.get(from, { maxRedirects: 0 });
    expect(response.status(), from).toBe(308);
    expect(target(response.headers().location), from).toEqual(target(to));
  }
  for (const path of ['/tasks/xnli', '/tasks/xstory_cloze']) expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBe(200);
  expect((await request.get('/tasks/not-a-dataset', { maxRedirects: 0, failOnStatusCode: false })).status()).toBe(404);
});

test('following an alias in the browser ends on the real page, with its settings', async ({ page }) => {
  await page.goto('/tasks/humaneval?models=bloom,bloomz&stat=pass@10');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('HumanEval');
  expect(target(page.url())).toEqual(target('/tasks/openai_humaneval?models=bloom,bloomz&stat=pass@10'));
  // The settings arrived: data/bloomz-results.csv line 2944, bloom's HumanEval Pass@10 is 32.20.
  await waitForChart(page);
  const key = await page.locator('table.data-table tbody tr[data-category]').first().getAttribute('data-category');
  await expect(tableCell(page, key!, 'bloom').locator('[data-value]')).toHaveText('32.20');
  await page.goto('/tasks/xstorycloze');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('XStoryCloze');
  // The models picked on HumanEval carry over to the next task page for this session.
  await expect.poll(() => target(page.url())).toEqual(target('/tasks/xstory_cloze?models=bloom,bloomz'));
});

// `npm test` runs `npm run export` before the e2e tests; out/ is that static export, which runs no proxy.
test.describe('static export: no-results language pages and alias pages', () => {
  const base = serveStaticExport('tasks/humaneval/index.html');

  test('an alias page sends the reader on, query kept; without JavaScript a meta refresh does', async ({ page, openPage }) => {
    await page.goto(`${base()}/tasks/humaneval/?stat=pass@10`);
    await expect(page).toHaveURL(`${base()}/tasks/openai_humaneval/?stat=pass@10`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('HumanEval');
    const plain = await openPage({ javaScriptEnabled: false });
    await plain.goto(`${base()}/tasks/xstorycloze/`);
    await expect(plain).toHaveURL(`${base()}/tasks/xstory_cloze/`);
    await expect(plain.getByRole('heading', { level: 1 })).toContainText('XStoryCloze');
  });

  test('a language without paper results is exported', async ({ page }) => {
    const response = await page.goto(`${base()}/languages/yo/`);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.lede')).toContainText('published no results in Yoruba');
  });
});
