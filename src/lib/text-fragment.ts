/**
 * "Copy quote with link": a URL that scrolls to and highlights the quoted
 * words (a text fragment, https://wicg.github.io/scroll-to-text-fragment/),
 * and the text that goes on the clipboard. Pure; shipped to the browser.
 */

/** Percent-encodes a text directive term: encodeURIComponent plus the directive's own delimiters. */
export function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

/** Quotes longer than this are matched by their first and last words (textStart,textEnd). */
export const EXACT_LIMIT = 80;
const EDGE_WORDS = 4;

/** `text=...` for a selection: the exact words when short, else first and last words. */
export function textDirective(selection: string): string | null {
  const words = selection.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  if (!words.length) return null;
  const text = words.join(' ');
  if (text.length <= EXACT_LIMIT || words.length <= EDGE_WORDS * 2) return `text=${encodeTerm(text)}`;
  return `text=${encodeTerm(words.slice(0, EDGE_WORDS).join(' '))},${encodeTerm(words.slice(-EDGE_WORDS).join(' '))}`;
}

/**
 * The link: the cited URL (page, edition and paragraph anchor) with the text
 * directive. Browsers without text fragments fall back to the paragraph anchor.
 */
export function quoteUrl(citedUrl: string, selection: string): string {
  const directive = textDirective(selection);
  const [base, anchor = ''] = citedUrl.split('#');
  return directive ? `${base}#${anchor}:~:${directive}` : citedUrl;
}

/** What is copied: the quote in curly quotes, the in-text citation, then the link. */
export function quoteWithLink(selection: string, citedUrl: string, inText: string): string {
  const quote = selection.replace(/\s+/g, ' ').trim();
  return `“${quote}” ${inText}\n${quoteUrl(citedUrl, quote)}`;
}
