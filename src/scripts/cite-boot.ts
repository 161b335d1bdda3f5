/**
 * Loads cite.ts (copying, downloads with today's date, paragraph citations,
 * quotes; 2.7 KB gzip) when a page needs it rather than with every page
 * that has a "Cite this" panel (issue 15: a part read to the end without
 * touching anything fetches little script):
 * - at once where citations are on show (a citation page), where a link
 *   opens the panel (#cite), or where a reader arrives from an older
 *   edition's link (?edition=, which may open a "Reworded since" note);
 * - otherwise at the reader's first move toward citing: opening the panel,
 *   a paragraph's ¶ link (which then opens "Cite this paragraph"), or
 *   selecting words in a paragraph (which then offers "Copy quote with link").
 */
let cite: Promise<typeof import('./cite')> | undefined;
const load = () => (cite ??= import('./cite'));

const shown = [...document.querySelectorAll('.citation-list')].some((list) => !list.closest('details:not([open])'));
if (shown || location.hash === '#cite' || new URLSearchParams(location.search).has('edition')) void load();
else {
  document.querySelector('details#cite')?.addEventListener('toggle', () => void load(), { once: true });
  const article = document.querySelector<HTMLElement>('article[data-citations]');
  if (article) {
    const paragraphLinks = article.querySelectorAll<HTMLAnchorElement>('.citable[id^="p-"] > a.self-link');
    for (const link of paragraphLinks) link.setAttribute('aria-haspopup', 'dialog');
    // Once cite.ts runs, its own listeners on the links handle (and prevent) the click first.
    article.addEventListener('click', (event) => {
      const link = (event.target as Element).closest<HTMLAnchorElement>('.citable[id^="p-"] > a.self-link');
      if (!link || event.defaultPrevented || event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      history.replaceState(null, '', link.hash);
      void load().then((m) => m.openParagraphDialog(link.hash.slice(1), link));
    });
    const onSelect = () => {
      const node = getSelection()?.anchorNode;
      if (getSelection()?.isCollapsed || !node || !article.contains(node)) return;
      document.removeEventListener('selectionchange', onSelect);
      // cite.ts reads the selection as it stands once it is listening.
      void load().then(() => document.dispatchEvent(new Event('selectionchange')));
    };
    document.addEventListener('selectionchange', onSelect);
  }
}
