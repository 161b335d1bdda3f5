/**
 * Builds the Pagefind search index into the output folder after every
 * `astro build`, so the built site always ships with an index that matches it,
 * and beside it the search's page list (src/lib/search.ts, SearchPage).
 */
import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { transformWithEsbuild } from 'vite';
import { searchPageOf, type PagefindFragment, type SearchPage } from '../lib/search.ts';

/**
 * Left out of the index (and so of every result fragment) though shown on
 * the page. The matrix was one index entry as big as four parts (issue 15):
 * each cell names its sources, which are all on /hindsight/, in the
 * analysis or on /sources/ and found there (the numbered list under the
 * matrix is data-pagefind-ignore in MatrixTable.astro), and its May 2006 value again under the
 * hindsight view ("In May 2006: ..."), already indexed in the 2006 view.
 * On /hindsight/, each scorecard entry lists its events again, each found
 * in the timeline's list below it with all its sources; and a source's
 * archived copy, its "no link: why" and the screen-reader words "(leaves
 * this site)" are not what anyone searches for. Together they were a third
 * of the page's fragment, fetched whenever the page is a result.
 */
const EXCLUDED_FROM_INDEX = ['.matrix-table .src', '.matrix-was', '.scorecard-facts', '.source-archived', '.source-no-url', '.external-link .visually-hidden'];

/**
 * Index chunk size, in word positions (Pagefind's default is 20,000). A
 * query fetches the chunks that hold its words, so with the default every
 * query fetched a third of the whole index (32 KB gzip); at 1,000 a word
 * costs about 2 KB (issue 15: the first query in one small download).
 * Pagefind 1.6 reads it from this environment variable, marked unstable:
 * package.json pins Pagefind's version, and the build reports the number
 * of chunks, so a Pagefind that ignores it shows as "1 or 2 chunks".
 */
const INDEX_CHUNK_SIZE = '1000';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'hypervisor-home:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        // The Pagefind service is a child process that reads the setting from its environment when it starts.
        const before = process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = INDEX_CHUNK_SIZE;
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
        if (before === undefined) delete process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE;
        else process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = before;
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const bundle = `${site}/pagefind`;
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        // Pagefind ships its script readable (47 KB, 13.4 KB gzip); minified it is 11.5 KB gzip, two KB off
        // every first search. Names are all it changes: its exports and its wasm bindings' keys stay.
        const script = `${bundle}/pagefind.js`;
        const { code } = await transformWithEsbuild(await readFile(script, 'utf8'), 'pagefind.js', { minify: true, format: 'esm', target: 'esnext' });
        await writeFile(script, code);

        // The page list: each fragment's address, title, filters and anchors, keyed by the page's hash
        // (Pagefind's name for the fragment, which is also a search result's id).
        const pages: Record<string, SearchPage> = {};
        for (const file of await readdir(`${bundle}/fragment`)) {
          const raw = gunzipSync(await readFile(`${bundle}/fragment/${file}`)).toString('utf8');
          // A fragment is gzip of "pagefind_dcd" followed by the JSON.
          pages[file.replace(/\.pf_fragment$/, '')] = searchPageOf(JSON.parse(raw.slice(raw.indexOf('{'))) as PagefindFragment);
        }
        await writeFile(`${bundle}/search-pages.json`, JSON.stringify(pages));
        const chunks = (await readdir(`${bundle}/index`)).length;
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms (${chunks} index chunks)`);
      },
    },
  };
}
