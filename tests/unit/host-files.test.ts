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
