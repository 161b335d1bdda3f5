/**
 * Deploying under a base path on another host: the site is rebuilt with
 * SITE_URL and BASE_PATH set, and every canonical URL, internal link, asset,
 * header rule and redirect must carry them.
 */
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadBuiltSite, isRedirectStub } from '../support/built-site';

const OUT = join(import.meta.dirname, '..', '..', 'dist-base-path-test');
const SITE = 'https://hypervisor-home.example.org';
const BASE = '/reading/hh/';

test.describe.configure({ timeout: 120_000 });

test('a build for https://…/reading/hh/ links, canonicalises and redirects under that path', () => {
  rmSync(OUT, { recursive: true, force: true });
  execFileSync('npx', ['astro', 'build'], {
    env: { ...process.env, SITE_URL: SITE, BASE_PATH: BASE, OUT_DIR: OUT, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'pipe',
  });
  try {
    const pages = loadBuiltSite(OUT);
    expect(pages.length).toBeGreaterThan(8);
    const problems: string[] = [];
    for (const page of pages) {
      const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
      if (!canonical.startsWith(`${SITE}${BASE}`)) problems.push(`${page.path}: canonical ${canonical}`);
      if (!isRedirectStub(page) && page.path !== '/404.html' && canonical !== `${SITE}${BASE}${page.path.slice(1)}`) problems.push(`${page.path}: canonical ${canonical} names another page`);
      for (const el of page.document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
        const ref = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (ref.startsWith('#') || ref.startsWith(SITE) || /^(https?|data):/.test(ref)) continue;
        if (!ref.startsWith(BASE)) {
          problems.push(`${page.path}: ${ref} is outside the base path`);
          continue;
        }
        const file = join(OUT, decodeURIComponent(ref.slice(BASE.length).split('#')[0]));
        if (!existsSync(file)) problems.push(`${page.path}: ${ref} does not exist in the build`);
      }
    }
    expect(problems).toEqual([]);
    expect(readFileSync(join(OUT, '_redirects'), 'utf8')).toContain(`${BASE}analysis/opening/ ${BASE}analysis/why-it-matters/ 301`);
    expect(readFileSync(join(OUT, '_headers'), 'utf8')).toContain(`\n${BASE}analysis/conclusion/\n  Content-Security-Policy: `);
  } finally {
    rmSync(OUT, { recursive: true, force: true });
  }
});
