/**
 * Gates that read the built HTML without a browser: head metadata, links and
 * anchors, the citable-URL manifest, and the JavaScript each page ships.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse, type Node } from 'acorn';
import redirectsData from '../../content/redirects.json' with { type: 'json' };
import manifestData from '../../content/citable-urls.json' with { type: 'json' };
import editionsData from '../../content/editions.json' with { type: 'json' };
import { citableManifestSchema, editionsSchema, redirectsSchema } from '../../src/lib/content-schemas';
import { currentEdition } from '../../src/lib/editions';
import { SITE } from '../../src/lib/source';
import { checkManifest } from '../../src/lib/manifest';
import { redirectProblems, resolveRedirect } from '../../src/lib/redirects';
import { readDeployment } from '../../src/lib/site';
import { isCitableWork } from '../../src/lib/citable-pages';
import { DIST, builtAnchors, isRedirectStub, loadBuiltSite, moduleGraph, pageJavaScript } from '../support/built-site';

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

test('every heading, paragraph, footnote and figure in the analysis has a self-link', () => {
  for (const page of pages.filter((p) => p.document.querySelector('article[data-pagefind-body]'))) {
    const article = page.document.querySelector('article')!;
    const blocks = [...article.querySelectorAll('h2, p')].filter((el) => !el.closest('header, .sidenote, section[data-footnotes] li, .editor-note, .hindsight-note, details.changed-note, figure'));
    // A figure is cited as a whole, by its own anchor.
    blocks.push(...article.querySelectorAll('figure'));
    expect(blocks.length, page.path).toBeGreaterThan(5);
    const bare = blocks.filter((el) => !el.id || !article.querySelector(`a.self-link[href="#${el.id}"]`));
    expect(bare.map((el) => `${page.path}: ${el.outerHTML.slice(0, 80)}`)).toEqual([]);
  }
});

test('pages without an island ship at most 5 KB gzip of enhancement; islands hydrate when visible or touched, under 120 KB', () => {
  for (const page of pages) {
    const islands = [...page.document.querySelectorAll('astro-island')];
    for (const island of islands) expect(island.getAttribute('client'), `${page.path}: islands hydrate only when visible or on intent`).toMatch(/^(visible|intent)$/);
    // In the analysis, figures are pictures until touched: they wait for the reader's intent, never mere visibility.
    if (page.document.querySelector('article[data-pagefind-body]')) {
      for (const island of islands) expect(island.getAttribute('client'), `${page.path}: a figure in a part hydrates on intent`).toBe('intent');
    }
    const limit = islands.length ? 120 * 1024 : 5 * 1024;
    expect(gzipSync(pageJavaScript(page)).length, `${page.path} JS gzip bytes`).toBeLessThan(limit);
  }
});

/**
 * The shape Vite's CommonJS plugin gives a wrapped module: `function f(){if(done)return exports;done=1;…body…}`.
 * Such a body is compiled on the main thread when the island first calls it, in one task, where top-level module
 * code is compiled off the main thread as it streams in (React DOM wrapped so cost 120 to 200 ms at a 4x CPU
 * slowdown; astro.config.mjs, commonjsOptions).
 */
function wrappedCommonJsBodies(code: string): Array<{ name: string; bytes: number }> {
  const found: Array<{ name: string; bytes: number }> = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as Node & Record<string, unknown>;
    if (n.type === 'FunctionDeclaration' || n.type === 'FunctionExpression') {
      const [first, second] = ((n.body as { body?: Array<Record<string, any>> }).body ?? []);
      const guarded = first?.type === 'IfStatement' && first.test.type === 'Identifier' && first.consequent.type === 'ReturnStatement';
      const marked = guarded && second?.type === 'ExpressionStatement' && second.expression.type === 'AssignmentExpression' && second.expression.left.name === first.test.name;
      if (marked) found.push({ name: String((n.id as { name?: string } | null)?.name), bytes: n.end - n.start });
    }
    for (const [key, value] of Object.entries(n)) if (key !== 'type' && typeof value === 'object') visit(value);
  };
  visit(parse(code, { ecmaVersion: 'latest', sourceType: 'module' }));
  return found;
}

test('no island runs a large CommonJS body wrapped in a function (compiled on the main thread in one long task)', () => {
  // Every island's modules, each once (a shared `seen` set across pages).
  const seen = new Set<string>();
  const modules = pages.flatMap((page) =>
    [...page.document.querySelectorAll('astro-island')].flatMap((island) => ['renderer-url', 'component-url'].flatMap((url) => moduleGraph(island.getAttribute(url)!, seen))),
  );
  expect(modules.length, 'the islands\' modules were found').toBeGreaterThan(3);
  for (const { file, code } of modules) {
    const large = wrappedCommonJsBodies(code).filter((f) => f.bytes > 20 * 1024);
    expect(large, `${file}: wrapped CommonJS bodies over 20 KB`).toEqual([]);
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

test.describe('citation metadata', () => {
  // Works only: pages about the site carry no citation metadata (src/lib/citable-pages.ts; checked in citation-clients.spec.ts).
  const citable = pages.filter((p) => !isRedirectStub(p) && !p.document.querySelector('meta[name="robots"][content*="noindex"]') && isCitableWork(p.path));
  const editions = editionsSchema.parse(editionsData);
  /** The edition a page's text belongs to: a past edition's copy names it in its path. */
  const editionOf = (path: string) => editions.find((e) => path.startsWith(`/editions/${e.id}/`)) ?? currentEdition(editions);
  const meta = (d: Document, name: string) => d.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
  const prop = (d: Document, name: string) => d.querySelector(`meta[property="${name}"]`)?.getAttribute('content') ?? null;
  const jsonLd = (d: Document) => JSON.parse(d.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null');
  const analysisUrl = new URL('/analysis/', site).href;

  for (const page of citable) {
    test(`tags agree with the page: ${page.path}`, () => {
      const d = page.document;
      const h1 = d.querySelector('h1')!.textContent!.trim();
      const partNumber = d.querySelector('.part-number')?.textContent?.replace(' of 5', '');
      const ld = jsonLd(d);
      const canonical = d.querySelector('link[rel="canonical"]')!.getAttribute('href');
      // The title every scheme gives must be the page's own, so a renamed section cannot keep a stale one.
      const expectedTitle = page.path === '/analysis/' ? SITE.name : partNumber ? `${partNumber} ${h1}` : h1;
      expect(meta(d, 'citation_title')).toBe(expectedTitle);
      expect(meta(d, 'DC.title')).toBe(expectedTitle);
      expect(prop(d, 'og:title')).toBe(expectedTitle);
      expect(ld.name).toBe(expectedTitle);
      for (const url of [meta(d, 'citation_fulltext_html_url'), meta(d, 'DC.identifier'), prop(d, 'og:url'), ld.url]) expect(url).toBe(canonical);
      // The trailing comma keeps the group one name in Zotero (GROUP_AUTHOR_FIELD in src/lib/citation.ts).
      expect(meta(d, 'citation_author')).toBe('Hypervisor Home project,');
      expect(meta(d, 'citation_publication_date')).toBe(editionOf(page.path).published.replaceAll('-', '/'));
      // One item type: only the report tag, never a book-section one after it, and no DC.type for Zotero to print.
      expect(meta(d, 'citation_inbook_title')).toBeNull();
      expect(meta(d, 'DC.type')).toBeNull();
      expect(meta(d, 'citation_technical_report_institution')).toBe('Hypervisor Home project');
      expect(meta(d, 'DC.source')).toContain('Gordon Haff, “Hypervisor Home,” Illuminata');
      if (partNumber) {
        // A section names itself as part of the whole work.
        expect(meta(d, 'DC.relation.isPartOf')).toBe(analysisUrl);
        expect(ld['@type']).toBe('Report');
        expect(ld.isPartOf).toMatchObject({ '@type': 'Report', '@id': analysisUrl });
        expect(ld.position).toBe(Number(partNumber.slice(1)));
        expect(ld.isBasedOn).toMatchObject({ name: 'Hypervisor Home', author: { name: 'Gordon Haff' }, datePublished: '2006-05-22' });
      }
    });
  }

  test('the analysis is a Report whose parts are the built part pages', () => {
    const work = byPath.get('/analysis/')!.document;
    const ld = jsonLd(work);
    expect(ld['@type']).toBe('Report');
    const parts = citable.filter((p) => p.document.querySelector('.part-number'));
    expect(ld.hasPart).toHaveLength(5);
    for (const part of ld.hasPart) {
      const page = parts.find((p) => p.document.querySelector('link[rel="canonical"]')!.getAttribute('href') === part['@id']);
      expect(page, part['@id']).toBeDefined();
      expect(part.name).toBe(meta(page!.document, 'citation_title'));
    }
  });

  test('no two pages claim the same citation title in the same edition', () => {
    // A past edition's copy of a part has the part's title and its own edition's date.
    const titles = citable.map((p) => `${meta(p.document, 'citation_title')} (${meta(p.document, 'citation_publication_date')})`);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });
});

test('the search index holds the text, not the page chrome', () => {
  const fragments = readdirSync(join(DIST, 'pagefind', 'fragment')).map((f) => {
    const raw = gunzipSync(readFileSync(join(DIST, 'pagefind', 'fragment', f))).toString('utf8');
    return JSON.parse(raw.slice(raw.indexOf('{'))) as { url: string; content: string };
  });
  expect(fragments.map((f) => f.url).sort()).toEqual(expect.arrayContaining(['/analysis/building-into-the-os/', '/tools/tco/']));
  const chrome = ['Skip to content', 'On this page', 'Cite this section', 'Link to this paragraph', 'Copy APA', 'Dark theme', 'Reworked from Gordon Haff', 'The note’s heading', 'of 5', 'Previous', 'Back to the contents', 'Breadcrumb', '¶'];
  for (const f of fragments) for (const text of chrome) expect(f.content, `${f.url} indexes “${text}”`).not.toContain(text);
  const part2 = fragments.find((f) => f.url === '/analysis/building-into-the-os/')!;
  expect(part2.content).toContain('Viridian');
  expect(part2.content).toContain('VirtualCenter'); // footnotes are indexed
  expect(part2.content.match(/VirtualCenter/g)).toHaveLength(1); // the sidenote copy is not
});
