/**
 * What a page carries inline that it need not (issue 15: a part's first
 * view in one round trip). Pure string work on built pages, run after the
 * build by src/integrations/page-scripts.ts.
 *
 * 1. Astro writes its island runtime (the <astro-island> element, 3.5 KB)
 *    and each client directive's code (client:intent, 1.6 KB) inline before
 *    a page's first island, in every page that has one: 2 KB gzip of a
 *    part's first view spent on code that only matters once a reader touches
 *    a figure, and sent again with every part. Moved to files named by their
 *    content, they are fetched once and cached for the site, and run as
 *    `defer` scripts: after the page is parsed, in the same order, before
 *    DOMContentLoaded. An island's own script waits for its directive by
 *    name (the `astro:<directive>` event), and the custom element upgrades
 *    the islands already in the page when it is defined, so the order of
 *    parsing no longer matters.
 * 2. Astro's Content-Security-Policy lists the hash of every inline script
 *    and style it might write on any page (18 hashes, 1.2 KB that gzip
 *    cannot shrink). Each page keeps only the hashes of what it holds.
 */

/** Astro's hydration code: the island element, or a client directive registering itself. */
export function isHydrationScript(text: string): boolean {
  return text.includes('customElements.define("astro-island"') || /\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.[\w$]+=/.test(text);
}

const INLINE_SCRIPT = /<script>([\s\S]*?)<\/script>/g;

/**
 * The page with each inline hydration script replaced by a deferred script
 * loading it from `src(text)` (which also writes the file). Other inline
 * scripts (the theme, before the first paint) stay.
 */
export function externalizeHydrationScripts(html: string, src: (text: string) => string): string {
  return html.replace(INLINE_SCRIPT, (whole, text: string) => (isHydrationScript(text) ? `<script defer src="${src(text)}"></script>` : whole));
}

/** The contents of every inline script and style in the page (those a CSP hash can allow). */
export function inlineCode(html: string): string[] {
  const code: string[] = [];
  for (const m of html.matchAll(/<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g)) {
    if (m[1] === 'script' && /\ssrc=/.test(m[2] ?? '')) continue;
    code.push(m[3]);
  }
  return code;
}

/**
 * The page with its CSP <meta> keeping only the `'sha256-…'` sources that
 * match an inline script or style in the page; `hash(text)` is the base64
 * SHA-256 of the text. Everything else in the policy stays as it was.
 */
export function trimCspHashes(html: string, hash: (text: string) => string): string {
  const meta = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i.exec(html);
  if (!meta) return html;
  const present = new Set(inlineCode(html).map(hash));
  const policy = meta[2]
    .replace(/\s*(?:'|&#39;)sha256-([A-Za-z0-9+/=]+)(?:'|&#39;)/g, (token, h: string) => (present.has(h) ? token : ''))
    .replace(/\s+;/g, ';');
  return html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length);
}
