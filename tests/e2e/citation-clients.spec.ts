/**
 * Every citation the built site offers, read by the tools researchers use
 * (no browser needed: the built files are read directly):
 * - every BibTeX entry (on pages, in downloads, in the paragraph citations
 *   files) through @retorquere/bibtex-parser: no error, no warning, and no
 *   key naming two different things anywhere on the site;
 * - every CSL-JSON item against the official schema, rendered by
 *   citeproc-js with the official styles and compared with the APA, Chicago
 *   and MLA text shown beside it;
 * - every page's <meta> tags as Zotero's Embedded Metadata translator reads
 *   them (tests/support/zotero-embedded-metadata.ts);
 * - a paragraph's .bib and .ris downloads, imported back;
 * - the sitemap, robots.txt and the Atom feed.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { NOT_WORKS, isCitableWork } from '../../src/lib/citable-pages';
import { bibtex, cslSchemaProblems, readRis, renderOfficial } from '../support/citation-clients';
import { DIST, isRedirectStub, loadBuiltSite, type BuiltPage } from '../support/built-site';
import { zoteroItem } from '../support/zotero-embedded-metadata';

const pages = loadBuiltSite();
const editionsFile = JSON.parse(readFileSync(join(DIST, '..', 'content', 'editions.json'), 'utf8')) as Array<{ id: string; published: string }>;
/** The date Zotero should save: the edition's, as Highwire writes it. */
const editionDate = (id?: string) => (editionsFile.find((e) => e.id === id) ?? editionsFile[editionsFile.length - 1]).published.replaceAll('-', '/');
const indexable = (p: BuiltPage) => !p.document.querySelector('meta[name="robots"][content*="noindex"]');
const citationFiles = pages
  .filter((p) => /^\/analysis\/[^/]+\/$/.test(p.path) && !isRedirectStub(p))
  .map((p) => ({ path: `${p.path}citations.json`, data: JSON.parse(readFileSync(join(DIST, p.path, 'citations.json'), 'utf8')) }));

type Format = 'apa' | 'chicago' | 'mla' | 'bibtex' | 'ris' | 'csl-json';
interface Offered {
  where: string;
  formats: Partial<Record<Format, string>>;
}

/** Every set of citations the site offers: each citation list on each page, and each paragraph in each citations.json. */
function offeredCitations(): Offered[] {
  const out: Offered[] = [];
  for (const page of pages) {
    for (const list of page.document.querySelectorAll('.citation-list')) {
      const formats: Partial<Record<Format, string>> = {};
      for (const block of list.querySelectorAll<HTMLElement>('.citation-text[id]')) {
        const format = (block.dataset.format ?? /-(apa|chicago|mla|bibtex|ris|csl-json)$/.exec(block.id)?.[1]) as Format | undefined;
        if (format) formats[format] = block.textContent ?? '';
      }
      out.push({ where: `${page.path} ${list.querySelector('.citation-text')?.id ?? ''}`, formats });
      // The downloads carry the same text (with the build date), as files.
      for (const link of list.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
        const text = decodeURIComponent(link.getAttribute('href')!.replace(/^data:[^,]*,/, ''));
        const format = link.getAttribute('download')!.endsWith('.bib') ? 'bibtex' : link.getAttribute('download')!.endsWith('.ris') ? 'ris' : 'csl-json';
        out.push({ where: `${page.path} ${link.getAttribute('download')}`, formats: { [format]: text } });
      }
    }
  }
  for (const file of citationFiles) {
    for (const [anchor, entry] of Object.entries(file.data.paragraphs as Record<string, { formats: Record<Format, string> }>)) out.push({ where: `${file.path} ${anchor}`, formats: entry.formats });
  }
  return out;
}
const offered = offeredCitations();

test('the site offers citations in every format on its parts, paragraphs, pages and calculator', () => {
  const withBibtex = offered.filter((o) => o.formats.bibtex);
  expect(withBibtex.length).toBeGreaterThan(100);
  expect(offered.some((o) => o.where.startsWith('/tools/tco/') && o.formats.bibtex)).toBe(true);
  expect(offered.some((o) => o.where.startsWith('/editions/2026-11/') && o.formats.bibtex)).toBe(true);
  expect(offered.some((o) => o.where.includes('citations.json'))).toBe(true);
});

test('every BibTeX entry on the site parses with no error or warning, and no key names two different things', () => {
  const byKey = new Map<string, { where: string; entry: string }>();
  const problems: string[] = [];
  const distinct: string[] = [];
  for (const o of offered) {
    if (!o.formats.bibtex) continue;
    const library = bibtex(o.formats.bibtex);
    if (library.errors.length) problems.push(`${o.where}: ${JSON.stringify(library.errors)}`);
    for (const entry of library.entries) {
      // The same citation shown twice (a page and its download) differs only in its access date.
      const comparable = JSON.stringify({ ...entry.fields, urldate: undefined });
      const seen = byKey.get(entry.key);
      if (!seen) {
        byKey.set(entry.key, { where: o.where, entry: comparable });
        distinct.push(o.formats.bibtex);
      } else if (seen.entry !== comparable) problems.push(`key ${entry.key} names two things: ${seen.where} and ${o.where}`);
    }
  }
  expect(problems).toEqual([]);
  // All of them in one .bib, as a reader collecting citations would have it.
  const all = bibtex(distinct.join('\n\n'));
  expect(all.errors).toEqual([]);
  expect(all.entries.length).toBe(byKey.size);
  // One key per paragraph, per part in each edition, for the whole work and each citable page.
  const paragraphs = citationFiles.reduce((n, f) => n + Object.keys(f.data.paragraphs).length, 0);
  expect(byKey.size).toBeGreaterThanOrEqual(paragraphs + 5 + 5 + 1);
});

test('every CSL-JSON item is valid, and the official styles render it as the site shows it', () => {
  test.setTimeout(900_000); // citeproc-js builds each official style once: seconds, more on a loaded machine
  const problems: string[] = [];
  let compared = 0;
  for (const o of offered) {
    if (!o.formats['csl-json']) continue;
    const items = JSON.parse(o.formats['csl-json']);
    problems.push(...cslSchemaProblems(items).map((p) => `${o.where}: ${p}`));
    for (const style of ['apa', 'chicago', 'mla'] as const) {
      const shown = o.formats[style];
      if (shown === undefined) continue;
      const official = renderOfficial(items[0], style);
      compared++;
      if (official !== shown.trim()) problems.push(`${o.where} ${style}:\n  site:     ${shown}\n  official: ${official}`);
      if ((official.match(/Haff/g) ?? []).length !== 1) problems.push(`${o.where} ${style}: the original note is not named exactly once: ${official}`);
    }
  }
  expect(problems).toEqual([]);
  expect(compared).toBeGreaterThan(150);
});

test('Zotero’s Embedded Metadata translator saves every work as a report by one group author, with its title, date, publisher and URL', () => {
  const problems: string[] = [];
  let works = 0;
  for (const page of pages) {
    if (isRedirectStub(page) || !indexable(page)) continue;
    const item = zoteroItem(page.document);
    const canonical = page.document.querySelector('link[rel="canonical"]')?.getAttribute('href');
    if (!isCitableWork(page.path)) {
      if (page.document.querySelector('meta[name^="citation_"], meta[name^="DC."]')) problems.push(`${page.path}: not a work, yet carries citation metadata`);
      if (item) problems.push(`${page.path}: Zotero would save it as a ${item.itemType}`);
      continue;
    }
    works++;
    if (!item) {
      problems.push(`${page.path}: no item`);
      continue;
    }
    const expectedDate = editionDate(/^\/editions\/(\d{4}-\d{2})\//.exec(page.path)?.[1]);
    if (item.itemType !== 'report') problems.push(`${page.path}: item type ${item.itemType}`);
    if (JSON.stringify(item.creators) !== JSON.stringify([{ lastName: 'Hypervisor Home project', fieldMode: 1, creatorType: 'author' }])) problems.push(`${page.path}: creators ${JSON.stringify(item.creators)}`);
    if (!item.title || /^Citing /.test(item.title)) problems.push(`${page.path}: title ${item.title}`);
    if (item.date !== expectedDate) problems.push(`${page.path}: date ${item.date}, edition's ${expectedDate}`);
    if (item.publisher !== 'Hypervisor Home project' || item.institution !== 'Hypervisor Home project') problems.push(`${page.path}: publisher ${item.publisher} / ${item.institution}`);
    if (item.url !== canonical) problems.push(`${page.path}: URL ${item.url}, canonical ${canonical}`);
    if (item.reportType) problems.push(`${page.path}: report type "${item.reportType}" would print in APA`);
    // The part's title as cited: "§2 Building into the OS".
    if (/^\/analysis\/[^/]+\/$/.test(page.path) && !/^§\d /.test(item.title ?? '')) problems.push(`${page.path}: part title ${item.title}`);
  }
  expect(problems).toEqual([]);
  expect(works).toBeGreaterThanOrEqual(15);
  // The list of non-works names real pages.
  for (const re of NOT_WORKS) expect(pages.some((p) => re.test(p.path)), String(re)).toBe(true);
});

test('a paragraph’s .bib and .ris downloads import with author, title, site, edition, URL with anchor and access date', () => {
  const page = pages.find((p) => p.path === '/analysis/building-into-the-os/cite/')!;
  const download = (ext: string) => {
    const link = page.document.querySelector<HTMLAnchorElement>(`#cite-p-control a[download$=".${ext}"]`)!;
    return decodeURIComponent(link.getAttribute('href')!.replace(/^data:[^,]*,/, ''));
  };
  const number = page.document.querySelector('#cite-p-control-title a')!.textContent!.replace('Paragraph ', '');
  const part = pages.find((p) => p.path === '/analysis/building-into-the-os/')!;
  expect(part.document.querySelector('#p-control .para-number')!.textContent).toBe(number);
  const today = page.document.querySelector('#cite-p-control-bibtex [data-accessed]')!.textContent!;

  const [bib] = bibtex(download('bib')).entries;
  expect(bib.fields.author).toEqual([{ name: 'Hypervisor Home project' }]);
  expect(bib.fields.title).toBe(`§2 Building into the OS, para. ${number}`);
  expect(bib.fields.note).toMatch(/Hypervisor Home, reworked, December 2026 edition/);
  expect(bib.fields.url).toBe('http://127.0.0.1:4321/analysis/building-into-the-os/?edition=2026-12#p-control');
  expect(bib.fields.urldate).toBe(today);

  const risText = download('ris');
  expect(risText).toMatch(/^TY {2}- RPRT\r\n[\s\S]*\r\nER {2}- \r\n$/);
  const [ris] = readRis(risText);
  expect(ris.author).toEqual([{ family: 'Hypervisor Home project', given: '' }]);
  expect(ris.title).toBe(`§2 Building into the OS, para. ${number}`);
  expect(ris['container-title'] ?? ris['collection-title']).toBe('Hypervisor Home, reworked');
  expect(ris.edition).toBe('December 2026 edition');
  expect(ris.URL).toBe('http://127.0.0.1:4321/analysis/building-into-the-os/?edition=2026-12#p-control');
  expect((ris.accessed as { 'date-parts': number[][] })['date-parts'][0].map((n) => String(n).padStart(2, '0')).join('-')).toBe(today);
});

test('the sitemap lists every indexable page, past editions included, and robots.txt points to it', () => {
  const sitemap = readFileSync(join(DIST, 'sitemap.xml'), 'utf8');
  const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
  const expected = pages.filter((p) => !isRedirectStub(p) && indexable(p)).map((p) => p.document.querySelector('link[rel="canonical"]')!.getAttribute('href'));
  expect(new Set(locs)).toEqual(new Set(expected));
  expect(locs).toContain('http://127.0.0.1:4321/editions/2026-11/analysis/building-into-the-os/');
  expect(locs).not.toContain('http://127.0.0.1:4321/404.html');
  expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain('Sitemap: http://127.0.0.1:4321/sitemap.xml');
});

test('the Atom feed has one entry per edition, with what changed, linked from every page', () => {
  expect(existsSync(join(DIST, 'changelog.atom'))).toBe(true);
  const feed = new JSDOM(readFileSync(join(DIST, 'changelog.atom'), 'utf8'), { contentType: 'application/xml' }).window.document;
  const editions = JSON.parse(readFileSync(join(DIST, '..', 'content', 'editions.json'), 'utf8')) as Array<{ id: string; label: string; changes: string[] }>;
  const entries = [...feed.querySelectorAll('entry')];
  expect(entries.map((e) => e.querySelector('title')!.textContent).sort()).toEqual(editions.map((e) => e.label).sort());
  for (const edition of editions) {
    const entry = entries.find((e) => e.querySelector('title')!.textContent === edition.label)!;
    const content = JSDOM.fragment(entry.querySelector('content')!.textContent!).textContent;
    for (const change of edition.changes) expect(content).toContain(change);
  }
  const home = pages.find((p) => p.path === '/')!;
  expect(home.document.querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href')).toBe('/changelog.atom');
});
