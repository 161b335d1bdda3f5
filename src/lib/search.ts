/**
 * From a Pagefind result to the exact paragraph: Pagefind reports the word
 * positions of the matches and the position of every element with an id
 * (`anchors`); each match belongs to the last anchor before it. Pure.
 */

export interface PagefindAnchor {
  element: string;
  id: string;
  text?: string;
  /** Word position where the element starts. */
  location: number;
}

export interface PagefindFragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  anchors: PagefindAnchor[];
  /** Word positions of the matches. */
  locations: number[];
}

/**
 * How long the dialog waits after the last keystroke before it searches
 * (src/scripts/search-dialog.ts). Shared with the bench, which times results
 * from the end of this wait.
 */
export const SEARCH_DEBOUNCE_MS = 150;

export type HitKind = 'paragraph' | 'footnote' | 'heading' | 'note' | 'hindsight' | 'table' | 'matrix-cell' | 'matrix-row' | 'figure' | 'term';

/** What an anchor is, from the site's id conventions (content/README.md). */
export function kindOfAnchor(id: string): HitKind {
  if (id.startsWith('fn-')) return 'footnote';
  if (id.startsWith('table-')) return 'table';
  if (id.startsWith('p-') || id.startsWith('point-')) return 'paragraph';
  if (id.startsWith('ed-')) return 'note';
  if (id.startsWith('hs-')) return 'hindsight';
  if (id.startsWith('cell-')) return 'matrix-cell';
  if (id.startsWith('row-')) return 'matrix-row';
  if (id.startsWith('fig-')) return 'figure';
  if (id.startsWith('term-')) return 'term';
  return 'heading';
}

export interface Hit {
  id: string;
  /** Word position of the first match inside this anchor: where its excerpt is cut from the page's text. */
  location: number;
  kind: HitKind;
  /** The page URL with the anchor. */
  url: string;
  /** Matches inside this anchor. */
  count: number;
  /** The heading of the section the anchor is in ("" before the first heading); for a matrix cell or row, its name ("KVM, Device drivers"). */
  section: string;
}

const EXCERPT_BEFORE = 8;
const EXCERPT_AFTER = 16;

/** Words of the query, lower-cased, for marking matches in an excerpt. */
export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t.length > 1);
}

/** A term without a common English ending, as Pagefind's stemming matches it: "drivers" → "driver". */
function stem(term: string): string {
  return term.length > 4 ? term.replace(/(ing|ed|es|s)$/, '') : term;
}

/** Whether a word (or a part of a hyphenated word) is a match for one of the terms. */
function isMatch(word: string, terms: string[]): boolean {
  const parts = word.toLowerCase().split('-').map((p) => p.replace(/[^\p{L}\p{N}]/gu, ''));
  return terms.some((t) => parts.some((p) => p.length > 0 && p.startsWith(stem(t))));
}

/** The words around `location`, each marked if it matches a term; `content` is the page's text, or its words already split. */
export function excerptAround(content: string | string[], location: number, terms: string[]): Array<[string, boolean]> {
  const words = typeof content === 'string' ? content.split(/\s+/).filter(Boolean) : content;
  const start = Math.max(0, location - EXCERPT_BEFORE);
  const end = Math.min(words.length, location + EXCERPT_AFTER);
  const pieces: Array<[string, boolean]> = [];
  if (start > 0) pieces.push(['… ', false]);
  words.slice(start, end).forEach((w, i) => {
    pieces.push([w, isMatch(w, terms)]);
    if (i < end - start - 1) pieces.push([' ', false]);
  });
  if (end < words.length) pieces.push([' …', false]);
  // Merge neighbours of the same kind, so the result has few nodes.
  return pieces.reduce<Array<[string, boolean]>>((acc, p) => {
    const last = acc[acc.length - 1];
    if (last && last[1] === p[1] && !p[1]) last[0] += p[0];
    else acc.push([...p]);
    return acc;
  }, []);
}

/**
 * The name of a matrix cell or row from the page's own anchors: a cell
 * `cell-<subject>-<criterion>` is "<column header>, <row header>" (the
 * headers are anchors `col-<subject>` and `row-<criterion>` whose text
 * Pagefind records); ids hold hyphens, so the pair is looked up, not split.
 */
export function matrixPlaceName(anchors: PagefindAnchor[], id: string): string | undefined {
  const text = (a: PagefindAnchor) => (a.text ?? '').trim();
  const rows = anchors.filter((a) => a.id.startsWith('row-') && text(a));
  if (id.startsWith('row-')) return rows.find((r) => r.id === id) && text(rows.find((r) => r.id === id)!);
  for (const col of anchors.filter((a) => a.id.startsWith('col-') && text(a))) {
    const subject = col.id.slice(4);
    const row = rows.find((r) => id === `cell-${subject}-${r.id.slice(4)}`);
    if (row) return `${text(col)}, ${text(row)}`;
  }
  return undefined;
}

/** What finding the hits on a page takes: its address, its anchors, the matches (not its text: excerptAround cuts the excerpts once it arrives). */
export interface PageMatches {
  url: string;
  anchors: PagefindAnchor[];
  /** Word positions of the matches (a Pagefind result's `words`, or its fragment's `locations`). */
  locations: number[];
}

/**
 * The anchors of a page that contain matches, in page order (each hit's
 * excerpt is excerptAround at its location, once the page's text is in). Matches before the first anchor (the title) are left out. A
 * matrix cell or row is named by its headers, not by the heading above the
 * table ("How to read it").
 */
export function hitsByAnchor(page: PageMatches): Hit[] {
  const anchors = [...page.anchors].sort((a, b) => a.location - b.location);
  const hits = new Map<string, Hit>();
  for (const loc of [...page.locations].sort((a, b) => a - b)) {
    let owner: PagefindAnchor | undefined;
    let section = '';
    for (const a of anchors) {
      if (a.location > loc) break;
      owner = a;
      if (/^h[2-4]$/.test(a.element)) section = a.text ?? '';
    }
    if (!owner) continue;
    const hit = hits.get(owner.id);
    if (hit) hit.count++;
    else {
      const [path] = page.url.split('#');
      const kind = kindOfAnchor(owner.id);
      const place = kind === 'matrix-cell' || kind === 'matrix-row' ? matrixPlaceName(anchors, owner.id) : undefined;
      hits.set(owner.id, { id: owner.id, location: loc, kind, url: `${path}#${owner.id}`, count: 1, section: place ?? section });
    }
  }
  return [...hits.values()];
}

/**
 * What the search needs to know of an indexed page before it has fetched
 * the page's fragment: the page's address, title and filters, and its
 * anchors (with the text only of those that name a place: the headings h2
 * to h4, the matrix's row and column headers). One small file holds every
 * page's (written after the index, src/integrations/pagefind.ts), so a
 * query names all its pages and places at once and fetches a page's text,
 * for the excerpts, only when the result is on screen (issue 15).
 */
export interface SearchPage {
  url: string;
  meta: Record<string, string>;
  filters?: Record<string, string[]>;
  /** [id, location] or, for a place with a name, [id, location, element, text]. */
  anchors: Array<[string, number] | [string, number, string, string]>;
}

/** Whether an anchor's text is read by hitsByAnchor: a section heading or a matrix header. */
function namesAPlace(a: PagefindAnchor): boolean {
  return /^h[2-4]$/.test(a.element) || a.id.startsWith('row-') || a.id.startsWith('col-');
}

/** A fragment's entry in the search's page list: everything but the text. */
export function searchPageOf(fragment: PagefindFragment): SearchPage {
  return {
    url: fragment.url,
    meta: fragment.meta,
    ...(fragment.filters ? { filters: fragment.filters } : {}),
    anchors: [...fragment.anchors]
      .sort((a, b) => a.location - b.location)
      .map((a) => (namesAPlace(a) ? [a.id, a.location, a.element, (a.text ?? '').trim()] : [a.id, a.location])),
  };
}

/** The anchors of a page-list entry, as hitsByAnchor reads them. */
export function anchorsOf(page: SearchPage): PagefindAnchor[] {
  return page.anchors.map(([id, location, element = '', text]) => ({ id, location, element, ...(text === undefined ? {} : { text }) }));
}

/** Kinds a reader can filter by: whole results (analysis, tool) or the kind of place inside them (footnote). */
export type SearchKind = 'all' | 'analysis' | 'footnote' | 'hindsight' | 'tool' | 'glossary';

/**
 * Whether a hit shows under a kind filter. Footnotes and hindsight notes sit
 * inside analysis pages, so those filters also pick places within a page;
 * on the hindsight page itself every place counts.
 */
export function hitShows(hit: Hit, kind: SearchKind, pageKinds: string[] = []): boolean {
  if (kind === 'footnote') return hit.kind === 'footnote';
  if (kind === 'hindsight') return hit.kind === 'hindsight' || !pageKinds.includes('analysis');
  return true;
}

/** The link to a hit, carrying the words to highlight on arrival. */
export function hitHref(hit: Hit, query: string): string {
  const [path, anchor] = hit.url.split('#');
  const sep = path.includes('?') ? '&' : '?';
  return `${path}${sep}highlight=${encodeURIComponent(queryTerms(query).join(' '))}#${anchor}`;
}
