import { expect, tableCell, test } from './fixtures';

// A shared link's first HTML is its view. Published numbers copied by hand from data/bloomz-results.csv.
const SHARED_TASK = '/tasks/xnli?prompt=MT&stat=max&models=bloom-1b1';
const MT_MAX_CAPTION = 'XNLI: max accuracy, Machine-translated prompts (MT)';

test('the server answers a shared task link with its numbers and a cache rule for CDNs', async ({ request }) => {
  const res = await request.get(SHARED_TASK);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  const html = await res.text();
  expect(html).toContain(`>${MT_MAX_CAPTION}</figcaption>`);
  // data/bloomz-results.csv:1061 bloom-1b1,MT,xnli,ar,…,Max acc.,35.42 (EN max is 34.78, line 953; MT median 33.33, line 1034)
  expect(html).toMatch(/<tr data-category="xnli\|ar\|ar"[^]*?<td[^>]*data-series="bloom-1b1"[^>]*>[^]*?35\.42/);
  // data/bloomz-results.csv:1763 bloom-1b1,MT,xnli,fr,…,Max acc.,35.22
  expect(html).toMatch(/<tr data-category="xnli\|fr\|fr"[^]*?<td[^>]*data-series="bloom-1b1"[^>]*>[^]*?35\.22/);
  // Only the asked-for model: the default five are not in the table.
  expect(html).not.toContain('data-series="bloomz"');
});

test('the server answers a shared HELM link with its scenario and tab', async ({ request }) => {
  const html = await (await request.get('/helm/classic/question_answering?scenario=natural_qa_closedbook&tab=calibration')).text();
  expect(html).toContain('>NaturalQuestions (closed-book): ECE (10-bin) (Calibration, lower is better), HELM Classic v0.4.0</figcaption>');
  expect(html).not.toContain('MMLU: EM (Accuracy)');
});

test('every kind of view page renders its shared state on the server', async ({ request }) => {
  const cases: [string, string][] = [
    ['/languages/th?stat=max', '>Thai: max accuracy, English prompts (EN)<'],
    ['/unseen?stat=max', '>Seen and unseen languages: max accuracy, English prompts (EN)<'],
    ['/scaling?stat=max', '>XNLI: max accuracy vs model size, English prompts<'],
    ['/prompts?stat=max', '>XNLI, BLOOMZ-MT: max accuracy by prompt language<'],
  ];
  for (const [url, caption] of cases) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(await res.text(), url).toContain(caption);
  }
});

test('pages without settings stay static; a link that only carries tracking keys too', async ({ request }) => {
  for (const url of ['/tasks/xnli', '/tasks/xnli?utm_source=newsletter']) {
    const res = await request.get(url);
    expect(res.headers()['x-nextjs-cache'], url).toBe('HIT');
    expect(res.headers()['x-middleware-rewrite'], url).toBeUndefined();
    expect(await res.text(), url).toContain('>XNLI: median accuracy, English prompts (EN)</figcaption>');
  }
});

test('a shared link hydrates with its state, then follows the controls', async ({ page }) => {
  await page.goto(SHARED_TASK);
  const caption = page.locator('figcaption#task-xnli-title');
  await expect(caption).toHaveText(MT_MAX_CAPTION);
  await expect(tableCell(page, 'xnli|ar|ar', 'bloom-1b1')).toContainText('35.42');
  await expect(page.locator('.chart-view')).toHaveAttribute('data-state', 'server');
  await page.getByRole('radio', { name: /Median/ }).check();
  // data/bloomz-results.csv:1034 bloom-1b1,MT,xnli,ar,…,Median acc.,33.33
  await expect(tableCell(page, 'xnli|ar|ar', 'bloom-1b1')).toContainText('33.33');
  await expect(page).toHaveURL(/\/tasks\/xnli\?(?=.*prompt=MT)(?!.*stat=max)/);
});

test('a broken setting in a shared link is explained on the server-rendered page, not a crash', async ({ request }) => {
  const res = await request.get('/tasks/xnli?stat=%3Cscript%3E');
  expect(res.status()).toBe(200);
  const html = await res.text();
  expect(html).toContain('stat=&lt;script&gt; is not one of');
  expect(html).not.toContain('stat=<script>');
});

test('a state segment the site did not write is a 404', async ({ request }) => {
  expect((await request.get('/shared/!!/tasks/xnli')).status()).toBe(404);
});
