/**
 * The browser side of citing. Every citation is formatted at build time;
 * this only moves text around:
 * - access dates become today's;
 * - copy buttons copy a citation and say so;
 * - download links carry today's text;
 * - on a part, a paragraph's ¶ link opens "Cite this paragraph" (its
 *   citations come from the part's citations.json, fetched on first use);
 * - selecting words in a part offers "Copy quote with link".
 */
import { renderAccessed, today } from '../lib/accessed-date';
import type { CitationFormat } from '../lib/citation';
import { CITATION_FILES, isProseFormat } from '../lib/citation-file-types';
import { quoteWithLink } from '../lib/text-fragment';
import { el } from './dom';
import { lateStylesIn, lateStylesReady } from './late-styles-ready';

interface ParagraphCitations {
  /** The paragraph's number within its part, as cited ("§2, para. 3"). */
  paragraph: number;
  url: string;
  title: string;
  inText: string;
  formats: Record<CitationFormat, string>;
}
interface PartCitations {
  sentinel: [number, number, number];
  labels: Record<CitationFormat, string>;
  /** The part itself, for the formats its panel leaves out of the page. */
  section: { formats: Record<CitationFormat, string> };
  paragraphs: Record<string, ParagraphCitations>;
}

/** A part's citations.json, fetched once whoever asks first (the panel, a ¶ link, a quote). */
const citationFiles = new Map<string, Promise<PartCitations>>();
function partCitations(url: string): Promise<PartCitations> {
  let file = citationFiles.get(url);
  if (!file) {
    file = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: ${r.status}`);
      return r.json() as Promise<PartCitations>;
    });
    // A failed fetch may be retried on the next open.
    file.catch(() => citationFiles.delete(url));
    citationFiles.set(url, file);
  }
  return file;
}

const now = today();
const status = document.querySelector<HTMLElement>('[data-cite-status]');

function announce(message: string): void {
  if (!status) return;
  status.textContent = '';
  // A fresh text node is announced again even when the message repeats.
  requestAnimationFrame(() => (status.textContent = message));
}

async function copyText(text: string, what: string, source?: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    announce(`${what} copied`);
    source?.setAttribute('data-copied', '');
    setTimeout(() => source?.removeAttribute('data-copied'), 2000);
  } catch {
    announce(`Copying is blocked here: select the text and press Ctrl+C (⌘C on a Mac).`);
  }
}

function refreshDates(root: ParentNode): void {
  for (const span of root.querySelectorAll<HTMLElement>('[data-accessed]')) {
    span.textContent = renderAccessed(span.dataset.accessed as CitationFormat, now);
  }
}

function wireActions(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    button.hidden = false;
    button.addEventListener('click', () => {
      const target = document.getElementById(button.dataset.copy!);
      if (target) void copyText(target.textContent ?? '', `${button.dataset.copyLabel} citation`, button);
    });
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-download]')) {
    link.addEventListener('click', () => {
      const text = document.getElementById(link.dataset.download!)?.textContent ?? '';
      link.href = `data:${link.dataset.type};charset=utf-8,${encodeURIComponent(text)}`;
    });
  }
}

refreshDates(document);
wireActions(document);

// ---- Parts: the formats the panel leaves out of the page, added when it opens ----
// The part's HTML carries APA only (CitePanel.astro); the rest come from citations.json, rendered
// like CitationList.astro renders them (same ids, copy buttons, downloads with today's date).
// If the fetch fails, the panel's link to the part's citation page stays: nothing is lost.
async function completePanel(panel: HTMLDetailsElement): Promise<void> {
  const more = panel.querySelector<HTMLElement>('[data-cite-more]');
  const list = panel.querySelector<HTMLElement>('.citation-list');
  if (!more || !list || more.hidden) return;
  const data = await partCitations(more.dataset.citeMore!);
  if (more.hidden) return; // another open got there first
  const added = el('div', { className: 'citation-list-more' });
  for (const [format, text] of Object.entries(data.section.formats) as Array<[CitationFormat, string]>) {
    const id = `cite-${format}`;
    if (document.getElementById(id)) continue;
    const label = data.labels[format];
    const body = el(isProseFormat(format) ? 'p' : 'pre', { id, className: 'citation-text', textContent: withToday(data, format, text) });
    body.dataset.format = format;
    // A scrollable block must be reachable by keyboard.
    if (!isProseFormat(format)) Object.assign(body, { tabIndex: 0 });
    if (!isProseFormat(format)) body.setAttribute('aria-labelledby', `${id}-label`);
    const copy = el('button', { type: 'button', className: 'copy-button', textContent: `Copy ${label}` });
    copy.dataset.copy = id;
    copy.dataset.copyLabel = label;
    const actions = el('div', { className: 'citation-actions' }, copy);
    const file = CITATION_FILES[format];
    if (file) {
      const link = el('a', { className: 'download-link', textContent: `Download .${file.ext}`, download: `${list.dataset.fileStem}.${file.ext}` });
      link.dataset.download = id;
      link.dataset.type = file.type;
      link.href = `data:${file.type};charset=utf-8,${encodeURIComponent(body.textContent ?? '')}`;
      actions.append(link);
    }
    added.append(el('div', { className: 'citation' }, el('h3', { id: `${id}-label`, className: 'citation-format', textContent: label }), body, actions));
  }
  wireActions(added);
  list.append(...added.children);
  more.hidden = true;
}

// A link to #cite (from /cite/) opens the panel.
const panel = document.querySelector<HTMLDetailsElement>('details#cite');
if (panel) {
  panel.addEventListener('toggle', () => {
    if (panel.open) void completePanel(panel).catch(() => undefined);
  });
  if (location.hash === '#cite') panel.open = true;
  // Loaded by opening the panel (cite-boot.ts): that toggle came before this listener.
  else if (panel.open) void completePanel(panel).catch(() => undefined);
}

// ---- Parts: paragraph citations and quotes ----
const article = document.querySelector<HTMLElement>('article[data-citations]');
const load = () => partCitations(article!.dataset.citations!);

function withToday(data: PartCitations, format: CitationFormat, text: string): string {
  return text.replace(renderAccessed(format, data.sentinel), renderAccessed(format, now));
}


/** The formats offered as files, as CitationList.astro offers them. */
const DOWNLOADS: Partial<Record<CitationFormat, { ext: string; type: string }>> = {
  bibtex: { ext: 'bib', type: 'application/x-bibtex' },
  ris: { ext: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { ext: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/** "Cite this paragraph" for the paragraph `id`, from its ¶ link `opener` (also called by cite-boot.ts for the click that loaded this). */
export async function openParagraphDialog(id: string, opener: HTMLElement): Promise<void> {
  // The dialog's style is in the late stylesheets: on a slow phone they may not be in yet.
  const [data] = await Promise.all([load(), lateStylesReady()]);
  const entry = data.paragraphs[id];
  if (!entry) return;
  const dialog = el('dialog', { className: 'cite-dialog' });
  dialog.setAttribute('aria-labelledby', 'cite-dialog-title');
  const url = el('input', { readOnly: true, value: entry.url, className: 'cite-url' });
  url.setAttribute('aria-label', 'Link to this paragraph');
  const copyLink = el('button', { type: 'button', textContent: 'Copy link' });
  copyLink.addEventListener('click', () => void copyText(entry.url, 'Link', copyLink));
  const list = el('div', { className: 'citation-list' });
  for (const [format, text] of Object.entries(entry.formats) as Array<[CitationFormat, string]>) {
    const textId = `cite-dialog-${format}`;
    const block = format === 'apa' || format === 'chicago' || format === 'mla';
    const body = el(block ? 'p' : 'pre', { id: textId, className: 'citation-text', textContent: withToday(data, format, text) });
    // A scrollable block must be reachable by keyboard; its name needs a role (a plain <pre> may not carry aria-label).
    if (!block) Object.assign(body, { tabIndex: 0, role: 'group', ariaLabel: data.labels[format] });
    const copy = el('button', { type: 'button', className: 'copy-button', textContent: `Copy ${data.labels[format]}` });
    copy.dataset.copy = textId;
    copy.dataset.copyLabel = data.labels[format];
    const actions = el('div', { className: 'citation-actions' }, copy);
    // The paragraph's own URL never reaches Zotero from the page's metadata (that names the part):
    // a .ris or .bib file carries it, and Zotero imports the file whole.
    const file = DOWNLOADS[format];
    if (file) {
      const download = el('a', { className: 'download-link', textContent: `Download .${file.ext}` });
      download.download = `${location.pathname.split('/').filter(Boolean).join('-')}-${id}.${file.ext}`;
      download.href = `data:${file.type};charset=utf-8,${encodeURIComponent(body.textContent ?? '')}`;
      download.dataset.download = textId;
      download.dataset.type = file.type;
      actions.append(download);
    }
    list.append(el('div', { className: 'citation' }, el('h3', { className: 'citation-format', textContent: data.labels[format] }), body, actions));
  }
  const close = el('button', { type: 'button', className: 'cite-dialog-close', textContent: 'Close' });
  close.addEventListener('click', () => dialog.close());
  dialog.append(
    el('div', { className: 'cite-dialog-head' }, el('h2', { id: 'cite-dialog-title', textContent: 'Cite this paragraph' }), close),
    el('p', { className: 'cite-intro', textContent: entry.title }),
    el('div', { className: 'cite-link-row' }, url, copyLink),
    list,
  );
  wireActions(dialog);
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
}

if (article) {
  for (const link of article.querySelectorAll<HTMLAnchorElement>('.citable[id^="p-"] > a.self-link')) {
    link.setAttribute('aria-haspopup', 'dialog');
    link.addEventListener('click', (event) => {
      if (event.metaKey || event.ctrlKey || event.shiftKey) return;
      event.preventDefault();
      history.replaceState(null, '', link.hash);
      void openParagraphDialog(link.hash.slice(1), link);
    });
  }

  // "Copy quote with link" for a selection inside one paragraph.
  const quoteButton = el('button', { type: 'button', className: 'quote-button', textContent: 'Copy quote with link', hidden: true });
  quoteButton.dataset.pagefindIgnore = '';
  document.body.append(quoteButton);
  const selectedParagraph = (): HTMLElement | null => {
    const selection = getSelection();
    if (!selection || selection.isCollapsed || !selection.toString().trim()) return null;
    const node = selection.anchorNode;
    const paragraph = (node instanceof Element ? node : node?.parentElement)?.closest<HTMLElement>('.citable[id^="p-"]');
    return paragraph && article.contains(paragraph) ? paragraph : null;
  };
  const placeQuoteButton = () => {
    const paragraph = selectedParagraph();
    if (!paragraph) {
      if (document.activeElement !== quoteButton) quoteButton.hidden = true;
      return;
    }
    // Placed beside the selection by the late stylesheets (position: absolute): shown once they are in.
    if (!lateStylesIn()) return void lateStylesReady().then(placeQuoteButton);
    const rect = getSelection()!.getRangeAt(0).getBoundingClientRect();
    quoteButton.style.top = `${Math.round(rect.bottom + window.scrollY + 6)}px`;
    quoteButton.style.left = `${Math.round(Math.max(8, Math.min(rect.left + window.scrollX, document.documentElement.clientWidth - 220)))}px`;
    quoteButton.dataset.paragraph = paragraph.id;
    quoteButton.hidden = false;
  };
  document.addEventListener('selectionchange', placeQuoteButton);
  quoteButton.addEventListener('mousedown', (event) => event.preventDefault()); // keep the selection
  quoteButton.addEventListener('click', async () => {
    const quote = getSelection()?.toString() ?? '';
    const entry = (await load()).paragraphs[quoteButton.dataset.paragraph ?? ''];
    if (entry && quote.trim()) await copyText(quoteWithLink(quote, entry.url, entry.inText), 'Quote with link', quoteButton);
  });
}

// ---- Arriving from an older edition's citation ----
// The link names the edition it was copied from (?edition=2026-11). If the
// paragraph it points at has been reworded since, open the note that shows
// the earlier wording next to today's.
const citedEdition = new URLSearchParams(location.search).get('edition');
const anchor = decodeURIComponent(location.hash.slice(1).split(':~:')[0]);
if (citedEdition && anchor) {
  const note = document.querySelector<HTMLDetailsElement>(`details.changed-note[data-for="${CSS.escape(anchor)}"]`);
  if (note && (note.dataset.changedSince ?? '').split(' ').includes(citedEdition)) {
    note.open = true;
    note.dataset.arrived = '';
    announce(`This paragraph has been reworded since the edition your link was copied from. Both wordings are shown.`);
  }
}
