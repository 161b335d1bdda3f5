/**
 * npm run bench: builds the site, then reports
 * 1. per page, the HTML, CSS and JS it ships (raw and gzip, from the files);
 * 2. per page type, in Chromium on a phone profile, the bytes transferred at
 *    load, once settled and after scrolling to the end (gzip, from the
 *    browser's network log, workers included), with issue 15's goals;
 * 3. search: bytes and time for three first queries;
 * 4. a diagram's first tap on the phone profile (4x CPU slowdown);
 * 5. the calculator and the matrix (scripts/bench/tco.ts, matrix.ts), after
 *    this machine's floor for both (floor.ts: the same timings on a blank page).
 * Not part of npm test: timings vary with the machine; sizes are exact.
 * `npm run bench -- --no-build` measures the existing dist/;
 * `--only=pages,search,diagrams,tco,matrix` runs only those browser sections;
 * BENCH_DIST=<folder> measures a build kept elsewhere (with --no-build).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { DIST as BUILT, loadBuiltSite, pageJavaScript } from '../tests/support/built-site';
import { chromiumPath } from './chromium-path.mjs';
import { benchDiagrams } from './bench/diagrams';
import { PAGE_TYPES, measurePage, pageGoalRows, printPageTable, type PageBytes } from './bench/pages';
import { CPU_SLOWDOWN, PHONE, printRows, type BenchContext, type BenchRow } from './bench/rows';
import { benchSearch } from './bench/search';
import { benchTco } from './bench/tco';
import { benchMatrix } from './bench/matrix';
import { benchFloor } from './bench/floor';
import { serveStatic } from './bench/serve';

const build = !process.argv.includes('--no-build');
const DIST = process.env.BENCH_DIST ?? BUILT;
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (section: string) => !only || only.includes(section);
let buildMs = 0;
let indexed: RegExpExecArray | null = null;
if (build) {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1', FORCE_COLOR: '0' } });
  buildMs = performance.now() - started;
  if (result.status !== 0) {
    console.error(result.stdout, result.stderr);
    process.exit(1);
  }
  indexed = /indexed (\d+) pages in (\d+) ms/.exec(result.stdout);
}

// ---- 1. What each page ships, from the files ----
const kb = (n: number) => (n / 1024).toFixed(1);
const rows: string[][] = [];
for (const page of loadBuiltSite(DIST)) {
  let css = '';
  for (const link of page.document.querySelectorAll('link[rel="stylesheet"]')) css += readFileSync(join(DIST, link.getAttribute('href')!), 'utf8');
  for (const style of page.document.querySelectorAll('style')) css += style.textContent;
  const js = pageJavaScript(page, DIST);
  const size = (s: string) => [kb(Buffer.byteLength(s)), kb(gzipSync(s).length)];
  rows.push([page.path, ...size(page.html), ...size(css), ...size(js)]);
}
const header = ['page', 'HTML KB', 'gz', 'CSS KB', 'gz', 'all JS it may load, KB', 'gz'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => '| ' + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ') + ' |';
console.log(line(header));
console.log('|' + widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : '-'.repeat(w + 1) + ':')).join('|') + '|');
rows.forEach((r) => console.log(line(r)));
if (build) {
  console.log(`\nbuild (astro build, including the search index): ${(buildMs / 1000).toFixed(1)} s`);
  console.log(`search index (Pagefind): ${indexed ? `${indexed[1]} pages in ${indexed[2]} ms` : 'not reported'}`);
}
console.log('(“all JS it may load” counts every script and every island’s modules with their imports, used or not.)');

// ---- 2 to 5. In the browser ----
const port = Number(process.env.BENCH_PORT ?? 4399);
const server = await serveStatic(DIST, port);
const browser = await chromium.launch({
  executablePath: chromiumPath() ?? undefined,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const ctx: BenchContext = {
  browser,
  origin: `http://127.0.0.1:${port}`,
  phoneContext: () => browser.newContext(PHONE),
  async slowDown(page: Page) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  },
};

try {
  const goals: BenchRow[] = [];
  if (wanted('pages')) {
    const pages: PageBytes[] = [];
    for (const { path, part } of PAGE_TYPES) pages.push(await measurePage(ctx, path, part));
    printPageTable(pages);
    goals.push(...pageGoalRows(pages));
  }
  if (wanted('search')) goals.push(...(await benchSearch(ctx)));
  if (wanted('diagrams')) goals.push(...(await benchDiagrams(ctx)));

  // The calculator and the matrix: keystroke-to-paint and view-switch timings, each beside its goal,
  // after the same timings on a blank page (this machine's floor, no goal).
  if (wanted('tco') || wanted('matrix')) goals.push(...(await benchFloor(ctx.browser)));
  if (wanted('tco')) goals.push(...(await benchTco(ctx.origin, ctx.browser)));
  if (wanted('matrix')) goals.push(...(await benchMatrix(ctx.origin, ctx.browser)));

  printRows('Issue 15 goals and figures (phone profile: Lighthouse’s mobile screen, 412 px at 1.75 device pixels per px, touch; “4x” adds the CPU slowdown; “desktop window” rows have no goal):', goals);
  const missed = goals.filter((g) => g.ok === false);
  console.log(`\n${goals.filter((g) => g.ok).length} goals met, ${missed.length} not met.`);
} finally {
  await browser.close();
  server.close();
}
