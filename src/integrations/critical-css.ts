/**
 * After the build, on each part of the analysis (current and past editions'):
 * the stylesheets become one inline <style> with the rules the page can use,
 * and load in full after the page (src/lib/critical-css.ts says how and why).
 * Runs before page-scripts.ts, whose CSP pass keeps the new style's hash.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allowStyleHash, inlineCriticalCss } from '../lib/critical-css.ts';

/** A part's page, as Astro names it: analysis/<slug>/ or editions/<id>/analysis/<slug>/. */
const PART = /^(?:editions\/[^/]+\/)?analysis\/[^/]+\/$/;

export default function criticalCss(): AstroIntegration {
  let base = '/';
  return {
    name: 'hypervisor-home:critical-css',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        const sheets = new Map<string, string>();
        const load = async (href: string) => {
          if (!sheets.has(href)) sheets.set(href, await readFile(join(root, href.slice(base.length)), 'utf8'));
        };
        let done = 0;
        for (const { pathname } of pages) {
          if (!PART.test(pathname)) continue;
          const file = join(root, pathname, 'index.html');
          const html = await readFile(file, 'utf8').catch(() => null);
          if (html === null) continue;
          for (const m of html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)) await load(m[1]);
          const out = inlineCriticalCss(html, (href) => sheets.get(href) ?? '');
          if (!out.css) continue;
          await writeFile(file, allowStyleHash(out.html, createHash('sha256').update(out.css).digest('base64')));
          done++;
        }
        logger.info(`inlined the critical styles of ${done} parts; their stylesheets load after the page`);
      },
    },
  };
}
