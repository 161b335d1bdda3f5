/**
 * After the build, on every page: Astro's inline hydration scripts become
 * cached files, and the page's CSP keeps only the hashes of the inline code
 * it still has (src/lib/page-scripts.ts says why). Runs before the search
 * index and the host files, which read the pages and their CSP.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { externalizeHydrationScripts, trimCspHashes } from '../lib/page-scripts.ts';
import { builtHtmlFiles } from './built-html.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

export default function pageScripts(): AstroIntegration {
  let base = '/';
  return {
    name: 'hypervisor-home:page-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const written = new Map<string, string>();
        let pages = 0;
        for (const page of await builtHtmlFiles(root)) {
          const file = join(root, page);
          const html = await readFile(file, 'utf8');
          const lean = trimCspHashes(
            externalizeHydrationScripts(html, (text) => {
              // Named by content, under _astro/ like Vite's files: cached for a year, a new name when Astro's code changes.
              const name = `hydration.${createHash('sha256').update(text).digest('hex').slice(0, 10)}.js`;
              written.set(name, text);
              return `${base}_astro/${name}`;
            }),
            sha256,
          );
          if (lean !== html) {
            await writeFile(file, lean);
            pages++;
          }
        }
        for (const [name, text] of written) await writeFile(join(root, '_astro', name), text);
        logger.info(`moved ${written.size} hydration scripts to _astro/ and trimmed the CSP on ${pages} pages`);
      },
    },
  };
}
