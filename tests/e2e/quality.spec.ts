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

    // Bring every island into view so it hydrates, then check the live page too. Islands that hydrate on
    // intent (client:intent, the figures) wait for a reader to reach for them: focus their first control.
    const islands = await page.locator('astro-island').count();
    if (islands) {
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      for (const island of await page.locator('astro-island[client="intent"]').all()) await island.locator('button').first().focus();
      await page.locator('astro-island:not([ssr])').last().waitFor({ state: 'attached' });
      await page.waitForTimeout(300);
      expect(await axeViolations(page), 'axe, after hydration').toEqual([]);
    }

    expect(watch.foreignRequests, 'requests to other origins').toEqual([]);
    expect(watch.consoleErrors, 'console errors').toEqual([]);
    expect(await watch.cspViolations(), 'CSP violations').toEqual([]);
  });
}
