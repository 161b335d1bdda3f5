/** The deployment origin, the sitemap and robots.txt, and the Atom feed: pure parts, on plain data. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/atom-feed';
import { robotsTxt, sitemapEntry, sitemapXml } from '../../src/lib/discovery';
import { LOCAL_PREVIEW_ORIGIN, originReport, originSource, readDeployment } from '../../src/lib/site';

describe('the deployment origin', () => {
  it('comes from SITE_URL, then an explicit local preview, then site.config.json', () => {
    const settings = { origin: 'https://hh.example.org', basePath: '/hh/' };
    expect(readDeployment({ SITE_URL: 'https://other.example.org' }, settings)).toEqual({ site: 'https://other.example.org', base: '/hh/' });
    expect(readDeployment({ LOCAL_PREVIEW: '1' }, settings).site).toBe(LOCAL_PREVIEW_ORIGIN);
    expect(readDeployment({}, settings)).toEqual({ site: 'https://hh.example.org', base: '/hh/' });
    expect(originSource({}, settings)).toBe('site.config.json');
  });
  it('falls back to the local preview only as "unset", which the build reports as a warning', () => {
    expect(originSource({}, { origin: null })).toBe('unset');
    expect(readDeployment({}, { origin: null }).site).toBe(LOCAL_PREVIEW_ORIGIN);
    const report = originReport(LOCAL_PREVIEW_ORIGIN, 'unset');
    expect(report.level).toBe('warn');
    expect(report.lines.join(' ')).toMatch(/not for deployment/);
    expect(originReport('https://hh.example.org', 'site.config.json')).toEqual({ level: 'info', lines: [expect.stringContaining('https://hh.example.org (from site.config.json)')] });
  });
  it('rejects a committed origin that is not an http(s) URL', () => {
    expect(() => readDeployment({}, { origin: 'hh.example.org' })).toThrow(/site.config.json must be an absolute URL/);
  });
});

describe('sitemap and robots.txt', () => {
  const page = (head: string) => `<!doctype html><html><head>${head}</head><body></body></html>`;
  it('lists a page by its canonical URL, dated by its edition when it has one', () => {
    expect(sitemapEntry(page('<link rel="canonical" href="https://e.org/a/?x=1&amp;y=2"><meta property="article:published_time" content="2026-11-24">'))).toEqual({ loc: 'https://e.org/a/?x=1&y=2', lastmod: '2026-11-24' });
  });
  it('leaves out pages that must not be indexed or have no canonical URL', () => {
    expect(sitemapEntry(page('<meta name="robots" content="noindex"><link rel="canonical" href="https://e.org/404.html">'))).toBeNull();
    expect(sitemapEntry(page('<title>x</title>'))).toBeNull();
  });
  it('writes valid, escaped, de-duplicated XML and a robots.txt that names it', () => {
    const xml = sitemapXml([{ loc: 'https://e.org/b/' }, { loc: 'https://e.org/a/?x=1&y=2' }, { loc: 'https://e.org/b/' }]);
    const doc = new JSDOM(xml, { contentType: 'application/xml' }).window.document;
    expect([...doc.querySelectorAll('loc')].map((l) => l.textContent)).toEqual(['https://e.org/a/?x=1&y=2', 'https://e.org/b/']);
    expect(robotsTxt('https://e.org/sitemap.xml')).toMatch(/^Sitemap: https:\/\/e\.org\/sitemap\.xml$/m);
  });
});

describe('the Atom feed', () => {
  const options = { selfUrl: 'https://e.org/changelog.atom', changelogUrl: 'https://e.org/changelog/', title: 'T', author: 'A', readAt: () => [{ label: 'Read', url: 'https://e.org/analysis/' }] };
  it('has one entry per edition, newest first, with every change, and tolerates fields it does not use', () => {
    const editions = [
      { id: '2026-11', label: 'November 2026 edition', published: '2026-11-24', changes: ['First <edition> & more'] },
      { id: '2026-12', label: 'December 2026 edition', published: '2026-11-29', changes: ['Corrected'], paragraphChanges: [{ part: 2, paragraph: 'p-x' }] },
    ];
    const doc = new JSDOM(atomFeed(editions, options), { contentType: 'application/xml' }).window.document;
    const entries = [...doc.querySelectorAll('entry')];
    expect(entries.map((e) => e.querySelector('title')!.textContent)).toEqual(['December 2026 edition', 'November 2026 edition']);
    expect(entries[0].querySelector('id')!.textContent).toBe('https://e.org/changelog/#edition-2026-12');
    expect(JSDOM.fragment(entries[1].querySelector('content')!.textContent!).textContent).toContain('First <edition> & more');
    expect(doc.querySelector('feed > updated')!.textContent).toBe('2026-11-29T00:00:00Z');
  });
  it('refuses a date it cannot write as an Atom instant', () => {
    expect(() => atomFeed([{ id: 'x', label: 'X', published: '24 Nov 2026', changes: ['c'] }], options)).toThrow(/YYYY-MM-DD/);
  });
});
