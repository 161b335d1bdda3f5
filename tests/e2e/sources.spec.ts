/**
 * Issue 16, sources as links: every source named on a built page is a link to
 * the original and to its archived copy (or says why it has none), and
 * /sources/ lists each source with every place that uses it, by links that
 * land. Reads the built HTML (no browser) for the walk over every page; a
 * browser for the reader's path from a price to its source.
 */
import { test, expect } from '@playwright/test';
import sourcesData from '../../content/data/sources.json' with { type: 'json' };
import { sourcesFileSchema } from '../../src/lib/sources';
import { loadBuiltSite } from '../support/built-site';

const SOURCES = sourcesFileSchema.parse(sourcesData).sources;
const pages = loadBuiltSite();
const byPath = new Map(pages.map((p) => [p.path, p]));

/** Text of a page outside links and outside elements that name a source, script and style excluded. */
function unlinkedText(document: Document): string {
  const out: string[] = [];
  const walker = document.createTreeWalker(document.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // A "reworded since" note quotes another edition's wording as plain text; the wording itself is one link away.
    if (parent?.closest('a, dfn, [data-source-id], script, style, template, .changed-note')) continue;
    out.push(node.textContent ?? '');
  }
  return out.join(' ').replace(/\s+/g, ' ');
}

test.describe('every named source is a link', () => {
  for (const page of pages) {
    test(`on ${page.path}`, () => {
      const named = [...page.document.querySelectorAll('[data-source-id]')];
      for (const el of named) {
        const id = el.getAttribute('data-source-id')!;
        const source = SOURCES.find((s) => s.id === id);
        expect(source, `${page.path}: unknown source ${id}`).toBeDefined();
        const links = [...(el.matches('a') ? [el] : []), ...el.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? '');
        if (source!.url) expect(links, `${page.path}: ${id} links to its original`).toContain(source!.url);
        else {
          expect(el.hasAttribute('data-no-link'), `${page.path}: ${id} is marked as having no link`).toBe(true);
          expect(links.some((h) => h.endsWith(`/sources/#source-${id}`)), `${page.path}: ${id} says why it has no link`).toBe(true);
        }
        // A full citation carries the archived copy too, and so does each entry in the matrix's list of sources.
        if (source!.url && ((el.matches('.source-cite') && el.querySelector('.source-archived')) || el.matches('.matrix-refs li')))
          expect(links, `${page.path}: ${id} links to its archived copy`).toContain(source!.archived);
      }
      // No source's own title stands in the text without its link. Titles of under four words are mostly names of
      // things ("VMware Infrastructure", "Hardware Management Console") that the text rightly uses as words;
      // bracketed titles are our descriptions.
      const text = unlinkedText(page.document);
      if (page.path !== '/sources/')
        for (const s of SOURCES)
          if (!s.title.startsWith('[') && s.title.split(/\s+/).length >= 4)
            expect(text.includes(s.title), `${page.path} names “${s.title}” without a link`).toBe(false);
    });
  }

  test('the pages that name sources do so through the one component or the matrix, and mark links that leave the site', () => {
    for (const path of ['/hindsight/', '/glossary/', '/tools/matrix/', '/tools/tco/', '/changelog/', '/analysis/the-independents/']) {
      const document = byPath.get(path)!.document;
      expect(document.querySelectorAll('[data-source-id]').length, path).toBeGreaterThan(0);
      for (const a of document.querySelectorAll('[data-source-id] a[href^="http"], a[data-source-id][href^="http"]')) {
        // In its words (hidden text) or, in the matrix's long list of sources, in its accessible description.
        const described = a.getAttribute('aria-describedby');
        const says = described ? document.getElementById(described)?.textContent : a.textContent;
        expect(says, `${path}: ${a.getAttribute('href')} says it leaves the site`).toMatch(/leaves this site/);
      }
    }
    // Every event on /hindsight/ names at least one source as a link to its original.
    const events = byPath.get('/hindsight/')!.document.querySelectorAll('.event-list > li');
    expect(events.length).toBeGreaterThan(40);
    for (const li of events) expect(li.querySelector('.source a[href^="http"]'), li.id).not.toBeNull();
  });
});

test.describe('/sources/', () => {
  const document = byPath.get('/sources/')!.document;

  test('lists every source once, with a stable anchor, when we checked it and what we rely on it for', () => {
    const entries = [...document.querySelectorAll('.source-entry')];
    expect(entries.map((e) => e.id).sort()).toEqual(SOURCES.map((s) => `source-${s.id}`).sort());
    for (const s of SOURCES) {
      const entry = document.getElementById(`source-${s.id}`)!;
      expect(entry.textContent, s.id).toContain(s.checked ? 'Checked ' : `No link: ${s.noLink}`);
      expect(entry.textContent, s.id).toContain(s.supports);
    }
  });

  test('lists, under each source, every place that uses it, and every such link lands', () => {
    let uses = 0;
    for (const s of SOURCES) {
      const links = [...document.querySelectorAll(`#source-${s.id} .source-entry-uses a`)];
      expect(links.length, `${s.id} is used somewhere`).toBeGreaterThan(0);
      for (const a of links) {
        uses++;
        const [path, anchor] = (a.getAttribute('href') ?? '').split('#');
        const target = byPath.get(path);
        expect(target, `${s.id}: ${path} is a built page`).toBeDefined();
        if (anchor) expect(target!.document.getElementById(anchor), `${s.id}: #${anchor} on ${path}`).not.toBeNull();
      }
    }
    expect(uses).toBeGreaterThan(SOURCES.length);
    // A source the glossary, a hindsight event and the matrix share lists all three.
    const hyperV = [...document.querySelectorAll('#source-wikipedia-hyper-v .source-entry-uses a')].map((a) => a.getAttribute('href'));
    expect(hyperV).toEqual(expect.arrayContaining(['/hindsight/#event-hyper-v-server-free', '/hindsight/#event-hyper-v-server-2019-last']));
  });

  test('is linked from every page’s footer', () => {
    for (const path of ['/', '/analysis/conclusion/', '/tools/tco/']) expect(byPath.get(path)!.document.querySelector('.site-footer a[href="/sources/"]'), path).not.toBeNull();
  });
});

for (const javaScriptEnabled of [true, false]) {
  test.describe(`from a price to its source, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });
    test('the field’s help leads to the price’s sources, each linked to the original', async ({ page }) => {
      await page.goto('/tools/tco/');
      // The independent hypervisor's inputs sit in a group that starts closed.
      const group = page.locator('details', { has: page.locator('#tco-indHvPrice') }).last();
      if (!(await group.evaluate((d) => (d as HTMLDetailsElement).open))) await group.locator(':scope > summary').click();
      const help = page.locator('#tco-indHvPrice-help a');
      await expect(help).toHaveAttribute('href', /^#prices-/);
      const target = (await help.getAttribute('href'))!;
      await help.click();
      await expect(page).toHaveURL(new RegExp(`${target}$`));
      const entry = page.locator(target);
      await expect(entry).toBeInViewport();
      await expect(entry.locator('a.external-link').first()).toHaveAttribute('href', /^https?:\/\//);
    });
  });
}
