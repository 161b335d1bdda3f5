/**
 * Gates that read the built HTML without a browser: head metadata, links and
 * anchors, the citable-URL manifest, and the JavaScript each page ships.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import redirectsData from '../../content/redirects.json' with { type: 'json' };
import manifestData from '../../content/citable-urls.json' with { type: 'json' };
import { citableManifestSchema, redirectsSchema } from '../../src/lib/content-schemas';
import { checkManifest } from '../../src/lib/manifest';
import { redirectProblems, resolveRedirect } from '../../src/lib/redirects';
import { readDeployment } from '../../src/lib/site';
import { DIST, builtAnchors, isRedirectStub, loadBuiltSite } from '../support/built-site';

const pages = loadBuiltSite();
const byPath = new Map(pages.map((p) => [p.path, p]));
const redirects = redirectsSchema.parse(redirectsData);
const { site } = readDeployment(process.env);

test('the build has the home page, the analysis contents and five parts', () => {
  const parts = pages.filter((p) => /^\/analysis\/[a-z-]+\/$/.test(p.path) && !isRedirectStub(p));
  expect(parts.map((p) => p.document.querySelector('.part-number')?.textContent)).toEqual(
    expect.arrayContaining(['§1 of 5', '§2 of 5', '§3 of 5', '§4 of 5', '§5 of 5']),
  );
  expect(byPath.has('/')).toBe(true);
  expect(byPath.has('/analysis/')).toBe(true);
  expect(byPath.has('/404.html')).toBe(true);
});

for (const page of pages) {
  test(`head metadata: ${page.path}`, () => {
    const d = page.document;
    expect(d.documentElement.getAttribute('lang')).toBe('en');
    expect(d.title.trim().length).toBeGreaterThan(3);
    const description = d.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length, 'meta description').toBeGreaterThan(20);
    expect(description.length, 'meta description at most 160 characters').toBeLessThanOrEqual(160);
    const canonical = d.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
    // Absolute, on the configured site, and naming this page (or, for a moved page, its new home).
    const expected = isRedirectStub(page) ? resolveRedirect(page.path, redirects) : page.path;
    expect(canonical).toBe(new URL(expected, site).href);
  });
}

test('every internal link and #anchor resolves', () => {
  const broken: string[] = [];
  for (const page of pages) {
    for (const el of page.document.querySelectorAll('a[href], link[href], script[src], img[src]')) {
      const raw = el.getAttribute('href') ?? el.getAttribute('src')!;
      const url = new URL(raw, new URL(page.path, site));
      if (url.origin !== new URL(site).origin) continue; // other origins: checked for requests in the browser tests
      let path = decodeURIComponent(url.pathname);
      const target = byPath.get(path) ?? byPath.get(resolveRedirect(path, redirects));
      if (!target) {
        if (!existsSync(join(DIST, path))) broken.push(`${page.path}: ${raw} (no such page or file)`);
        continue;
      }
      path = target.path;
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !target.document.getElementById(anchor)) broken.push(`${page.path}: ${raw} (no #${anchor} on ${path})`);
    }
  }
  expect(broken).toEqual([]);
});

test('every citable URL and anchor in content/citable-urls.json is in the build', () => {
  const manifest = citableManifestSchema.parse(manifestData);
  const problems = checkManifest(manifest, builtAnchors(pages), redirects);
  expect(problems.map((p) => p.message)).toEqual([]);
});

test('the redirect table has no loops and points at real pages', () => {
  const real = new Set([...byPath.values()].filter((p) => !isRedirectStub(p)).map((p) => p.path));
  expect(redirectProblems(redirects, real)).toEqual([]);
});

test('every heading, paragraph and footnote in the analysis has a self-link', () => {
  for (const page of pages.filter((p) => p.document.querySelector('article[data-pagefind-body]'))) {
    const article = page.document.querySelector('article')!;
    const bare = [...article.querySelectorAll(':scope > h2, :scope > p')].filter((el) => !el.id || !el.querySelector(`a.self-link[href="#${el.id}"]`));
    expect(bare.map((el) => `${page.path}: ${el.outerHTML.slice(0, 80)}`)).toEqual([]);
  }
});

test('pages ship no framework JavaScript, and at most 5 KB gzip of enhancement', () => {
  for (const page of pages) {
    expect(page.html, `${page.path} has no island`).not.toContain('<astro-island');
    let js = '';
    for (const s of page.document.querySelectorAll('script')) {
      const src = s.getAttribute('src');
      js += src ? readFileSync(join(DIST, src)) : s.textContent;
    }
    expect(gzipSync(js).length, `${page.path} JS gzip bytes`).toBeLessThan(5 * 1024);
  }
});

test('the _headers file gives every page its CSP and the common security headers', () => {
  const headers = readFileSync(join(DIST, '_headers'), 'utf8');
  expect(headers).toMatch(/^\/\*\n {2}X-Content-Type-Options: nosniff\n {2}Referrer-Policy: /);
  for (const page of pages) {
    const meta = page.document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content');
    if (!meta) continue;
    const block = headers.split('\n\n').find((b) => b.startsWith(`${page.path}\n`));
    expect(block, `_headers block for ${page.path}`).toBeDefined();
    expect(block).toContain(meta.trim().replace(/;?$/, ';'));
    expect(block).toContain("frame-ancestors 'none'");
  }
});
