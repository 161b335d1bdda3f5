/**
 * Reads the built site (dist/) for checks that need no browser: links,
 * anchors, head metadata, the citable-URL manifest, page weights.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { JSDOM } from 'jsdom';
import type { BuiltAnchors } from '../../src/lib/manifest';

export const DIST = join(import.meta.dirname, '..', '..', 'dist');

export interface BuiltPage {
  /** Site path, "/analysis/conclusion/" (or "/404.html"). */
  path: string;
  /** File on disk. */
  file: string;
  html: string;
  document: Document;
}

/** Every HTML page in the build, as site paths. */
export function builtPagePaths(dist = DIST): Array<{ path: string; file: string }> {
  const out: Array<{ path: string; file: string }> = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(full);
      } else if (name.endsWith('.html')) {
        const rel = relative(dist, full).split(sep).join('/');
        out.push({ path: rel.endsWith('index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`, file: full });
      }
    }
  };
  walk(dist);
  return out.sort((a, b) => a.path.localeCompare(b.path));
}

export function loadPage(entry: { path: string; file: string }): BuiltPage {
  const html = readFileSync(entry.file, 'utf8');
  return { ...entry, html, document: new JSDOM(html).window.document };
}

export function loadBuiltSite(dist = DIST): BuiltPage[] {
  return builtPagePaths(dist).map(loadPage);
}

/** Is this page a forwarding stub for a renamed page (content/redirects.json)? */
export function isRedirectStub(page: BuiltPage): boolean {
  return !!page.document.querySelector('meta[http-equiv="refresh"]');
}

/**
 * The anchors a reader can cite on a page: everything with a self-link
 * (headings, paragraphs, list items, table rows, editor's notes) and every
 * footnote in the notes list.
 */
export function citableAnchors(document: Document): Set<string> {
  const ids = new Set<string>();
  for (const a of document.querySelectorAll<HTMLAnchorElement>('main a.self-link[href^="#"]')) {
    const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
    if (document.getElementById(id)) ids.add(id);
  }
  for (const li of document.querySelectorAll('section[data-footnotes] li[id]')) ids.add(li.id);
  return ids;
}

/** Citable anchors of every real page (redirect stubs and the 404 page excluded). */
export function builtAnchors(pages: BuiltPage[]): BuiltAnchors {
  const map: BuiltAnchors = new Map();
  for (const page of pages) {
    if (isRedirectStub(page) || page.path === '/404.html') continue;
    map.set(page.path, citableAnchors(page.document));
  }
  return map;
}

/** A built module and every module it imports statically, each once: its site path (as in the HTML) and source. */
export function moduleGraph(entry: string, seen = new Set<string>(), dist = DIST): Array<{ file: string; code: string }> {
  if (seen.has(entry)) return [];
  seen.add(entry);
  const code = readFileSync(join(dist, entry), 'utf8');
  const dir = entry.slice(0, entry.lastIndexOf('/') + 1);
  const graph = [{ file: entry, code }];
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.\.?\/[^"']+)["']/g)) graph.push(...moduleGraph(new URL(m[1], `http://x${dir}`).pathname, seen, dist));
  return graph;
}

/** Source of a built module and of every module it imports statically, each counted once. */
export function moduleGraphBytes(entry: string, seen = new Set<string>(), dist = DIST): string {
  return moduleGraph(entry, seen, dist).map((m) => m.code).join('');
}

/** All the JavaScript a page loads: its scripts, and its islands' modules with their imports. */
export function pageJavaScript(page: BuiltPage, dist = DIST): string {
  let js = '';
  const seen = new Set<string>();
  for (const s of page.document.querySelectorAll('script')) {
    if (s.getAttribute('type') === 'application/ld+json') continue;
    const src = s.getAttribute('src');
    js += src ? moduleGraphBytes(src, seen, dist) : s.textContent;
  }
  for (const island of page.document.querySelectorAll('astro-island')) {
    js += moduleGraphBytes(island.getAttribute('component-url')!, seen, dist) + moduleGraphBytes(island.getAttribute('renderer-url')!, seen, dist);
  }
  return js;
}
