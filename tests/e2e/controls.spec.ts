/**
 * Controls that show their state, from the first paint: the theme toggle and
 * "Hide hindsight notes" look pressed when they are on, before any bundled
 * script has run (the head script alone sets the state), and say so to
 * assistive technology once it has; the search dialog closes on the first
 * Esc and on a click outside, and gives focus back where it was.
 */
import { test, expect, type Page } from '@playwright/test';

const PART2 = '/analysis/building-into-the-os/';

// Several page loads each, on a shared machine: room above the default 30 s.
test.describe.configure({ timeout: 90_000 });

/** Blocks every bundled script, leaving only the inline head script: what the reader sees at first paint. */
async function firstPaintOnly(page: Page) {
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
}

const look = (page: Page, selector: string) =>
  page.locator(selector).evaluate((el) => ({
    background: getComputedStyle(el).backgroundColor,
    tick: getComputedStyle(el, '::before').content,
  }));

test('on a dark system the theme button shows “Dark theme” as on from the first paint, and switches to light', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await firstPaintOnly(page);
  await page.goto('/');
  const off = await look(page, '[data-theme-toggle]');
  await page.emulateMedia({ colorScheme: 'dark' });
  const onAtFirstPaint = await look(page, '[data-theme-toggle]');
  expect(onAtFirstPaint.background).not.toBe(off.background);
  expect(onAtFirstPaint.tick).toContain('✓');
  expect(off.tick).not.toContain('✓');

  await page.unrouteAll();
  await page.reload();
  const toggle = page.getByRole('button', { name: 'Dark theme', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(253, 252, 248)');
  expect((await look(page, '[data-theme-toggle]')).tick).not.toContain('✓');
});

test('“Hide hindsight notes” shows it is on, from the first paint of the next page, and keeps its name', async ({ page }) => {
  await page.goto(PART2);
  const toggle = page.getByRole('button', { name: 'Hide hindsight notes', exact: true });
  const off = await look(page, '[data-hindsight-toggle]');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const on = await look(page, '[data-hindsight-toggle]');
  expect(on.background).not.toBe(off.background);
  expect(on.tick).toContain('✓');

  // The next page, before its scripts run: the stored choice already shows on the button.
  await firstPaintOnly(page);
  await page.goto('/analysis/the-independents/');
  const firstPaint = await look(page, '[data-hindsight-toggle]');
  expect(firstPaint).toEqual(on);
  await expect(page.locator('.hindsight-note').first()).toBeHidden();
});

test('search: the first Esc closes the dialog even with words typed, and focus goes back to the search link', async ({ page }) => {
  await page.goto(PART2);
  const link = page.locator('a[data-search-open]');
  await link.click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  await page.locator('#search-input').fill('hypervisor');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(link).toBeFocused();
});

test('search: a click outside the dialog closes it, and focus goes back where it was', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(PART2);
  const tocLink = page.locator('.toc-wide a').first();
  await tocLink.focus();
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog).toBeVisible();
  // A click inside (on its padding) keeps it open; one on the backdrop closes it.
  const box = (await dialog.boundingBox())!;
  await page.mouse.click(box.x + 3, box.y + box.height - 3);
  await expect(dialog).toBeVisible();
  await page.mouse.click(10, 790);
  await expect(dialog).toBeHidden();
  await expect(tocLink).toBeFocused();
});
