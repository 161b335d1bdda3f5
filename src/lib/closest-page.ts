/**
 * For the 404 page: the existing page whose path is closest to a mistyped
 * one, so a reader who mangled a cited URL still finds the section.
 */

/** Levenshtein distance between two strings (insert, delete, substitute: cost 1). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

function normalise(path: string): string {
  return decodeURIComponent(path.split(/[?#]/)[0]).toLowerCase().replace(/\/index\.html$/, '/').replace(/\/+$/, '');
}

/**
 * The closest of `pages` (site paths like "/analysis/conclusion/") to
 * `requested`, or null when nothing is reasonably close (more than half the
 * requested path would have to change). Compares the last path segment first,
 * so "/analysis/conclusoin" finds "/analysis/conclusion/".
 */
export function closestPage(requested: string, pages: string[]): string | null {
  const want = normalise(requested);
  if (!want || pages.length === 0) return null;
  const wantLast = want.split('/').pop() ?? '';
  let best: { page: string; score: number } | null = null;
  for (const page of pages) {
    const have = normalise(page);
    const haveLast = have.split('/').pop() ?? '';
    const score = Math.min(editDistance(want, have), editDistance(wantLast, haveLast) + (want.split('/').length === have.split('/').length ? 0 : 1));
    if (!best || score < best.score) best = { page, score };
  }
  return best && best.score <= Math.max(2, Math.floor(wantLast.length / 2)) ? best.page : null;
}
