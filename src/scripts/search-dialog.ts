/**
 * Search, loaded only when a reader opens it: Pagefind's index, results as
 * you type (debounced), each page with the exact paragraphs, footnotes and
 * headings that match, filters by kind and part, and full keyboard use.
 * The same code drives the dialog (every page) and the /search/ page.
 */
import { SEARCH_DEBOUNCE_MS, anchorsOf, excerptAround, hitHref, hitShows, hitsByAnchor, queryTerms, type Hit, type PagefindFragment, type SearchKind, type SearchPage } from '../lib/search';
import { el } from './dom';

interface PagefindResult {
  /** The page's hash, the key of its fragment and of its entry in the page list. */
  id: string;
  /** Word positions of the matches. */
  words: number[];
  data(): Promise<PagefindFragment>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(q: string, o: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] }>;
  preload(q: string): Promise<void>;
}

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(base: string): Promise<Pagefind> {
  pagefind ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
    // noWorker: the index is small enough to search on the main thread in a few ms, and the worker's
    // script would add 12 KB gzip to the first query (issue 15).
    await pf.options({ baseUrl: base, noWorker: true });
    await pf.init();
    return pf;
  })();
  return pagefind;
}

/**
 * Every indexed page's address, title, filters and anchors (src/lib/search.ts, SearchPage), so a
 * query lists its pages and places without fetching each page's fragment. If the list cannot be
 * read, or lacks a page (a list older than the index), that page's fragment is read instead.
 */
let pageList: Promise<Record<string, SearchPage>> | undefined;
function loadPageList(base: string): Promise<Record<string, SearchPage>> {
  pageList ??= fetch(`${base}pagefind/search-pages.json`)
    .then((r) => (r.ok ? (r.json() as Promise<Record<string, SearchPage>>) : {}))
    .catch(() => ({}));
  return pageList;
}

const KIND_LABEL = { paragraph: 'Paragraph', footnote: 'Footnote', heading: 'Section', note: 'Editor’s note', hindsight: 'Hindsight', table: 'Table row', 'matrix-cell': 'Matrix cell', 'matrix-row': 'Matrix row', figure: 'Figure', term: 'Glossary' } as const;


function select(id: string, label: string, options: Array<[string, string]>) {
  const s = el('select', { id });
  for (const [value, text] of options) s.append(el('option', { value, textContent: text }));
  return el('label', { className: 'search-filter' }, `${label} `, s);
}

/** Builds the search form and results inside `root`; returns the input. */
export function mountSearch(root: HTMLElement, base: string, { initialQuery = '', onQuery }: { initialQuery?: string; onQuery?: (q: string) => void } = {}) {
  const input = el('input', { id: 'search-input', type: 'search', autocomplete: 'off', placeholder: 'Search the analysis, notes and tools', value: initialQuery });
  input.setAttribute('aria-describedby', 'search-status');
  input.setAttribute('aria-controls', 'search-results');
  const kind = select('search-kind', 'Show', [['all', 'Everything'], ['analysis', 'The analysis'], ['footnote', 'Footnotes only'], ['hindsight', 'Hindsight'], ['tool', 'Tools'], ['glossary', 'Glossary']]);
  const part = select('search-part', 'Part', [['', 'All parts'], ...[1, 2, 3, 4, 5].map((n): [string, string] => [`§${n}`, `§${n}`])]);
  const status = el('p', { id: 'search-status', className: 'search-status' });
  status.setAttribute('role', 'status');
  const list = el('ol', { id: 'search-results', className: 'search-results' });
  root.append(
    el('label', { htmlFor: 'search-input', className: 'visually-hidden', textContent: 'Search the site' }),
    input,
    el('div', { className: 'search-filters' }, kind, part),
    status,
    list,
  );
  const kindSelect = kind.querySelector('select')!;
  const partSelect = part.querySelector('select')!;

  let run = 0;
  let onScreen: IntersectionObserver | undefined;
  const search = async () => {
    const q = input.value.trim();
    const mine = ++run;
    onQuery?.(q);
    if (q.length < 2) {
      onScreen?.disconnect();
      list.replaceChildren();
      status.textContent = q ? 'Type at least two letters.' : '';
      return;
    }
    const filters: Record<string, string> = {};
    const k = kindSelect.value as SearchKind;
    if (k === 'analysis' || k === 'footnote') filters.kind = 'analysis';
    if (k === 'tool') filters.kind = 'tool';
    if (k === 'hindsight') filters.kind = 'hindsight';
    if (k === 'glossary') filters.kind = 'glossary';
    if (partSelect.value) filters.part = partSelect.value;
    const [pf, pages] = await Promise.all([loadPagefind(base), loadPageList(base)]);
    if (mine !== run) return; // a newer query superseded this one
    const found = await pf.search(q, { filters });
    if (mine !== run) return;
    // Each page and its places, from the page list (or, failing that, the page's fragment).
    const results = await Promise.all(
      found.results.slice(0, 10).map(async (result) => {
        const known = pages[result.id];
        const fragment = known ? undefined : await result.data();
        const page = known ? { ...known, anchors: anchorsOf(known) } : fragment!;
        const hits = hitsByAnchor({ url: page.url, anchors: page.anchors, locations: result.words }).filter((h) => hitShows(h, k, page.filters?.kind ?? []));
        return { result, page, hits, fragment };
      }),
    );
    if (mine !== run) return;
    const shown = results.filter((r) => r.hits.length || (k !== 'footnote' && k !== 'hindsight'));
    // The list shows at once: pages, places and links come from the page list. A result's excerpts need
    // its page's text, fetched as the result comes into view (the first ones at once).
    const terms = queryTerms(q);
    onScreen?.disconnect();
    const fillers = new Map<Element, () => void>();
    onScreen = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        onScreen?.unobserve(entry.target);
        fillers.get(entry.target)?.();
      }
    });
    const items: HTMLLIElement[] = [];
    let hitsTotal = 0;
    for (const { result, page, hits, fragment } of shown) {
      hitsTotal += hits.length;
      const title = page.meta.title ?? page.url;
      const sub = el('ul', { className: 'search-hits' });
      const excerpts: Array<[Hit, HTMLElement]> = [];
      for (const hit of hits.slice(0, 6)) {
        const where = hit.kind === 'footnote' || !hit.section ? '' : `in “${hit.section}”`;
        const excerpt = el('span', { className: 'hit-excerpt' });
        excerpts.push([hit, excerpt]);
        sub.append(
          el('li', {}, el('a', { href: hitHref(hit, q) }, el('span', { className: 'hit-kind', textContent: `${KIND_LABEL[hit.kind]} · ` }), where ? el('span', { className: 'hit-section', textContent: `${where}: ` }) : '', excerpt)),
        );
      }
      const fill = (text: string) => {
        const words = text.split(/\s+/).filter(Boolean);
        for (const [hit, span] of excerpts) {
          span.replaceChildren(...excerptAround(words, hit.location, terms).map(([piece, marked]) => (marked ? el('mark', { textContent: piece }) : document.createTextNode(piece))));
        }
      };
      const kinds = page.filters?.kind ?? [];
      const where = [page.meta.part, kinds.includes('analysis') ? 'Analysis' : kinds.includes('tool') ? 'Tool' : kinds.includes('glossary') ? 'Glossary' : 'Hindsight'].filter(Boolean).join(' · ');
      const item = el('li', { className: 'search-result' }, el('a', { className: 'search-title', href: hits[0] ? hitHref(hits[0], q) : page.url, textContent: title }), el('p', { className: 'search-where', textContent: where }), sub);
      if (fragment) fill(fragment.content);
      else if (excerpts.length) {
        fillers.set(item, () => {
          if (mine === run) void result.data().then((f) => mine === run && fill(f.content));
        });
        onScreen.observe(item);
      }
      items.push(item);
    }
    list.replaceChildren(...items);
    status.textContent = items.length
      ? `${items.length} ${items.length === 1 ? 'page' : 'pages'}, ${hitsTotal} ${hitsTotal === 1 ? 'place' : 'places'} for “${q}”`
      : `Nothing found for “${q}”.`;
  };
  // The search runs once the reader pauses (SEARCH_DEBOUNCE_MS). A keystroke also stops a search still
  // under way, before it fetches any page's text for a query the reader has gone past. Meanwhile the
  // index chunks for the words typed so far come in, so the search has them when the pause ends: words
  // of three letters or more only. (Pagefind's own debouncedSearch preloads every prefix, and "management s"
  // fetched every chunk of words in "s".)
  let pause = 0;
  let ready: Pagefind | undefined;
  void loadPagefind(base).then((pf) => (ready = pf));
  const searchSoon = () => {
    window.clearTimeout(pause);
    run++;
    pause = window.setTimeout(() => void search(), SEARCH_DEBOUNCE_MS);
    const words = input.value.split(/\s+/).filter((w) => w.length >= 3);
    if (words.length) void ready?.preload(words.join(' '));
  };
  // Pagefind (above), its wasm and metadata, and the page list load while the reader types the first letters.
  void loadPageList(base);
  input.addEventListener('input', searchSoon);
  kindSelect.addEventListener('change', () => void search());
  partSelect.addEventListener('change', () => void search());

  // Arrow keys move between the box and the result links; Enter opens a link.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const stops = [input, ...list.querySelectorAll<HTMLAnchorElement>('a')];
    const at = stops.indexOf(document.activeElement as HTMLInputElement);
    if (at < 0) return;
    event.preventDefault();
    stops[Math.max(0, Math.min(stops.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
  if (initialQuery) void search();
  return input;
}

let dialog: HTMLDialogElement | undefined;
let returnFocus: HTMLElement | null = null;

export function openSearchDialog(from: HTMLElement | null): void {
  if (dialog?.open) return;
  // Focus goes back where it was when the dialog closes (the page itself if nothing had focus).
  returnFocus = from && from !== document.body ? from : null;
  if (!dialog) {
    const base = document.querySelector<HTMLElement>('[data-search-open]')?.dataset.base ?? '/';
    dialog = el('dialog', { className: 'search-dialog' });
    dialog.setAttribute('aria-label', 'Search');
    dialog.dataset.pagefindIgnore = '';
    const close = el('button', { type: 'button', className: 'search-close', textContent: 'Close' });
    close.addEventListener('click', () => dialog!.close());
    const body = el('div', { className: 'search-body' });
    dialog.append(el('div', { className: 'search-head' }, el('h2', { textContent: 'Search' }), close), body);
    mountSearch(body, base);
    const d = dialog;
    // Esc closes the dialog at once: in a search box the browser's first Esc would only clear the text.
    d.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || event.isComposing) return;
      event.preventDefault();
      d.close();
    });
    // A click on the backdrop (outside the dialog's box; the dialog itself is the target) closes it.
    d.addEventListener('click', (event) => {
      if (event.target !== d) return;
      const box = d.getBoundingClientRect();
      const inside = event.clientX >= box.left && event.clientX <= box.right && event.clientY >= box.top && event.clientY <= box.bottom;
      if (!inside) d.close();
    });
    d.addEventListener('close', () => {
      if (returnFocus?.isConnected) returnFocus.focus();
    });
    document.body.append(dialog);
  }
  dialog.showModal();
  dialog.querySelector<HTMLInputElement>('#search-input')!.focus();
}
