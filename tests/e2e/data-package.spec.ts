import fs from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { expect, test } from './fixtures';

// Expected files, headers and row counts are read from data/ here, not from the site.
const DATA = path.join(process.cwd(), 'data');
const SHIPPED = fs
  .readdirSync(DATA)
  .filter((f) => f.endsWith('.csv'))
  .map((file) => {
    const rows = Papa.parse<string[]>(fs.readFileSync(path.join(DATA, file), 'utf8'), { skipEmptyLines: true }).data;
    return { file, header: rows[0], rows: rows.length - 1 };
  });

test('/data lists every shipped CSV with its row count and a download link that returns the file', async ({ page, request }) => {
  await page.goto('/data');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The whole data');
  const table = page.getByRole('table', { name: /The shipped CSV files/ });
  await expect(table.locator('tbody tr')).toHaveCount(SHIPPED.length);
  for (const { file, header, rows } of SHIPPED) {
    const row = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: file, exact: true }) });
    await expect(row.locator('td.num')).toHaveText(rows.toLocaleString('en'));
    const link = row.getByRole('link', { name: file, exact: true });
    const href = await link.getAttribute('href');
    expect(href).toBe(`/data/${file}`);
    const response = await request.get(href!);
    expect(response.status(), file).toBe(200);
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
    const firstLine = (await response.text()).split(/\r?\n/)[0];
    expect(Papa.parse<string[]>(firstLine).data[0], file).toEqual(header);
  }
  // A name that is not a shipped file is not served.
  expect((await request.get('/data/not-a-file.csv')).status()).toBe(404);
});

test('/data/datapackage.json is a tabular data package with a resource per shipped CSV', async ({ page, request }) => {
  const response = await request.get('/data/datapackage.json');
  expect(response.status()).toBe(200);
  const pkg = JSON.parse(await response.text()) as { profile: string; resources: { path: string; rowCount: number; schema: { fields: { name: string }[] } }[] };
  expect(pkg.profile).toBe('tabular-data-package');
  expect(pkg.resources.map((r) => r.path).sort()).toEqual(SHIPPED.map((s) => s.file).sort());
  for (const { file, header, rows } of SHIPPED) {
    const resource = pkg.resources.find((r) => r.path === file)!;
    expect(resource.schema.fields.map((f) => f.name), file).toEqual(header);
    expect(resource.rowCount, file).toBe(rows);
  }
  // The page links to it, and the footer links to the page.
  await page.goto('/sources');
  await page.locator('footer').getByRole('link', { name: 'the whole data' }).click();
  await expect(page).toHaveURL(/\/data$/);
  await expect(page.getByRole('link', { name: 'datapackage.json' })).toHaveAttribute('href', '/data/datapackage.json');
});
