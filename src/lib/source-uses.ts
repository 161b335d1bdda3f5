/**
 * Where each source is used: the matrix cells, hindsight events, glossary
 * entries, price-book values, the note table's glosses, the changelog and
 * the analysis's own links, gathered by src/data/source-uses.ts and grouped
 * here for /sources/. Pure: data in, data out.
 */
import type { Source } from './sources';

/** One place on the site that relies on a source. */
export interface SourceUse {
  /** The source's id in content/data/sources.json. */
  sourceId: string;
  /** What the place is, for a reader: "Glossary: Dom0", "Matrix: Hyper-V × Hardware assist, with hindsight". */
  label: string;
  /** Where it is: a site path without the base, with its anchor ("glossary/#term-dom0"). */
  path: string;
}

/**
 * The uses of every source, by id, in the order given, one entry per place
 * (a place that cites a source twice is listed once). Every source gets a list,
 * empty if nothing uses it; a use of an unknown id throws, so the build fails.
 */
export function usesBySource(uses: SourceUse[], sources: Record<string, Source>): Map<string, SourceUse[]> {
  const out = new Map<string, SourceUse[]>(Object.keys(sources).map((id) => [id, []]));
  for (const use of uses) {
    const list = out.get(use.sourceId);
    if (!list) throw new Error(`${use.label}: no source "${use.sourceId}" in content/data/sources.json`);
    if (!list.some((u) => u.path === use.path)) list.push(use);
  }
  return out;
}

/** The ids of sources no place uses: kept in the file but cited nowhere, which a test reports. */
export function unusedSources(byId: Map<string, SourceUse[]>): string[] {
  return [...byId].filter(([, uses]) => uses.length === 0).map(([id]) => id);
}
