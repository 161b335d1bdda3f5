/**
 * The page frame on wide screens and without JavaScript (issue 14): single-column
 * pages set their text where a part's text column is, at the same measure;
 * the home heading stands clear of the header; /tools/ says truthfully what
 * works without JavaScript.
 */
import { test, expect, type Page } from '@playwright/test';

const PART = '/analysis/building-into-the-os/';
const SINGLE = ['/', '/tools/', '/hindsight/', '/diagrams/', '/about/', '/404.html'];

const textColumn = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: Math.round(r.left), width: Math.round(r.width) };
  });

for (const width of [1440, 1920]) {
  test(`at ${width} px single-column pages read where and as wide as a part's text`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(PART);
    const part = await textColumn(page, 'article.prose');
    for (const path of SINGLE) {
      await page.goto(path);
      const column = await textColumn(page, 'main > .prose');
      expect(column, path).toEqual(part);
    }
  });
}

test('the home page heading stands clear of the header', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('/');
  const header = (await page.locator('.site-header').boundingBox())!;
  const heading = (await page.locator('main h1').boundingBox())!;
  expect(heading.y - (header.y + header.height)).toBeGreaterThanOrEqual(24);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/tools/ says only the matrix works in full, and what each tool shows', async ({ page }) => {
    await page.goto('/tools/');
    await expect(page.locator('main')).not.toContainText('Each works without JavaScript');
    await expect(page.locator('.tools-nojs')).toHaveCount(3);
    await expect(page.locator('.tools-nojs').first()).toContainText('Works in full');
  });

  test('the diagrams page says what needs JavaScript; the toggles that need it are not shown', async ({ page }) => {
    await page.goto('/diagrams/');
    await expect(page.locator('.diagrams-nojs')).toBeVisible();
    await expect(page.locator('.diagram-overlays').first()).toBeHidden();
    await page.goto(PART);
    await expect(page.locator('[data-theme-toggle]')).toBeHidden();
    await expect(page.locator('[data-hindsight-toggle]')).toBeHidden();
  });
});

test('with JavaScript the diagrams page does not show the no-JavaScript note', async ({ page }) => {
  await page.goto('/diagrams/');
  await expect(page.locator('.diagrams-nojs')).toBeHidden();
});
