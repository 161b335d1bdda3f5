/**
 * Builds the Pagefind search index into the output folder after every
 * `astro build`, so the built site always ships with an index that matches it.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Left out of the index (and so of every result fragment) though shown on
 * the page. The matrix was one index entry as big as four parts (issue 15):
 * each cell names its sources, which are all on /hindsight/, in the analysis
 * or on /sources/ and found there. (The list of outside sources under the
 * matrix is data-pagefind-ignore in MatrixTable.astro.)
 */
const EXCLUDED_FROM_INDEX = ['.matrix-table .src'];

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'hypervisor-home:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { index, errors } = await pagefind.createIndex({ excludeSelectors: EXCLUDED_FROM_INDEX });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const site = fileURLToPath(dir);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
