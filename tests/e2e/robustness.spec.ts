import fc from 'fast-check';
import { expect, test } from './fixtures';

const PREFIXES = ['/', '/tasks/', '/tasks/xnli', '/languages/', '/languages/th', '/unseen', '/scaling', '/prompts', '/sources', '/helm/', '/helm/classic/', '/helm/classic/question_answering', '/embed/', '/embed/task/', '/embed/task/xnli', '/embed/helm/classic.core_scenarios', '/import', '/_next/', '/embed.js'];
const KEYS = ['prompt', 'stat', 'models', 'sort', 'dataset', 'scripts', 'coverage', 'model', 'version', 'lines', 'scenario', 'tab', 'metric', 'q', 'missing', 'theme', 'p.models', 't.version', 'x'];
const GARBAGE = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '..%2F..%2Fetc%2Fpasswd', '<script>alert(1)</script>', '"><img src=x>', 'a'.repeat(5000), '🙂', ',,,', 'NaN', '-1', 'all', 'EN'),
);

/** Encodes like a browser would, except the deliberately broken percent sequences. */
const encode = (s: string) => (/%(zz|E0%A4%A$|$)/.test(s) ? s : encodeURIComponent(s));

const URLS = fc.sample(
  fc.tuple(fc.constantFrom(...PREFIXES), GARBAGE, fc.array(fc.tuple(fc.constantFrom(...KEYS), GARBAGE), { maxLength: 4 })).map(([prefix, segment, query]) => {
    const path = prefix.endsWith('/') ? `${prefix}${encode(segment)}` : prefix;
    const qs = query.map(([k, v]) => `${k}=${encode(v)}`).join('&');
    return qs ? `${path}?${qs}` : path;
  }),
  { seed: 20261127, numRuns: 1000 },
);

test('1,000 random or garbled paths and query strings: never a 5xx', async ({ request }) => {
  test.setTimeout(240_000);
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < URLS.length) {
      const url = URLS[next++];
      const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
      if (response.status() >= 500) failures.push(`${response.status()} ${url}`);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  expect(failures).toEqual([]);
});

test('garbled URLs in the browser: no uncaught errors, readable pages', async ({ openPage, baseURL }) => {
  test.setTimeout(180_000);
  // Every 25th URL: a browser sample of the same set. A failed load of a garbled asset path
  // is expected console noise; any other console error or an uncaught exception is not.
  const page = await openPage({}, { allowConsole: /^Failed to load resource/ });
  for (const url of URLS.filter((_, i) => i % 25 === 0)) {
    const response = await page.goto(`${baseURL}${url}`);
    expect(response?.status() ?? 0, url).toBeLessThan(500);
    await expect(page.locator('body')).not.toBeEmpty();
  }
});

test('security headers on pages, 404s and embeds', async ({ request }) => {
  for (const url of ['/', '/tasks/xnli', '/not-a-page', '/helm/nope/nope', '/import']) {
    const headers = (await request.get(url, { failOnStatusCode: false })).headers();
    expect(headers['content-security-policy'], url).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy'], url).toContain("object-src 'none'");
    expect(headers['x-content-type-options'], url).toBe('nosniff');
    expect(headers['x-frame-options'], url).toBe('DENY');
  }
  const embed = (await request.get('/embed/task/xnli')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-content-type-options']).toBe('nosniff');
});
