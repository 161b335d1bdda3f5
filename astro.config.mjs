// @ts-check
import { createHash } from 'node:crypto';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import remarkExplicitIds from './src/lib/markdown/explicit-ids.ts';
import remarkEditionHistory from './src/lib/markdown/edition-history.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { editionsSchema } from './src/lib/content-schemas.ts';
import rehypeNotesAndLinks from './src/lib/markdown/notes-and-links.ts';
import rehypeBaseLinks from './src/lib/markdown/base-links.ts';
import rehypeGlossaryTerms from './src/lib/markdown/glossary-terms.ts';
import rehypeSourceLinks from './src/lib/markdown/source-links.ts';
import { sourcesFileSchema } from './src/lib/sources.ts';
import { glossaryFileSchema } from './src/lib/glossary/schema.ts';
import { originSource, readDeployment } from './src/lib/site.ts';
import { THEME_INIT_SCRIPT } from './src/lib/theme.ts';
import islandStyleInHead from './src/integrations/island-style.ts';
import pageScripts from './src/integrations/page-scripts.ts';
import criticalCss from './src/integrations/critical-css.ts';
import { TCO_LINK_GATE_SCRIPT } from './src/lib/tco/link-gate.ts';
import pagefindIndex from './src/integrations/pagefind.ts';
import staticHostFiles from './src/integrations/static-host-files.ts';
import discovery from './src/integrations/discovery.ts';
import clientDirectives from './src/integrations/client-directives.ts';

// Where the site is deployed: site.config.json, overridden by SITE_URL / BASE_PATH, or the local preview
// with LOCAL_PREVIEW=1 (README, "Deploy"; src/lib/site.ts). OUT_DIR is where the build goes (default dist/;
// the base-path test builds elsewhere).
const siteSettings = JSON.parse(readFileSync(new URL('./site.config.json', import.meta.url), 'utf8'));
const source = originSource(process.env, siteSettings);
if (process.env.PRODUCTION_BUILD === '1' && source === 'unset') {
  throw new Error(
    'npm run build is the production build, and it does not know where the site will live: every citation would point at ' +
      'the local preview. Set "origin" in site.config.json (committed) or SITE_URL=https://… for this build; for a local ' +
      'build use npm start, or LOCAL_PREVIEW=1 npx astro build.',
  );
}
const { site, base } = readDeployment(process.env, siteSettings);
const editions = editionsSchema.parse(JSON.parse(readFileSync(`${contentDir()}/editions.json`, 'utf8')));
const editionLabels = Object.fromEntries(editions.map((e) => [e.id, e.label]));
// The glossary's terms are marked in the current parts only: a frozen edition
// stays as it was published (its wording and its markup), so it never shows
// a definition written after it.
const glossaryFile = `${contentDir()}/data/glossary.json`;
const glossary = existsSync(glossaryFile) ? glossaryFileSchema.parse(JSON.parse(readFileSync(glossaryFile, 'utf8'))).terms : [];
const currentParts = join(contentDir(), 'analysis');
// Links in the current parts to a source we list get its archived copy beside them (src/lib/markdown/source-links.ts).
const sourcesFile = `${contentDir()}/data/sources.json`;
const sources = existsSync(sourcesFile) ? sourcesFileSchema.parse(JSON.parse(readFileSync(sourcesFile, 'utf8'))).sources : [];
/** @param {string} text @returns {`sha256-${string}`} */
const sha256 = (text) => `sha256-${createHash('sha256').update(text).digest('base64')}`;

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  // A fixture's content gets its own content-layer cache, so it never mixes with the site's.
  ...(process.env.CONTENT_DIR ? { cacheDir: `${contentDir()}/../.astro-cache` } : {}),
  trailingSlash: 'always',
  // Every stylesheet a file, none inlined by size: a part's styles are inlined by rule instead
  // (src/integrations/critical-css.ts), and its stylesheets then load after the page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // No external request: a passthrough image service needs no sharp and no CDN.
  image: { service: { entrypoint: 'astro/assets/services/noop' } },
  devToolbar: { enabled: false },
  // React DOM is CommonJS. Vite's default (strictRequires: true) wraps every CommonJS module in a function,
  // so its 205 KB body was compiled on the main thread when the island first ran it: one task of 120 to 200 ms
  // at a 4x CPU slowdown (#15). 'auto' wraps only modules that need it (cyclic or conditional requires), so
  // React DOM stays top-level code, which the browser compiles off the main thread as the module streams in.
  vite: { build: { commonjsOptions: { strictRequires: 'auto' } } },
  markdown: {
    remarkPlugins: [remarkExplicitIds, [remarkEditionHistory, { contentDir: contentDir(), base, labels: editionLabels }]],
    rehypePlugins: [
      rehypeNotesAndLinks,
      [rehypeGlossaryTerms, { terms: glossary, glossaryPath: '/glossary/', applies: (/** @type {string | undefined} */ path) => !!path?.startsWith(currentParts) }],
      [rehypeSourceLinks, { sources, applies: (/** @type {string | undefined} */ path) => !!path?.startsWith(currentParts) }],
      [rehypeBaseLinks, { base }],
    ],
    // Footnote anchors without the "user-content-" prefix: #fn-note-7.
    remarkRehype: { clobberPrefix: '', footnoteLabel: 'Notes', footnoteBackLabel: 'Back to the text' },
    smartypants: true,
  },
  integrations: [mdx(), react(), clientDirectives(), islandStyleInHead(), criticalCss(), pageScripts(), pagefindIndex(), staticHostFiles(), discovery({ source })],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [sha256(THEME_INIT_SCRIPT), sha256(TCO_LINK_GATE_SCRIPT)] },
    },
  },
});
