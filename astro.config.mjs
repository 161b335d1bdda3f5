// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { readFileSync } from 'node:fs';
import remarkExplicitIds from './src/lib/markdown/explicit-ids.ts';
import remarkEditionHistory from './src/lib/markdown/edition-history.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { editionsSchema } from './src/lib/content-schemas.ts';
import rehypeNotesAndLinks from './src/lib/markdown/notes-and-links.ts';
import rehypeBaseLinks from './src/lib/markdown/base-links.ts';
import { readDeployment } from './src/lib/site.ts';
import { THEME_INIT_SCRIPT } from './src/lib/theme.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import staticHostFiles from './src/integrations/static-host-files.ts';
import clientIntent from './src/integrations/client-intent.ts';

// SITE_URL and BASE_PATH choose where the site is deployed (README, "Deploy");
// OUT_DIR where the build goes (default dist/; the base-path test builds elsewhere).
const { site, base } = readDeployment(process.env);
const editions = editionsSchema.parse(JSON.parse(readFileSync(`${contentDir()}/editions.json`, 'utf8')));
const editionLabels = Object.fromEntries(editions.map((e) => [e.id, e.label]));
/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // A fixture's content gets its own content-layer cache, so it never mixes with the site's.
  ...(process.env.CONTENT_DIR ? { cacheDir: `${contentDir()}/../.astro-cache` } : {}),
  trailingSlash: 'always',
  build: { format: 'directory' },
  // No external request: a passthrough image service needs no sharp and no CDN.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  markdown: {
    remarkPlugins: [remarkExplicitIds, [remarkEditionHistory, { contentDir: contentDir(), base, labels: editionLabels }]],
    rehypePlugins: [rehypeNotesAndLinks, [rehypeBaseLinks, { base }]],
    // Footnote anchors without the "user-content-" prefix: #fn-note-7.
    remarkRehype: { clobberPrefix: '', footnoteLabel: 'Notes', footnoteBackLabel: 'Back to the text' },
    smartypants: true,
  },
  integrations: [mdx(), react(), clientIntent(), pagefindIndex(), staticHostFiles()],
  experimental: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // 'wasm-unsafe-eval': Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_INIT_SCRIPT)] },
    },
  },
});
