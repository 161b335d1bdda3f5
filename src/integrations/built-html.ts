/**
 * The HTML pages of a finished build, for the integrations that rework them
 * after `astro build` (discovery.ts, page-scripts.ts). Pagefind's bundle and
 * Vite's _astro/ hold no pages and are skipped.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Every .html file under `dir`, as a path relative to `root` with forward slashes, sorted. */
export async function builtHtmlFiles(dir: string, root = dir): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'pagefind' && entry.name !== '_astro') out.push(...(await builtHtmlFiles(full, root)));
    } else if (entry.name.endsWith('.html')) out.push(relative(root, full).split(sep).join('/'));
  }
  return out.sort();
}
