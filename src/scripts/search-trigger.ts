/**
 * On every page, and tiny: the search link in the header, the / and
 * Ctrl+K (⌘K) shortcuts, and highlighting the words a reader searched for
 * when they arrive from a result. Everything else (the dialog, Pagefind and
 * its index) is loaded only when the reader opens search. Importing
 * late-styles.ts also adds the late stylesheet once the page has loaded.
 */
import { lateStyles } from './late-styles';

const searchLink = document.querySelector<HTMLAnchorElement>('a[data-search-open]');

async function openSearch(from: Element | null) {
  // The dialog's styles are in late.css, usually in by now; a reader quicker than the page waits for them.
  const [{ openSearchDialog }] = await Promise.all([import('./search-dialog'), lateStyles()]);
  openSearchDialog(from instanceof HTMLElement ? from : searchLink);
}

searchLink?.addEventListener('click', (event) => {
  if (event.metaKey || event.ctrlKey || event.shiftKey) return;
  event.preventDefault();
  void openSearch(searchLink);
});

document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable="true"]');
  const mod = navigator.platform.startsWith('Mac') ? event.metaKey : event.ctrlKey;
  if ((event.key === '/' && !typing && !event.metaKey && !event.ctrlKey) || (event.key.toLowerCase() === 'k' && mod)) {
    if (document.querySelector('dialog.search-dialog[open]')) return;
    event.preventDefault();
    void openSearch(document.activeElement);
  }
});

if (new URLSearchParams(location.search).has('highlight')) {
  void import('./search-highlight').then((m) => m.highlightArrival());
  void lateStyles(); // the highlight's colour
}
