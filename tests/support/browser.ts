/**
 * Browser helpers for the built-site tests: watch a page for requests to
 * other origins, console errors and CSP violations, and run axe-core.
 */
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface PageWatch {
  foreignRequests: string[];
  consoleErrors: string[];
  /** CSP violations reported by the page (collected by an init script). */
  cspViolations(): Promise<string[]>;
}

/** Starts watching before the page loads; call before page.goto. */
export async function watchPage(page: Page, origin: string): Promise<PageWatch> {
  const watch = { foreignRequests: [] as string[], consoleErrors: [] as string[] };
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) watch.foreignRequests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.consoleErrors.push(error.message));
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  return {
    ...watch,
    cspViolations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp),
  };
}

/** Runs axe-core (WCAG 2.x A/AA and best practices) and returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  // page.addScriptTag is blocked by the page's CSP; evaluating the source is not.
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(() =>
    (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

/**
 * Holds back every stylesheet the page loads after its first view (the late ones: late-styles.ts), as a slow
 * phone would have them arrive late; returns the function that lets them through. Call before goto.
 */
export async function holdLateStyles(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/_astro/*.css', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}
