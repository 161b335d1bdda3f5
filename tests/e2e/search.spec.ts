/**
 * Search on the built site: from a word to the exact paragraph or footnote,
 * filters, the keyboard, a linkable /search/ page, and nothing fetched
 * until the reader opens search.
 */
import { test, expect, type Page } from '@playwright/test';
import { axeViolations } from '../support/browser';

async function openWithSlash(page: Page) {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await expect(page.locator('#search-input')).toBeFocused();
  return dialog;
}

test('“Viridian” finds the part on Microsoft, down to the paragraph, and the link highlights it', async ({ page }) => {
  await page.goto('/about/');
  const dialog = await openWithSlash(page);
  await page.locator('#search-input').fill('Viridian');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ pages?, \d+ places? for “Viridian”$/);
  const part2 = dialog.locator('.search-result').filter({ has: page.locator('.search-title', { hasText: '§2 Building into the OS' }) });
  const hit = part2.locator('.search-hits a').first();
  await expect(hit).toHaveAttribute('href', '/analysis/building-into-the-os/?highlight=viridian#p-all-vendors');
  await expect(hit.locator('mark')).toHaveText(/Viridian/);
  await expect(hit).toContainText('Paragraph · in “Every OS vendor is moving in”:');
  await hit.click();
  await expect(page).toHaveURL(/#p-all-vendors$/);
  await expect(page.locator('#p-all-vendors mark.search-hit').first()).toBeVisible();
  await expect(page.locator('#p-all-vendors')).toBeInViewport();
});

test('a word found in the analysis only in a footnote leads to that footnote’s anchor', async ({ page }) => {
  await page.goto('/');
  const dialog = await openWithSlash(page);
  // The comparison matrix mentions it too; the analysis only in footnote 5.
  await dialog.getByLabel('Show').selectOption('analysis');
  await page.locator('#search-input').fill('VirtualCenter');
  const hits = dialog.locator('.search-hits a');
  await expect(hits).toHaveCount(1);
  await expect(hits.first()).toHaveAttribute('href', /\/analysis\/building-into-the-os\/\?highlight=virtualcenter#fn-note-5$/);
  await expect(hits.first()).toContainText('Footnote');
});

test('filters narrow the results by part and to footnotes', async ({ page }) => {
  await page.goto('/');
  const dialog = await openWithSlash(page);
  await page.locator('#search-input').fill('hypervisor');
  await expect(dialog.locator('.search-result').nth(2)).toBeVisible();
  const all = await dialog.locator('.search-result').count();
  await dialog.getByLabel('Part').selectOption('§3');
  await expect(dialog.locator('.search-result')).toHaveCount(1);
  await expect(dialog.locator('.search-title')).toHaveText('§3 Maintaining Independence');
  await dialog.getByLabel('Part').selectOption('');
  await dialog.getByLabel('Show').selectOption('footnote');
  await expect(dialog.locator('.hit-kind').first()).toHaveText('Footnote · ');
  expect(await dialog.locator('.hit-kind').allTextContents()).toEqual(expect.arrayContaining(['Footnote · ']));
  expect((await dialog.locator('.hit-kind').allTextContents()).every((t) => t === 'Footnote · ')).toBe(true);
  expect(all).toBeGreaterThan(2);
});

test('Ctrl+K opens search, arrows reach the results, Esc closes and returns focus', async ({ page }) => {
  await page.goto('/analysis/conclusion/');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press(process.platform === 'darwin' ? 'Meta+K' : 'Control+K');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await page.locator('#search-input').fill('consolidation');
  await expect(dialog.locator('.search-hits a').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.search-results a').first()).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(skip).toBeFocused();
});

test('nothing is fetched for search until the reader opens it', async ({ page }) => {
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (/pagefind|search-dialog/.test(r.url())) fetched.push(r.url());
  });
  await page.goto('/analysis/why-it-matters/');
  await page.waitForLoadState('networkidle');
  expect(fetched).toEqual([]);
  await openWithSlash(page);
  await page.locator('#search-input').fill('egg');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('status')).toContainText('“egg”');
  expect(fetched.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('/search/?q= reproduces a search, and updates the address as you type', async ({ page }) => {
  await page.goto('/search/?q=Viridian');
  await expect(page.locator('.search-title', { hasText: '§2 Building into the OS' })).toBeVisible();
  await page.locator('#search-input').fill('Solaris');
  await expect(page).toHaveURL(/\/search\/\?q=Solaris$/);
  await expect(page.locator('.search-results .search-result').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page says it needs JavaScript and offers the contents', async ({ page }) => {
    await page.goto('/search/?q=Viridian');
    await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: '§2 Building into the OS' })).toBeVisible();
  });
  test('the header’s search link goes to the search page', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('link', { name: /^Search/ })).toHaveAttribute('href', '/search/');
  });
});

test('the hindsight filter shows the hindsight page and the hindsight notes only', async ({ page }) => {
  await page.goto('/');
  const dialog = await openWithSlash(page);
  await page.locator('#search-input').fill('Hyper-V');
  await expect(dialog.locator('.search-result').first()).toBeVisible();
  await dialog.getByLabel('Show').selectOption('hindsight');
  await expect(dialog.locator('.search-title', { hasText: 'Hindsight' })).toBeVisible();
  // Within analysis pages only the hindsight notes count (the list refreshes after the filter changes).
  const partKinds = () => dialog.locator('.search-result').filter({ hasNot: page.locator('.search-title', { hasText: /^Hindsight$/ }) }).locator('.hit-kind').allTextContents();
  await expect.poll(async () => (await partKinds()).filter((k) => k !== 'Hindsight · ')).toEqual([]);
  expect((await partKinds()).length).toBeGreaterThan(0);
});

test('the comparison matrix is searchable down to the cell, and the cell is shown when the link opens', async ({ page }) => {
  await page.goto('/');
  const dialog = await openWithSlash(page);
  await dialog.getByLabel('Show').selectOption('tool');
  await page.locator('#search-input').fill('XenEnterprise');
  const hit = dialog.locator('.search-hits a[href*="/tools/matrix/"][href*="#cell-"]').first();
  await expect(hit).toContainText('Matrix cell');
  const href = (await hit.getAttribute('href'))!;
  const anchor = href.split('#')[1];
  await hit.click();
  await page.locator('.matrix').scrollIntoViewIfNeeded();
  await expect(page.locator('.matrix[data-hydrated]')).toBeVisible();
  await expect(page.locator(`#${anchor}`)).toBeVisible();
  await expect(page.locator(`#${anchor} .matrix-v:visible`)).toContainText(/XenEnterprise/);
});

test('a figure’s description is searchable and the hit opens the figure', async ({ page }) => {
  await page.goto('/');
  const dialog = await openWithSlash(page);
  await dialog.getByLabel('Show').selectOption('analysis');
  await page.locator('#search-input').fill('Domain0 controller');
  const hit = dialog.locator('.search-hits a[href*="#fig-independent-xen"]').first();
  await expect(hit).toContainText('Figure');
  await hit.click();
  await expect(page.locator('#fig-independent-xen')).toBeInViewport();
});
