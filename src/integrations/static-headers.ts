/**
 * Writes `_headers` (the format Netlify and Cloudflare Pages read) into the
 * build. Each page gets the same Content-Security-Policy that Astro put in its
 * <meta> tag (with that page's script and style hashes), plus what a meta tag
 * cannot carry (frame-ancestors); every path gets nosniff and a referrer
 * policy. Hosts that ignore `_headers` still get the meta-tag CSP.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { cspFromHtml, headersFile } from '../lib/headers.ts';

export default function staticHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'hypervisor-home:static-headers',
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
          if (csp) perPage.push({ path: pathname, csp });
        }
        await writeFile(`${root}/_headers`, headersFile(base, perPage));
        logger.info(`wrote _headers for ${perPage.length} pages`);
      },
    },
  };
}
