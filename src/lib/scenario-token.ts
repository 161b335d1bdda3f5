/**
 * Kept apart from citation.ts (which loads citeproc and reads files at build
 * time) because the calculator island imports it in the browser.
 */

/**
 * A short, stable token for a scenario's inputs (FNV-1a, 32 bits, base 36):
 * two scenarios get two keys; the same scenario always the same one. Used
 * at build time and, for the reader's own scenario, in the browser.
 */
export function scenarioToken(query: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < query.length; i++) {
    hash ^= query.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return 's' + hash.toString(36).padStart(7, '0');
}
