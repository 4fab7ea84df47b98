import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

// The clipboard is read back to check that what is copied is what is shown.
test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const today = () => new Date().toISOString().slice(0, 10);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The button works once the page has hydrated: retried until the dialog opens. */
async function openCite(page: Page, open: () => Promise<void>) {
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(async () => {
    if (!(await dialog.isVisible())) await open();
    await expect(dialog).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  return dialog;
}

test('Cite this view: the sources’ BibTeX and the view’s @misc with its link, copied as shown', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT');
  const button = page.getByRole('button', { name: 'Cite this view' }).first();
  const dialog = await openCite(page, () => button.click());
  // data/sources.csv, xmtf_paper: the BLOOMZ/mT0 paper's BibTeX, as published.
  await expect(dialog.locator('[data-cite="source-bibtex"]').first()).toContainText('@article{muennighoff2022crosslingual,');
  await expect(dialog.locator('[data-cite="source-bibtex"]').first()).toContainText('journal = {arXiv preprint arXiv:2211.01786}');
  await expect(dialog.locator('[data-cite="source-plain"]').first()).toBeVisible();
  const misc = dialog.locator('[data-cite="view-bibtex"]');
  await expect(misc).toContainText('@misc{crosslingual_tasks_xnli_');
  await expect(misc).toContainText(/url\s+= \{http:\/\/[^}]+\/tasks\/xnli\?[^}]*prompt=MT/);
  await expect(misc).toContainText(`urldate      = {${today()}}`);
  await expect(misc).toContainText(new RegExp(`Accessed ${today()}; data version ([0-9a-f]{12} \\(\\d{4}-\\d{2}-\\d{2}\\)|sha256:[0-9a-f]{16})\\}`));

  await dialog.getByRole('button', { name: 'Copy the view’s BibTeX' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied the view’s BibTeX.' })).toBeVisible();
  expect(await clipboard(page)).toBe(await misc.textContent());

  await dialog.getByRole('button', { name: 'Copy BibTeX' }).first().click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied the BibTeX entry.' })).toBeVisible();
  expect(await clipboard(page)).toBe(await dialog.locator('[data-cite="source-bibtex"]').first().textContent());

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('Cite this view works from the keyboard alone: Enter opens, Tab reaches copy, Escape closes and returns the focus', async ({ page }) => {
  await page.goto('/tasks/xnli?prompt=MT');
  const button = page.getByRole('button', { name: 'Cite this view' }).first();
  const dialog = await openCite(page, async () => {
    await button.focus();
    await page.keyboard.press('Enter');
  });
  await expect(dialog.getByRole('heading', { name: 'Cite this view' })).toBeFocused();
  const copy = dialog.getByRole('button', { name: 'Copy the view’s BibTeX' });
  await expect(copy).toBeVisible();
  // The copy button is the first control after the heading (links and buttons come in reading order).
  await page.keyboard.press('Tab');
  await expect(copy).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: 'Copied the view’s BibTeX.' })).toBeVisible();
  expect(await clipboard(page)).toContain('prompt=MT');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('/sources shows the papers’ BibTeX near the top, copyable, and readers’ wording of the curators’ notes', async ({ page }) => {
  await page.goto('/sources');
  const first = page.locator('[data-cite="paper-bibtex"]').first();
  await expect(first).toContainText('@article{muennighoff2022crosslingual,');
  // Above the caveats and the list of sources, and not folded away.
  const box = await first.boundingBox();
  const readFirst = await page.getByRole('heading', { name: 'Read these first' }).boundingBox();
  expect(box!.y).toBeLessThan(readFirst!.y);
  expect(box!.y).toBeLessThan(1_200);
  const section = page.locator('section[aria-labelledby="how-to-cite"]');
  await expect(async () => {
    await section.getByRole('button', { name: 'Copy BibTeX' }).first().click();
    await expect(section.getByRole('status').filter({ hasText: 'Copied the BibTeX entry.' })).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  expect(await clipboard(page)).toBe(await first.textContent());
  // data/sources.csv says "NOT reachable from this machine" and "NOT read beyond abstract": the page does not.
  await expect(page.locator('#HELM_GCS h3')).toHaveText('HELM public results bucket (original publication)');
  await expect(page.locator('main')).not.toContainText('NOT reachable');
  await expect(page.locator('main')).not.toContainText('Only the abstract was read by the curators');
});
