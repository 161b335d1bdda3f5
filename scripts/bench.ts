/**
 * npm run bench: builds the site and reports, per page, the HTML, CSS and JS
 * it ships (raw and gzip), plus the build and search-index times.
 * Not part of npm test: timings vary with the machine; sizes are exact.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, loadBuiltSite, pageJavaScript } from '../tests/support/built-site';
import { benchTco } from './bench/tco';
import { benchMatrix } from './bench/matrix';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1', FORCE_COLOR: '0' } });
const buildMs = performance.now() - started;
if (build.status !== 0) {
  console.error(build.stdout, build.stderr);
  process.exit(1);
}
const indexed = /indexed (\d+) pages in (\d+) ms/.exec(build.stdout);

const kb = (n: number) => (n / 1024).toFixed(1);
const rows: string[][] = [];
for (const page of loadBuiltSite()) {
  let css = '';
  let js = '';
  for (const link of page.document.querySelectorAll('link[rel="stylesheet"]')) css += readFileSync(join(DIST, link.getAttribute('href')!), 'utf8');
  for (const style of page.document.querySelectorAll('style')) css += style.textContent;
  js = pageJavaScript(page);
  const size = (s: string) => [kb(Buffer.byteLength(s)), kb(gzipSync(s).length)];
  rows.push([page.path, ...size(page.html), ...size(css), ...size(js)]);
}

const header = ['page', 'HTML KB', 'gz', 'CSS KB', 'gz', 'JS KB', 'gz'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
rows.forEach((r) => console.log(line(r)));
console.log(`\nbuild (astro build, including the search index): ${(buildMs / 1000).toFixed(1)} s`);
console.log(`search index (Pagefind): ${indexed ? `${indexed[1]} pages in ${indexed[2]} ms` : 'not reported'}`);
console.log('(JS counts every script a page loads, and for an island its modules and all they import.)');

await calculatorTimings();

/**
 * The TCO calculator in Chromium on the built site: time from an input's
 * change to the results and charts being updated in the page (React's commit,
 * seen by a MutationObserver), and the uncertainty run of 10,000 draws.
 */
async function calculatorTimings() {
  const { chromium } = await import('@playwright/test');
  const { chromiumPath } = await import('./chromium-path.mjs');
  const port = Number(process.env.BENCH_PORT ?? 4399);
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { stdio: 'ignore', detached: true, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  try {
    for (let i = 0; i < 100 && !(await fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 200));
    const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`http://127.0.0.1:${port}/tools/tco/`);
    await page.locator('.tco').scrollIntoViewIfNeeded();
    await page.locator('.tco[data-hydrated]').waitFor();
    // tsx (esbuild) wraps named functions in __name(); the page needs a no-op of it.
    await page.evaluate('globalThis.__name = (f) => f');
    const { updates, allCharts } = await page.evaluate(async () => {
      const input = document.getElementById('tco-windowsVms') as HTMLInputElement;
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const changed = (selector: string) =>
        new Promise<number>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(document.querySelector(selector)!, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => reject(new Error(`${selector} did not change within 5 s`)), 5000);
        });
      const updates: number[] = [];
      const allCharts: number[] = [];
      for (let i = 0; i < 30; i++) {
        // The totals and breakdown update at once; the sensitivity chart is the last to follow.
        const totals = changed('.tco-summary');
        const tornado = changed('.tco-chart-tornado');
        const start = performance.now();
        setValue.call(input, String(301 + i * 7)); // never the default (300), so the results always change
        input.dispatchEvent(new Event('input', { bubbles: true }));
        updates.push((await totals) - start);
        allCharts.push((await tornado) - start);
        await new Promise((r) => setTimeout(r, 250)); // let the uncertainty run finish between changes
      }
      return { updates, allCharts };
    });
    const runs = await page.evaluate(() => performance.getEntriesByName('tco-uncertainty').map((e) => e.duration));
    const searches = await searchTimings(browser, port);
    const tools = await toolTimings(browser, port);
    const tcoGoals = await benchTco(`http://127.0.0.1:${port}`, browser);
    console.table(await benchMatrix(`http://127.0.0.1:${port}`, browser));
    await browser.close();
    const stats = (xs: number[]) => {
      const sorted = [...xs].sort((a, b) => a - b);
      return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (${xs.length} runs)`;
    };
    console.log(`\nTCO calculator, Chromium, built site:`);
    console.log(`  one input changed to totals, breakdown and cumulative charts updated: ${stats(updates)}`);
    console.log(`  ... to every chart updated (break-even and sensitivity, deferred): ${stats(allCharts)}`);
    console.log(`  uncertainty run, 10,000 draws: ${stats(runs)}`);
    for (const f of tcoGoals) console.log(`  ${f.metric}: ${f.value} ${f.unit}${f.goal ? ` (goal ${f.goal}: ${f.ok ? 'met' : 'NOT met'})` : ''}`);
    console.log(`\nComparison matrix and diagrams, Chromium, built site:`);
    console.log(`  matrix, all 11 columns: view switched to table updated: ${stats(tools.matrix)}`);
    console.log(`  diagram: overlay switched to drawing updated: ${stats(tools.diagram)}`);
    console.log(`\nSearch, Chromium, built site (fresh browser context each; the 150 ms debounce is included):`);
    for (const s of searches) console.log(`  “${s.query}”: ${s.results} results; ${(s.bytes / 1024).toFixed(1)} KB fetched (${s.requests} requests); last keystroke to results shown ${s.ms.toFixed(0)} ms`);
  } finally {
    if (server.pid) process.kill(-server.pid);
  }
}

/** Time from a click to React's commit in the page (seen by a MutationObserver), `runs` times. */
async function clickToUpdate(page: import('@playwright/test').Page, clicks: string[], watched: string, runs: number): Promise<number[]> {
  await page.evaluate('globalThis.__name = (f) => f');
  return page.evaluate(
    async ({ clicks, watched, runs }) => {
      const times: number[] = [];
      for (let i = 0; i < runs; i++) {
        const target = document.querySelector(watched)!;
        const done = new Promise<number>((resolve, reject) => {
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now());
          });
          observer.observe(target, { subtree: true, childList: true, attributes: true, characterData: true });
          setTimeout(() => reject(new Error(`${watched} did not change within 5 s`)), 5000);
        });
        const start = performance.now();
        (document.querySelector(clicks[i % clicks.length]) as HTMLElement).click();
        times.push((await done) - start);
        await new Promise((r) => setTimeout(r, 50));
      }
      return times;
    },
    { clicks, watched, runs },
  );
}

/** The matrix switching view with every column shown, and a diagram switching an overlay. */
async function toolTimings(browser: import('@playwright/test').Browser, port: number) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const all = 'os-embedded,independent,vmware-esx,xensource-xenserver,virtual-iron,microsoft-hyper-v,linux-xen,kvm,sun-xvm,ibm-power,aws-nitro';
  await page.goto(`http://127.0.0.1:${port}/tools/matrix/?s=${all}`);
  await page.locator('.matrix').scrollIntoViewIfNeeded();
  await page.locator('.matrix[data-hydrated]').waitFor();
  const matrix = await clickToUpdate(page, ['input[name="matrix-view"][value="hindsight"]', 'input[name="matrix-view"][value="2006"]'], '.matrix-table', 30);
  await page.goto(`http://127.0.0.1:${port}/diagrams/`);
  await page.locator('#fig-vmware-esx').scrollIntoViewIfNeeded();
  await page.locator('#fig-vmware-esx .diagram-panel[data-hydrated]').waitFor();
  const diagram = await clickToUpdate(page, ['#fig-vmware-esx .diagram-overlays button:nth-of-type(3)'], '#fig-vmware-esx svg', 30);
  await page.close();
  return { matrix, diagram };
}

/** Three searches, each in a fresh context: bytes fetched for search, and last keystroke to results shown. */
async function searchTimings(browser: import('@playwright/test').Browser, port: number) {
  const out: Array<{ query: string; results: number; bytes: number; requests: number; ms: number }> = [];
  for (const query of ['Viridian', 'drivers', 'management software']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    let requests = 0;
    page.on('response', async (r) => {
      if (!/\/pagefind\/|search-dialog/.test(r.url())) return;
      requests++;
      bytes += (await r.body().catch(() => Buffer.alloc(0))).length;
    });
    await page.evaluate('globalThis.__name = (f) => f');
    await page.keyboard.press('/');
    await page.locator('#search-input').waitFor();
    await page.evaluate((q) => {
      const w = window as unknown as { lastKey: number; shown: number };
      document.addEventListener('input', () => (w.lastKey = performance.now()), true);
      new MutationObserver(() => {
        if ((document.getElementById('search-status')?.textContent ?? '').includes(`“${q}”`)) w.shown ??= performance.now();
      }).observe(document.getElementById('search-status')!, { childList: true, characterData: true, subtree: true });
    }, query);
    await page.locator('#search-input').pressSequentially(query, { delay: 40 });
    await page.waitForFunction(() => (window as unknown as { shown?: number }).shown !== undefined, null, { timeout: 10_000 });
    const ms = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; shown: number };
      return w.shown - w.lastKey;
    });
    await page.waitForLoadState('networkidle');
    out.push({ query, results: await page.locator('.search-result').count(), bytes, requests, ms });
    await context.close();
  }
  return out;
}
