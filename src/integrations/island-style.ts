/**
 * After the build, moves the islands' stylesheet from the body into <head> on
 * every page (src/lib/island-style.ts says why), before the search index and
 * the host files read the pages.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { moveIslandStyleToHead } from '../lib/island-style.ts';

export default function islandStyleInHead(): AstroIntegration {
  return {
    name: 'hypervisor-home:island-style',
    hooks: {
      'astro:build:done': async ({ dir, pages, logger }) => {
        const root = fileURLToPath(dir);
        let moved = 0;
        for (const { pathname } of pages) {
          for (const file of [`${root}/${pathname}index.html`, `${root}/${pathname.replace(/\/$/, '')}.html`]) {
            const html = await readFile(file, 'utf8').catch(() => null);
            if (html === null) continue;
            const fixed = moveIslandStyleToHead(html);
            if (fixed !== html) {
              await writeFile(file, fixed);
              moved++;
            }
            break;
          }
        }
        logger.info(`moved the islands' stylesheet into <head> on ${moved} pages`);
      },
    },
  };
}
