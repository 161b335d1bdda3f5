/**
 * The `_headers` file for static hosts: pure string work, tested in
 * tests/unit/headers.test.ts.
 */

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // HTTPS only, for a year. Without includeSubDomains or preload: the site may share its host (BASE_PATH) with others.
  'Strict-Transport-Security': 'max-age=31536000',
};

/**
 * Caching. Files under /_astro/ are named by a hash of their content (Vite),
 * so a changed file is a new URL: a year, and `immutable` so browsers do not
 * even revalidate. Pages keep their URL when their content changes, so they
 * are cached briefly: a correction reaches readers within five minutes.
 * The two are never set by the same rule: hosts that read `_headers` join
 * the values of every matching rule (Cloudflare Pages), so a `/*` rule with
 * Cache-Control would contradict the /_astro/ one.
 */
export const CACHE_HASHED_ASSETS = 'public, max-age=31536000, immutable';
export const CACHE_PAGES = 'public, max-age=300';

/** What a <meta> CSP cannot express: forbid framing by other sites. */
const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";

/** The policy in a page's `<meta http-equiv="content-security-policy">`, or null. */
export function cspFromHtml(html: string): string | null {
  const meta = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i.exec(html);
  return meta ? meta[1].replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim() : null;
}

/**
 * Renders the file. `pages` paths are Astro's (no leading slash, "" for the
 * home page); they are prefixed with the base path. Directory-style pages are
 * matched with and without their trailing slash and index.html.
 */
export function headersFile(base: string, pages: Array<{ path: string; csp: string }>): string {
  const prefix = base.replace(/\/$/, '');
  const lines = ['/*', ...Object.entries(COMMON_HEADERS).map(([k, v]) => `  ${k}: ${v}`), ''];
  lines.push(`${prefix}/_astro/*`, `  Cache-Control: ${CACHE_HASHED_ASSETS}`, '');
  for (const { path, csp } of pages) {
    const policy = `${csp.replace(/;?\s*$/, ';')} ${HEADER_ONLY_DIRECTIVES}`;
    const url = `${prefix}/${path}`;
    const variants = url.endsWith('/') ? [url, `${url}index.html`] : [url];
    for (const v of variants) lines.push(v, `  Content-Security-Policy: ${policy}`, `  Cache-Control: ${CACHE_PAGES}`, '');
  }
  return lines.join('\n');
}
