/**
 * Search, loaded only when a reader opens it: Pagefind's index, results as
 * you type (debounced), each page with the exact paragraphs, footnotes and
 * headings that match, filters by kind and part, and full keyboard use.
 * The same code drives the dialog (every page) and the /search/ page.
 */
import { SEARCH_DEBOUNCE_MS, hitHref, hitShows, hitsByAnchor, type PagefindFragment, type SearchKind } from '../lib/search';
import { el } from './dom';

interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  debouncedSearch(q: string, o: { filters?: Record<string, string> }, ms: number): Promise<{ results: Array<{ data(): Promise<PagefindFragment> }> } | null>;
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
  const search = async () => {
    const q = input.value.trim();
    const mine = ++run;
    onQuery?.(q);
    if (q.length < 2) {
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
    const pf = await loadPagefind(base);
    const found = await pf.debouncedSearch(q, { filters }, SEARCH_DEBOUNCE_MS);
    if (!found || mine !== run) return; // a newer query superseded this one
    const pages = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
    if (mine !== run) return;
    const items: HTMLLIElement[] = [];
    let hitsTotal = 0;
    for (const page of pages) {
      const hits = hitsByAnchor(page, q).filter((h) => hitShows(h, k, page.filters?.kind ?? []));
      if (!hits.length && (k === 'footnote' || k === 'hindsight')) continue;
      hitsTotal += hits.length;
      const title = page.meta.title ?? page.url;
      const sub = el('ul', { className: 'search-hits' });
      for (const hit of hits.slice(0, 6)) {
        const excerpt = hit.excerpt.map(([text, marked]) => (marked ? el('mark', { textContent: text }) : document.createTextNode(text)));
        const where = hit.kind === 'footnote' || !hit.section ? '' : `in “${hit.section}”`;
        sub.append(
          el('li', {}, el('a', { href: hitHref(hit, q) }, el('span', { className: 'hit-kind', textContent: `${KIND_LABEL[hit.kind]} · ` }), where ? el('span', { className: 'hit-section', textContent: `${where}: ` }) : '', ...excerpt)),
        );
      }
      const kinds = page.filters?.kind ?? [];
      const where = [page.meta.part, kinds.includes('analysis') ? 'Analysis' : kinds.includes('tool') ? 'Tool' : kinds.includes('glossary') ? 'Glossary' : 'Hindsight'].filter(Boolean).join(' · ');
      items.push(el('li', { className: 'search-result' }, el('a', { className: 'search-title', href: hits[0] ? hitHref(hits[0], q) : page.url, textContent: title }), el('p', { className: 'search-where', textContent: where }), sub));
    }
    list.replaceChildren(...items);
    status.textContent = items.length
      ? `${items.length} ${items.length === 1 ? 'page' : 'pages'}, ${hitsTotal} ${hitsTotal === 1 ? 'place' : 'places'} for “${q}”`
      : `Nothing found for “${q}”.`;
  };
  // Pagefind, its wasm and metadata load while the reader types the first letters, not after the debounce.
  void loadPagefind(base);
  input.addEventListener('input', () => void search());
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
