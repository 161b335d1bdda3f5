/**
 * npm run bench: builds the site and reports, per page, the HTML, CSS and JS
 * it ships (raw and gzip), plus the build and search-index times.
 * Not part of npm test: timings vary with the machine; sizes are exact.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DIST, loadBuiltSite } from '../tests/support/built-site';

const started = performance.now();
const build = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' } });
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
  for (const script of page.document.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    js += src ? readFileSync(join(DIST, src), 'utf8') : script.textContent;
  }
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
