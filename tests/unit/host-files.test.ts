import { describe, expect, it } from 'vitest';
import { cspFromHtml, headersFile } from '../../src/lib/headers';
import { checkManifest, mergeManifest, type BuiltAnchors } from '../../src/lib/manifest';
import { redirectProblems, redirectsFile, resolveRedirect } from '../../src/lib/redirects';
import type { Redirect } from '../../src/lib/content-schemas';

const moved: Redirect[] = [
  { from: '/analysis/opening/', to: '/analysis/why-it-matters/', why: 'renamed once' },
  { from: '/analysis/intro/', to: '/analysis/opening/', why: 'renamed before that' },
];

describe('headers file', () => {
  it('reads the CSP Astro put in a page, unescaping quotes', () => {
    const html = `<head><meta http-equiv="content-security-policy" content="script-src 'self' &#39;sha256-x&#39;;"></head>`;
    expect(cspFromHtml(html)).toBe("script-src 'self' 'sha256-x';");
    expect(cspFromHtml('<head></head>')).toBeNull();
  });
  it('gives every page its own CSP plus frame-ancestors, under the base path', () => {
    const file = headersFile('/hh/', [{ path: 'analysis/x/', csp: "default-src 'self'" }]);
    expect(file).toContain('/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n');
    expect(file).toContain("/hh/analysis/x/\n  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(file).toContain('/hh/analysis/x/index.html\n');
  });
});

/**
 * Every header a host that reads `_headers` sends for `path`: each rule whose
 * pattern matches (`*` matches anything, as on Netlify and Cloudflare Pages)
 * contributes its headers, and values of the same header from several rules
 * are all kept, as Cloudflare Pages joins them.
 */
function headersFor(file: string, path: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of file.split('\n\n')) {
    const [pattern, ...lines] = block.split('\n').filter(Boolean);
    if (!pattern) continue;
    const rule = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    if (!rule.test(path)) continue;
    for (const line of lines) {
      const [name, ...value] = line.trim().split(': ');
      out.set(name, [...(out.get(name) ?? []), value.join(': ')]);
    }
  }
  return out;
}

describe('caching and HTTPS in the headers file', () => {
  const file = headersFile('/hh/', [
    { path: 'analysis/x/', csp: "default-src 'self'" },
    { path: '404.html', csp: "default-src 'self'" },
  ]);
  it('caches hashed assets for a year, immutable, and nothing else sets their Cache-Control', () => {
    const asset = headersFor(file, '/hh/_astro/client.C5RI7xnT.js');
    expect(asset.get('Cache-Control')).toEqual(['public, max-age=31536000, immutable']);
  });
  it('caches pages briefly, with and without index.html, and the 404 page too', () => {
    for (const path of ['/hh/analysis/x/', '/hh/analysis/x/index.html', '/hh/404.html']) {
      const cache = headersFor(file, path).get('Cache-Control');
      expect(cache, path).toHaveLength(1);
      const maxAge = Number(/max-age=(\d+)/.exec(cache![0])![1]);
      expect(maxAge, path).toBeLessThanOrEqual(600);
      expect(cache![0], path).not.toContain('immutable');
    }
  });
  it('asks for HTTPS on every path, without claiming the host’s subdomains', () => {
    for (const path of ['/hh/analysis/x/', '/hh/_astro/a.css', '/hh/pagefind/pagefind.js']) {
      expect(headersFor(file, path).get('Strict-Transport-Security'), path).toEqual(['max-age=31536000']);
    }
    expect(file).not.toContain('includeSubDomains');
  });
  it('leaves assets outside /_astro/ (fixed names, e.g. Pagefind’s) without a long cache', () => {
    expect(headersFor(file, '/hh/pagefind/pagefind.js').get('Cache-Control')).toBeUndefined();
    expect(headersFor(file, '/hh/favicon.svg').get('Cache-Control')).toBeUndefined();
  });
});

describe('redirects', () => {
  it('follows a chain of renames to the page that exists now', () => {
    expect(resolveRedirect('/analysis/intro/', moved)).toBe('/analysis/why-it-matters/');
    expect(resolveRedirect('/analysis/conclusion/', moved)).toBe('/analysis/conclusion/');
  });
  it('detects a loop instead of hanging', () => {
    const loop: Redirect[] = [
      { from: '/a/', to: '/b/', why: 'loop test one' },
      { from: '/b/', to: '/a/', why: 'loop test two' },
    ];
    expect(() => resolveRedirect('/a/', loop)).toThrow(/loop/);
    expect(redirectProblems(loop, new Set(['/c/']))).toHaveLength(2);
  });
  it('flags a redirect to nowhere and one that shadows a live page', () => {
    const pages = new Set(['/analysis/why-it-matters/', '/analysis/opening/']);
    expect(redirectProblems(moved, pages)).toEqual(['/analysis/opening/ is both a page and a redirect']);
    expect(redirectProblems([{ from: '/x/', to: '/gone/', why: 'points nowhere' }], pages)).toEqual(['/x/ redirects to /gone/, which is not a page']);
  });
  it('writes 301s straight to the final page', () => {
    expect(redirectsFile('/hh/', moved)).toBe('/hh/analysis/opening/ /hh/analysis/why-it-matters/ 301\n/hh/analysis/intro/ /hh/analysis/why-it-matters/ 301\n');
  });
});

describe('citable-URL manifest', () => {
  const built: BuiltAnchors = new Map([
    ['/analysis/why-it-matters/', new Set(['p-eggs', 'p-definition', 'fn-note-1'])],
    ['/analysis/conclusion/', new Set(['p-horizon'])],
  ]);

  it('passes when every cited anchor is built, following a rename', () => {
    const manifest = { pages: { '/analysis/intro/': ['p-eggs'], '/analysis/why-it-matters/': ['p-eggs', 'p-definition', 'fn-note-1'], '/analysis/conclusion/': ['p-horizon'] } };
    expect(checkManifest(manifest, built, moved)).toEqual([]);
  });

  it('fails on a renamed page without a redirect, and on a lost anchor', () => {
    const manifest = { pages: { '/analysis/old-name/': ['p-eggs'], '/analysis/conclusion/': ['p-horizon', 'p-gone'], '/analysis/why-it-matters/': ['p-eggs', 'p-definition', 'fn-note-1'] } };
    const problems = checkManifest(manifest, built, moved);
    expect(problems.map((p) => [p.kind, p.path, p.anchor])).toEqual([
      ['missing-page', '/analysis/old-name/', undefined],
      ['missing-anchor', '/analysis/conclusion/', 'p-gone'],
    ]);
    expect(problems[0].message).toContain('content/redirects.json');
  });

  it('asks for new anchors to be listed, so they are protected too', () => {
    const problems = checkManifest({ pages: { '/analysis/why-it-matters/': ['p-eggs'] } }, built, []);
    expect(problems.map((p) => p.kind)).toEqual(['unlisted-anchor', 'unlisted-anchor', 'unlisted-page']);
  });

  it('adds what is built and keeps old promises unless pruned', () => {
    const old = { pages: { '/analysis/conclusion/': ['p-retired'] } };
    expect(mergeManifest(old, built).pages['/analysis/conclusion/']).toEqual(['p-retired', 'p-horizon']);
    expect(mergeManifest(old, built, true).pages['/analysis/conclusion/']).toEqual(['p-horizon']);
  });
});
