/**
 * What every tool's URL state shares: reading a query string, echoing what a
 * reader typed back in a notice, and the address to write back. Pure.
 */

/** The parameters of a query string, with or without its "?". Never throws: URLSearchParams decodes what it can and keeps the rest. */
export function readQuery(search: string): URLSearchParams {
  return new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
}

/** A reader's text quoted for a notice, cut at 40 characters so a hand-edited link cannot flood the page. */
export function quoted(text: string): string {
  return `“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
}

/** The address for a query: the path, "?query" unless it is empty, and the hash kept. */
export function addressWith(pathname: string, query: string, hash: string): string {
  return `${pathname}${query ? `?${query}` : ''}${hash}`;
}
