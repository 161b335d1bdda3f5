/**
 * Renamed pages keep their old URLs working (content/redirects.json).
 * Pure functions: resolve a path through the table, and render the
 * `_redirects` file that Netlify and Cloudflare Pages turn into HTTP 301s
 * (which keep the #fragment, so cited paragraphs still resolve).
 */
import type { Redirect } from './content-schemas';

/** Follows redirects from `path` to its final destination; throws on a loop. */
export function resolveRedirect(path: string, redirects: Redirect[]): string {
  const seen = new Set<string>();
  let current = path;
  for (;;) {
    const hop = redirects.find((r) => r.from === current);
    if (!hop) return current;
    if (seen.has(hop.from)) throw new Error(`Redirect loop through ${[...seen, hop.from].join(' -> ')}`);
    seen.add(hop.from);
    current = hop.to;
  }
}

/** Checks the table: no loops, no redirect away from a page that still exists. */
export function redirectProblems(redirects: Redirect[], existingPages: Set<string>): string[] {
  const problems: string[] = [];
  for (const r of redirects) {
    if (existingPages.has(r.from)) problems.push(`${r.from} is both a page and a redirect`);
    try {
      const end = resolveRedirect(r.from, redirects);
      if (!existingPages.has(end)) problems.push(`${r.from} redirects to ${end}, which is not a page`);
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}

/** The `_redirects` file, with every path under the base path. */
export function redirectsFile(base: string, redirects: Redirect[]): string {
  const prefix = base.replace(/\/$/, '');
  return redirects.map((r) => `${prefix}${r.from} ${prefix}${resolveRedirect(r.from, redirects)} 301`).join('\n') + '\n';
}
