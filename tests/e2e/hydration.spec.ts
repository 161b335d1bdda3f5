/**
 * How the tools' islands hydrate (client:visible): nothing of the framework
 * loads before the island comes into view, and it hydrates once it does
 * (issue 15: a reader who never scrolls to a tool never fetches React).
 */
import { test, expect, type Page } from '@playwright/test';

test.use({ viewport: { width: 375, height: 700 } });

/** When each module was requested and when its response finished, in ms from the test's start. */
function moduleLog(page: Page) {
  const started = Date.now();
  const requested = new Map<string, number>();
  const finished = new Map<string, number>();
  page.on('request', (r) => requested.set(new URL(r.url()).pathname, Date.now() - started));
  page.on('requestfinished', (r) => finished.set(new URL(r.url()).pathname, Date.now() - started));
  return { requested, finished };
}

/** Each client:visible island: its page, its module's name, its root, and what it marks once hydrated. */
for (const { path, island, root, ready } of [
  { path: '/tools/matrix/', island: 'ComparisonMatrix', root: '.matrix', ready: '.matrix[data-hydrated]' },
  { path: '/tools/tco/', island: 'TcoCalculator', root: '.tco', ready: '.tco[data-hydrated]' },
  { path: '/diagrams/', island: 'DiagramCompare', root: '.diagram-compare', ready: '.diagram-compare .diagram-panel[data-hydrated]' },
]) {
  test(`${path}: React and the island's code load only once it comes into view`, async ({ page }) => {
    const log = moduleLog(page);
    await page.goto(path);
    const el = page.locator(`astro-island[component-url*="${island}"]`);
    const component = (await el.getAttribute('component-url'))!;
    const renderer = (await el.getAttribute('renderer-url'))!;
    expect(await el.getAttribute('client')).toBe('visible');
    // Out of view on a phone at first (the page's introduction comes first): nothing fetched yet.
    await page.evaluate(() => scrollTo(0, 0));
    await page.waitForTimeout(500);
    expect(await page.locator(root).evaluate((r) => r.getBoundingClientRect().top > innerHeight), 'the island starts below the first screen').toBe(true);
    expect(log.requested.has(renderer), 'React before the island is in view').toBe(false);
    expect(log.requested.has(component), 'the island before it is in view').toBe(false);
    await page.locator(root).scrollIntoViewIfNeeded();
    await expect(page.locator(ready).first()).toBeAttached({ timeout: 20_000 });
    expect(log.finished.get(renderer), 'React loaded').toBeDefined();
    expect(log.finished.get(component), "the island's module loaded").toBeDefined();
  });
}
