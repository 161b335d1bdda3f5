/**
 * APA, Chicago and MLA text from CSL-JSON, with citeproc-js (the processor
 * inside Zotero and Mendeley) and the official styles, unchanged, from
 * vendor/csl/ (see its README). Using the real processor and the real
 * styles means the text a reader copies from the site is the text their
 * reference manager prints from the site's CSL-JSON; the client tests check
 * exactly that against ../shared/csl.
 *
 * Build-time only (reads the style files).
 */
import CSL from 'citeproc';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type StyleName = 'apa' | 'chicago' | 'mla';

/** The official style file behind each of the site's three text formats. */
export const STYLE_FILES: Record<StyleName, string> = {
  apa: 'apa.csl',
  chicago: 'chicago-author-date.csl',
  mla: 'modern-language-association.csl',
};
export const LOCALE_FILE = 'locales-en-US.xml';

/** Where the vendored styles live (the repository's vendor/csl/, resolved from the working directory as the build runs). */
export function styleDir(env: Record<string, string | undefined> = process.env): string {
  return resolve(env.CSL_DIR || join('vendor', 'csl'));
}

export type CslItem = Record<string, unknown> & { id: string };

interface Engine {
  engine: InstanceType<typeof CSL.Engine>;
  items: Map<string, CslItem>;
}
const engines = new Map<string, Engine>();
let serial = 0;

function engineFor(style: StyleName, dir: string): Engine {
  const cacheKey = `${dir}\n${style}`;
  let found = engines.get(cacheKey);
  if (!found) {
    const items = new Map<string, CslItem>();
    const locale = readFileSync(join(dir, LOCALE_FILE), 'utf8');
    const sys = { retrieveLocale: () => locale, retrieveItem: (id: string) => items.get(id) };
    const engine = new CSL.Engine(sys, readFileSync(join(dir, STYLE_FILES[style]), 'utf8'), 'en-US', true);
    engine.setOutputFormat('text');
    found = { engine, items };
    engines.set(cacheKey, found);
  }
  return found;
}

/**
 * Registers `item` alone under a fresh internal id, so no earlier item can
 * be disambiguated against it ("2026a") or served from citeproc's cache.
 */
function register(e: Engine, item: CslItem): string {
  const id = `item-${++serial}`;
  e.items.clear();
  e.items.set(id, { ...item, id });
  e.engine.updateItems([id]);
  return id;
}

/** The reference-list entry for one item. */
export function bibliographyEntry(item: CslItem, style: StyleName, dir = styleDir()): string {
  const e = engineFor(style, dir);
  register(e, item);
  const result = e.engine.makeBibliography();
  if (!result) throw new Error(`The ${style} style produced no bibliography`);
  return result[1].join('').trim();
}

/** The in-text citation for one item, with an optional locator ("section" 2, "paragraph" 3). */
export function inTextEntry(item: CslItem, style: StyleName, locator?: { label: string; locator: string }, dir = styleDir()): string {
  const e = engineFor(style, dir);
  const id = register(e, item);
  return e.engine.makeCitationCluster([{ id, ...(locator ?? {}) }]).trim();
}
