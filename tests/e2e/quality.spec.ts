/**
 * Every page of the built site, in a real browser: accessible (axe, light and
 * dark), no request to another origin, no console error, no CSP violation,
 * no layout shift while loading.
 */
import { test, expect } from '@playwright/test';
import { builtPagePaths } from '../support/built-site';
import { axeViolations, watchPage } from '../support/browser';

const paths = builtPagePaths().map((p) => p.path).filter((p) => p !== '/analysis/opening/'); // a redirect stub: tested in navigation.spec.ts

for (const path of paths) {
  test(`quality gates: ${path}`, async ({ page, baseURL }) => {
    const watch = await watchPage(page, baseURL!);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    await page.waitForLoadState('load');

    expect(await axeViolations(page), 'axe, light theme').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page), 'axe, dark theme').toEqual([]);

    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) {
              if (!entry.hadRecentInput) total += entry.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 200);
        }),
    );
    expect(shift, 'cumulative layout shift').toBeLessThan(0.01);

    // Bring each island into view in turn so it hydrates (the tools hydrate on
    // sight, and a figure mid-page is not in view at the bottom of a long part);
    // figures hydrate on intent (client:intent), so reach for them too: focus
    // their first control. Then check the live page.
    const islands = page.locator('astro-island');
    const count = await islands.count();
    if (count) {
      for (let i = 0; i < count; i++) {
        const island = islands.nth(i);
        await island.scrollIntoViewIfNeeded();
        if ((await island.getAttribute('client')) === 'intent') await island.locator('button').first().focus();
      }
      await expect(page.locator('astro-island[ssr]'), 'every island hydrated').toHaveCount(0);
      await page.waitForTimeout(300);
      expect(await axeViolations(page), 'axe, after hydration').toEqual([]);
    }

    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(await watch.cspViolations(), 'CSP violations').toEqual([]);
  });
}
