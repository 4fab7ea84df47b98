import { expect, test } from './fixtures';
import { hostHtml, startHostPage } from './host-page';

// oEmbed 1.0 as a CMS uses it, and the link previews. Published numbers: data/bloomz-results.csv.
const SHARED_TASK = '/tasks/xnli?prompt=MT&stat=max&models=bloom-1b1';
const MT_MAX_CAPTION = 'XNLI: max accuracy, Machine-translated prompts (MT)';

/** The discovery link's href, read from the page's HTML the way a consumer does. */
function discover(html: string): string {
  const link = /<link[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];
  expect(link, 'oEmbed discovery link').toBeTruthy();
  return (/href="([^"]+)"/.exec(link!)?.[1] ?? '').replace(/&amp;/g, '&');
}

test('a CMS discovers the oEmbed answer of a shared link and shows the chart on its own origin', async ({ page, request, baseURL }) => {
  const pageUrl = new URL(SHARED_TASK, baseURL).href;
  const href = discover(await (await request.get(pageUrl)).text());
  const endpoint = new URL(href, pageUrl);
  expect(endpoint.pathname).toBe('/oembed');
  expect(endpoint.searchParams.get('format')).toBe('json');
  const res = await request.get(endpoint.href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const answer = await res.json();
  expect(answer).toMatchObject({ version: '1.0', type: 'rich', title: MT_MAX_CAPTION, provider_name: 'Crosslingual results dashboard', width: 720, height: 560, thumbnail_width: 1200, thumbnail_height: 630 });
  expect(answer.html).toMatch(/^<iframe src="http:\/\/[^"]+\/embed\/task\/xnli\?[^"]*"/);
  const host = await startHostPage(hostHtml(answer.html, null));
  try {
    await page.goto(host.url);
    const frame = page.frameLocator('iframe');
    await expect(frame.locator('#task-xnli-title')).toHaveText(MT_MAX_CAPTION);
    // data/bloomz-results.csv:1061 bloom-1b1,MT,xnli,ar,…,Max acc.,35.42
    await expect(frame.locator('tr[data-category="xnli|ar|ar"] td[data-series="bloom-1b1"]')).toContainText('35.42');
    await expect(frame.locator('[data-chart-id]')).toBeVisible();
  } finally {
    await host.close();
  }
});

test('oEmbed honours maxwidth and maxheight, and refuses what is not ours', async ({ request, baseURL }) => {
  const ours = encodeURIComponent(new URL('/helm/classic/question_answering?scenario=natural_qa_closedbook&tab=calibration', baseURL).href);
  const small = await (await request.get(`/oembed?url=${ours}&maxwidth=400&maxheight=300`)).json();
  expect(small).toMatchObject({ width: 400, height: 300, title: 'NaturalQuestions (closed-book): ECE (10-bin) (Calibration, lower is better), HELM Classic v0.4.0' });
  expect(small.html).toContain('width="400" height="300"');
  expect((await request.get(`/oembed?url=${encodeURIComponent('https://example.org/tasks/xnli')}&format=json`)).status()).toBe(404);
  expect((await request.get(`/oembed?url=${encodeURIComponent('/sources')}`)).status()).toBe(404);
  expect((await request.get(`/oembed?url=${ours}&format=xml`)).status()).toBe(501);
  expect((await request.get('/oembed')).status()).toBe(400);
});

test('every view page and embed carries the discovery link', async ({ request }) => {
  for (const url of ['/tasks/xnli', '/languages/th', '/unseen', '/scaling', '/prompts', '/helm/classic/core_scenarios', '/embed/task/xnli', '/embed/helm/classic.core_scenarios']) {
    const href = discover(await (await request.get(url)).text());
    expect(href, url).toMatch(/^\/oembed\?url=[^&]+&format=json$/);
  }
});

test('a shared link has a preview card whose image is the shared state', async ({ request }) => {
  const html = await (await request.get(SHARED_TASK)).text();
  const meta = (p: string) => new RegExp(`<meta (?:property|name)="${p}" content="([^"]*)"`).exec(html)?.[1];
  expect(meta('og:title')).toBe(MT_MAX_CAPTION);
  expect(meta('og:description')).toContain(MT_MAX_CAPTION);
  expect(meta('twitter:card')).toBe('summary_large_image');
  const image = new URL(meta('og:image')!);
  expect(image.pathname).toMatch(/^\/og\/shared\/[A-Za-z0-9_-]+\/task\/xnli\.png$/);
  const png = await request.get(image.pathname);
  expect(png.status()).toBe(200);
  expect(png.headers()['content-type']).toBe('image/png');
  const body = await png.body();
  // PNG header: width and height at bytes 16–23.
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  // The default view's image is another file, prerendered.
  const defaultHtml = await (await request.get('/tasks/xnli')).text();
  expect(/<meta property="og:image" content="[^"]*\/og\/task\/xnli\.png"/.test(defaultHtml)).toBe(true);
});

test('the shared link’s preview image is its own, not the default view’s', async ({ page }) => {
  // The image's text is drawn as shapes, so it cannot be read back here: the two images must differ.
  const shared = await page.request.get((await (await page.request.get(SHARED_TASK)).text()).match(/\/og\/shared\/[A-Za-z0-9_-]+\/task\/xnli\.png/)![0]);
  const base = await page.request.get('/og/task/xnli.png');
  expect(Buffer.compare(await shared.body(), await base.body())).not.toBe(0);
});
