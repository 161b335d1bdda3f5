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

/**
 * Waits until the calculator's charts, if it is live on the page, are drawn for the width their box has now:
 * after a resize they are redrawn later than the next frames (useWidth: a ResizeObserver, then a transition;
 * it lays out at the box's whole px width, 280 at least). With no live calculator it returns at once.
 */
export const chartsDrawnForTheirWidth = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('.tco[data-hydrated] .tco-charts')].every((box) =>
      [...box.querySelectorAll('svg.chart-svg')].every((svg) => svg.getAttribute('width') === String(Math.max(280, Math.floor(box.getBoundingClientRect().width)))),
    ),
  );
