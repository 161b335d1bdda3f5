/**
 * Reading order of the analysis: pure functions over the parts' metadata,
 * used for contents lists, previous/next links and breadcrumbs.
 */
export interface PartRef {
  /** URL slug, the file name in content/analysis/ (stable: see content/README.md). */
  slug: string;
  /** The note's part number, 1 to 5. */
  part: number;
  title: string;
}

/** Parts in the note's order; throws if two files claim the same part number. */
export function inReadingOrder<T extends PartRef>(parts: T[]): T[] {
  const sorted = [...parts].sort((a, b) => a.part - b.part);
  sorted.forEach((p, i) => {
    if (i > 0 && sorted[i - 1].part === p.part) throw new Error(`Parts "${sorted[i - 1].slug}" and "${p.slug}" are both §${p.part}`);
  });
  return sorted;
}

/** The parts before and after `slug` in reading order (undefined at either end). */
export function neighbours<T extends PartRef>(parts: T[], slug: string): { previous?: T; next?: T } {
  const ordered = inReadingOrder(parts);
  const i = ordered.findIndex((p) => p.slug === slug);
  if (i < 0) throw new Error(`No part with slug "${slug}"`);
  return { previous: ordered[i - 1], next: ordered[i + 1] };
}

/** "§2" */
export function sectionSign(part: number): string {
  return `§${part}`;
}
