/**
 * The citation contract, checked: every URL and anchor listed in
 * content/citable-urls.json must exist in the built site, directly or through
 * a redirect. Pure logic; tests/support/built-site.ts reads the build.
 */
import type { CitableManifest, Redirect } from './content-schemas';
import { resolveRedirect } from './redirects';

/** What the build offers: site path to the citable anchors found on it. */
export type BuiltAnchors = Map<string, Set<string>>;

export interface ManifestProblem {
  kind: 'missing-page' | 'missing-anchor' | 'unlisted-page' | 'unlisted-anchor';
  path: string;
  anchor?: string;
  message: string;
}

/**
 * Broken promises (listed but gone) and unprotected anchors (built but not
 * listed, so nothing would notice if they vanished).
 */
export function checkManifest(manifest: CitableManifest, built: BuiltAnchors, redirects: Redirect[]): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const [path, anchors] of Object.entries(manifest.pages)) {
    const target = resolveRedirect(path, redirects);
    const via = target === path ? '' : ` (followed the redirect to ${target})`;
    const page = built.get(target);
    if (!page) {
      problems.push({ kind: 'missing-page', path, message: `${path} is cited but not built${via}. Restore it or add a redirect in content/redirects.json.` });
      continue;
    }
    for (const anchor of anchors) {
      if (!page.has(anchor)) {
        problems.push({ kind: 'missing-anchor', path, anchor, message: `${path}#${anchor} is cited but the anchor is gone${via}. Keep the id in the source.` });
      }
    }
  }
  for (const [path, anchors] of built) {
    const listed = manifest.pages[path];
    if (!listed) {
      if (anchors.size) problems.push({ kind: 'unlisted-page', path, message: `${path} has citable anchors but is not in content/citable-urls.json: run npm run manifest.` });
      continue;
    }
    for (const anchor of anchors) {
      if (!listed.includes(anchor)) problems.push({ kind: 'unlisted-anchor', path, anchor, message: `${path}#${anchor} is new: run npm run manifest to protect it.` });
    }
  }
  return problems;
}

/**
 * The manifest with everything built added. Listed entries are kept (a
 * citation once made stays a promise) unless `prune` is set.
 */
export function mergeManifest(manifest: CitableManifest, built: BuiltAnchors, prune = false): CitableManifest {
  const pages: Record<string, string[]> = prune ? {} : structuredClone(manifest.pages);
  for (const [path, anchors] of built) {
    if (!anchors.size) continue;
    const merged = new Set([...(pages[path] ?? []), ...anchors]);
    pages[path] = [...merged];
  }
  const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => a.localeCompare(b)));
  return { $comment: manifest.$comment, pages: sorted };
}
