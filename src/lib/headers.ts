/**
 * The `_headers` file for static hosts: pure string work, tested in
 * tests/unit/headers.test.ts.
 */

/** Headers every response gets. */
export const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
};

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
  for (const { path, csp } of pages) {
    const policy = `${csp.replace(/;?\s*$/, ';')} ${HEADER_ONLY_DIRECTIVES}`;
    const url = `${prefix}/${path}`;
    const variants = url.endsWith('/') ? [url, `${url}index.html`] : [url];
    for (const v of variants) lines.push(v, `  Content-Security-Policy: ${policy}`, '');
  }
  return lines.join('\n');
}
