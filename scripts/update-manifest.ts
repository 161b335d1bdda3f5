/**
 * npm run manifest: adds every citable URL and anchor of the current build to
 * content/citable-urls.json. Entries already listed stay (a citation once
 * made is a promise); pass --prune to drop those no longer built, after
 * adding redirects for them. Builds the site first.
 */
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { citableManifestSchema } from '../src/lib/content-schemas';
import { mergeManifest } from '../src/lib/manifest';
import { builtAnchors, loadBuiltSite } from '../tests/support/built-site';

const FILE = new URL('../content/citable-urls.json', import.meta.url);
const prune = process.argv.includes('--prune');

execSync('npx astro build', { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LOCAL_PREVIEW: '1' } });
const current = citableManifestSchema.parse(JSON.parse(readFileSync(FILE, 'utf8')));
const next = mergeManifest(
  {
    ...current,
    $comment:
      'Every URL and anchor a reader may have cited. tests/e2e/site-static.spec.ts fails if one disappears from the build. Add new ones with `npm run manifest`; never remove one without a redirect (content/redirects.json).',
  },
  builtAnchors(loadBuiltSite()),
  prune,
);
writeFileSync(FILE, JSON.stringify(next, null, 2) + '\n');
const count = Object.values(next.pages).reduce((n, a) => n + a.length, 0);
console.log(`citable-urls.json: ${Object.keys(next.pages).length} pages, ${count} anchors`);
