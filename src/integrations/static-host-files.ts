/**
 * Writes the files static hosts (Netlify, Cloudflare Pages) read:
 *
 * - `_headers`: each page gets the same Content-Security-Policy that Astro put
 *   in its <meta> tag (with that page's hashes), plus what a meta tag cannot
 *   carry (frame-ancestors); every path gets nosniff and a referrer policy.
 * - `_redirects`: renamed pages as HTTP 301s (content/redirects.json).
 *
 * Hosts that ignore these still get the meta-tag CSP and the redirect pages.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import redirectsData from '../../content/redirects.json' with { type: 'json' };
import { redirectsSchema } from '../lib/content-schemas.ts';
import { cspFromHtml, headersFile } from '../lib/headers.ts';
import { redirectsFile } from '../lib/redirects.ts';

export default function staticHostFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'hypervisor-home:static-host-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const perPage: Array<{ path: string; csp: string }> = [];
        for (const { pathname } of pages) {
          // "analysis/x/" is built as analysis/x/index.html, "404/" as 404.html.
          const candidates = [`${pathname}index.html`, `${pathname.replace(/\/$/, '')}.html`];
          let html: string | null = null;
          for (const file of candidates) html ??= await readFile(`${root}/${file}`, 'utf8').catch(() => null);
          const csp = html && cspFromHtml(html);
          if (csp) perPage.push({ path: pathname === '404/' ? '404.html' : pathname, csp });
        }
        await writeFile(`${root}/_headers`, headersFile(base, perPage));
        await writeFile(`${root}/_redirects`, redirectsFile(base, redirectsSchema.parse(redirectsData)));
        logger.info(`wrote _headers (${perPage.length} pages) and _redirects`);
      },
    },
  };
}
