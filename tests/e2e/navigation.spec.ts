/**
 * Finding one's way: contents, previous/next, breadcrumbs, skip link, the
 * 404 page's suggestion, and old URLs that forward with their anchor.
 */
import { test, expect } from '@playwright/test';

const ORDER = [
  ['/analysis/why-it-matters/', '§1'],
  ['/analysis/building-into-the-os/', '§2'],
  ['/analysis/maintaining-independence/', '§3'],
  ['/analysis/the-independents/', '§4'],
  ['/analysis/conclusion/', '§5'],
] as const;

test('the analysis index lists the five parts in order, the argument, and the source', async ({ page }) => {
  await page.goto('/analysis/');
  const contents = page.locator('ol.contents > li > a');
  await expect(contents).toHaveCount(5);
  for (const [i, [href, sign]] of ORDER.entries()) {
    await expect(contents.nth(i)).toHaveAttribute('href', href);
    await expect(contents.nth(i)).toContainText(sign);
  }
  await expect(page.locator('#argument-points > li')).toHaveCount(5);
  await expect(page.locator('.source-credit')).toContainText('Gordon Haff');
  await expect(page.locator('.source-credit')).toContainText('Hypervisor Home');
  await expect(page.locator('.source-credit')).toContainText('Illuminata');
  await expect(page.locator('.source-credit')).toContainText('22 May 2006');
  await expect(page.getByText('This is a rework, not the original text.')).toBeVisible();
});

test('previous and next walk the parts in the note’s order', async ({ page }) => {
  await page.goto(ORDER[0][0]);
  for (let i = 1; i < ORDER.length; i++) {
    await page.getByRole('navigation', { name: 'Previous and next part' }).getByRole('link', { name: /^Next/ }).click();
    await expect(page).toHaveURL(new RegExp(`${ORDER[i][0]}$`));
    await expect(page.locator('.part-number')).toHaveText(`${ORDER[i][1]} of 5`);
  }
  await page.getByRole('link', { name: /^Previous/ }).click();
  await expect(page).toHaveURL(new RegExp(`${ORDER[3][0]}$`));
});

test('every part credits the source and shows breadcrumbs back to the contents', async ({ page }) => {
  for (const [path, sign] of ORDER) {
    await page.goto(path);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    await expect(crumbs.getByRole('link', { name: 'Analysis' })).toHaveAttribute('href', '/analysis/');
    await expect(crumbs.locator('[aria-current="page"]')).toContainText(sign);
    await expect(page.locator('article .source-credit')).toContainText('Gordon Haff, “Hypervisor Home,” Illuminata');
  }
});

test('the misspelled code name is corrected with a visible editor’s note', async ({ page }) => {
  await page.goto('/analysis/building-into-the-os/');
  const sic = page.locator('#p-all-vendors .sic');
  await expect(sic).toContainText('Viridian');
  await expect(sic.locator('.sic-note')).toBeVisible();
  await expect(sic.locator('.sic-note')).toContainText('Veridian');
});

test('the note’s table is a real table with headers and citable rows', async ({ page }) => {
  await page.goto('/analysis/the-independents/#table-drivers');
  const table = page.locator('#note-table table');
  await expect(table.locator('caption')).toContainText('nine points');
  await expect(table.locator('thead th[scope="col"]')).toHaveCount(3);
  await expect(table.locator('tbody th[scope="row"]')).toHaveCount(9);
  await expect(page.locator('#table-drivers')).toBeInViewport();
});

test('the skip link is the first stop and jumps to the content', async ({ page }) => {
  await page.goto('/analysis/conclusion/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
});

test('a cited paragraph URL lands on that paragraph', async ({ page }) => {
  await page.goto('/analysis/maintaining-independence/#p-power-precedent');
  await expect(page.locator('#p-power-precedent')).toBeInViewport();
  await expect(page.locator('#p-power-precedent > a.self-link')).toHaveCSS('opacity', '1');
});

test('an old URL forwards to the renamed page, keeping the anchor', async ({ page }) => {
  await page.goto('/analysis/opening/#p-definition');
  await expect(page).toHaveURL(/\/analysis\/why-it-matters\/#p-definition$/);
  await expect(page.locator('#p-definition')).toBeInViewport();
});

test('a mistyped address gets a 404 that suggests the closest page', async ({ page }) => {
  const response = await page.goto('/analysis/conclusoin/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const suggestion = page.locator('#suggestion a');
  await expect(suggestion).toBeVisible();
  await expect(suggestion).toHaveAttribute('href', '/analysis/conclusion/');
});

test.describe('404 without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('lists the parts instead of a suggestion', async ({ page }) => {
    await page.goto('/analysis/no-such-part/');
    await expect(page.locator('#suggestion')).toBeHidden();
    await expect(page.getByRole('link', { name: '§3 Maintaining Independence' })).toBeVisible();
  });
});
