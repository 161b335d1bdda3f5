/** The calculator page in the browser tests (tests/e2e/tco*.spec.ts): opening it and reading its answer. */
import { expect, type Page } from '@playwright/test';

export const PAGE = '/tools/tco/';

/** Opens the calculator (at `url`) and waits until the island is live. Any error in the page, a hydration mismatch included, fails the test. */
export async function ready(page: Page, url = PAGE) {
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(url);
  await page.locator('.tco').scrollIntoViewIfNeeded();
  // Generous: on a loaded machine the island's code can take seconds to arrive; speed is measured in `npm run bench`.
  await expect(page.locator('.tco[data-hydrated]')).toBeVisible({ timeout: 30_000 });
}

/** The three totals on the page. */
export const totals = (page: Page) => page.locator('.tco-summary td[data-label="Total"]').allTextContents();
