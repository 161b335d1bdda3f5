/**
 * Which pages are works a reader would cite. The others (how to cite, the
 * changelog, the tools index, about, each part's "Citing §N" page, search,
 * 404) are about the site or lead to works: they carry no citation_* or
 * Dublin Core tags and offer no "Cite this page", or Zotero and Google
 * Scholar would save junk records such as "Citing §2 …".
 *
 * Kept as one list of site paths (without the base path) so pages need not
 * opt out one by one, and the built-site test reads the same list.
 */
export const NOT_WORKS: readonly RegExp[] = [
  /^\/cite\/$/,
  /^\/changelog\/$/,
  /^\/tools\/$/,
  /^\/about\/$/,
  /^\/analysis\/[^/]+\/cite\/$/,
  /^\/search\/$/,
  /^\/404(\.html|\/)?$/,
];

/** Whether the page at this site path (base path removed) is a citable work. */
export function isCitableWork(sitePath: string): boolean {
  return !NOT_WORKS.some((re) => re.test(sitePath));
}

/** The site path of a URL path under the base path: ("/hh/about/", "/hh/") gives "/about/". */
export function sitePathOf(pathname: string, base: string): string {
  const b = base.replace(/\/$/, '');
  return b && pathname.startsWith(b) ? pathname.slice(b.length) || '/' : pathname;
}
