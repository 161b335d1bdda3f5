/**
 * sitemap.xml and robots.txt from built pages (pure: HTML text in, file text
 * out). A page is listed when it may be indexed: it has a canonical link and
 * no robots "noindex" (404 and the forwarding pages of renamed URLs have one).
 * Its <lastmod> is the date its text was published (article:published_time,
 * the edition's date) when the page states one.
 */

export interface SitemapEntry {
  /** The page's canonical URL, absolute. */
  loc: string;
  /** YYYY-MM-DD, when known. */
  lastmod?: string;
}

const attr = (tag: string, name: string) => new RegExp(`${name}\\s*=\\s*"([^"]*)"`, 'i').exec(tag)?.[1];

function tags(html: string, element: string): string[] {
  const head = html.slice(0, html.search(/<\/head>/i) + 1 || html.length);
  return head.match(new RegExp(`<${element}\\b[^>]*>`, 'gi')) ?? [];
}

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The sitemap entry for one built page, or null when the page must not be indexed. */
export function sitemapEntry(html: string): SitemapEntry | null {
  const metas = tags(html, 'meta');
  if (metas.some((m) => attr(m, 'name')?.toLowerCase() === 'robots' && /noindex/i.test(attr(m, 'content') ?? ''))) return null;
  const canonical = tags(html, 'link').find((l) => attr(l, 'rel')?.toLowerCase() === 'canonical');
  const loc = canonical && attr(canonical, 'href');
  if (!loc) return null;
  const published = metas.find((m) => attr(m, 'property') === 'article:published_time');
  const lastmod = published && attr(published, 'content');
  return { loc: unescape(loc), ...(lastmod && /^\d{4}-\d{2}-\d{2}$/.test(lastmod) ? { lastmod } : {}) };
}

/** The sitemap (sitemaps.org 0.9), URLs sorted and de-duplicated. */
export function sitemapXml(entries: SitemapEntry[]): string {
  const unique = [...new Map(entries.map((e) => [e.loc, e])).values()].sort((a, b) => a.loc.localeCompare(b.loc));
  const urls = unique.map((e) => `  <url><loc>${escape(e.loc)}</loc>${e.lastmod ? `<lastmod>${e.lastmod}</lastmod>` : ''}</url>`);
  return ['<?xml version="1.0" encoding="UTF-8"?>', '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">', ...urls, '</urlset>', ''].join('\n');
}

/** robots.txt: everything may be crawled; the sitemap's absolute URL. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}
