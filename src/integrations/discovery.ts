/**
 * After the build: the files search engines and feed readers start from, and
 * a loud line about the origin every citation was written with.
 *
 * - sitemap.xml: every page of the build that may be indexed (no
 *   `noindex`, no redirect stubs), past editions' parts included, each with
 *   its canonical URL as the page itself names it;
 * - robots.txt: allows everything and points to the sitemap;
 * - the origin report (src/lib/site.ts), at the start and again at the end of
 *   the build, where it is the last thing a person deploying reads.
 *
 * Read from the built HTML, so the sitemap lists exactly what was built.
 */
import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { builtHtmlFiles } from './built-html.ts';
import { fileURLToPath } from 'node:url';
import { robotsTxt, sitemapEntry, sitemapXml, type SitemapEntry } from '../lib/discovery.ts';
import { originReport, type OriginSource } from '../lib/site.ts';

export default function discovery({ source }: { source: OriginSource }): AstroIntegration {
  let site = '';
  let base = '/';
  const report = (logger: { info(m: string): void; warn(m: string): void }) => {
    const { level, lines } = originReport(site, source);
    const rule = '='.repeat(Math.max(...lines.map((l) => l.length)));
    for (const line of level === 'warn' ? [rule, ...lines, rule] : lines) logger[level](line);
  };
  return {
    name: 'hypervisor-home:discovery',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = (config.site ?? '').replace(/\/$/, '');
        base = config.base;
      },
      'astro:build:start': ({ logger }) => report(logger),
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const entries: SitemapEntry[] = [];
        for (const file of await builtHtmlFiles(root)) {
          const entry = sitemapEntry(await readFile(join(root, file), 'utf8'));
          if (entry) entries.push(entry);
        }
        await writeFile(join(root, 'sitemap.xml'), sitemapXml(entries));
        await writeFile(join(root, 'robots.txt'), robotsTxt(`${site}${base.replace(/\/$/, '')}/sitemap.xml`));
        logger.info(`wrote sitemap.xml (${entries.length} pages) and robots.txt`);
        report(logger);
      },
    },
  };
}
