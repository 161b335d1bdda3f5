/**
 * Sources as the site cites them in its data (the matrix cells, the
 * diagrams): a row of the note's table, a place in the analysis, an event on
 * /hindsight/, or a source off the site (content/data/sources.json). Resolved to a label and
 * a site path; an unknown reference throws, so the build fails. Pure.
 */
import type { MatrixSource, NoteTableRow } from './content-schemas';
import { sourceLabel, type Source } from './sources';

/** A source ready to show: what it is, and where on this site it is (a path without the base, or none). */
export interface ResolvedSource {
  label: string;
  /** Site path with anchor, e.g. "analysis/the-independents/#table-drivers"; absent for facts not on a page. */
  path?: string;
  /** For a source off the site (content/data/sources.json, or a matrix fact with its own URL): its original address. */
  href?: string;
  /** For a source off the site: the archived copy's address (Wayback Machine). */
  archived?: string;
  /** For a source off the site: how far the fact rests on it (see sources.ts). */
  confidence?: Source['confidence'];
  /** For a source in content/data/sources.json: its id (the anchor #source-<id> on /sources/). */
  sourceId?: string;
  /** The fact the citing data takes from it, when it names one (already at the end of `label`). */
  fact?: string;
}

/** What it takes to name and link a source. */
export interface SourceContext {
  /** The analysis parts: slug to part number (1-5) and title. */
  parts: Record<string, { part: number; title: string }>;
  /** Hindsight events by id: the date shown and the event's short name where it has one (the timeline's label), linked to /hindsight/#event-<id> (where its sources are). */
  events: Record<string, { date: string; name?: string }>;
  /** The part that holds the note's table. */
  tableSlug: string;
  /** Sources we checked ourselves, by id (content/data/sources.json); needed only where data cite one. */
  sources?: Record<string, Source>;
}

/** Resolves one source; `rows` (the note's table) is needed only for table references. */
export function resolveSource(source: MatrixSource, ctx: SourceContext, rows: Map<string, NoteTableRow> = new Map()): ResolvedSource {
  if ('table' in source) {
    const row = rows.get(source.table);
    if (!row) throw new Error(`source: no table row "${source.table}"`);
    return { label: `The note’s table, “${row.criterion}”`, path: `analysis/${ctx.tableSlug}/#table-${row.id}` };
  }
  if ('note' in source) {
    const [slug, anchor] = source.note.split('#');
    const part = ctx.parts[slug];
    if (!part) throw new Error(`source: no analysis part "${slug}"`);
    const footnote = /^fn-note-(\d+)$/.exec(anchor);
    const where = footnote ? `footnote ${footnote[1]}` : `§${part.part}, “${part.title}”`;
    return { label: `The note, ${where}`, path: `analysis/${slug}/#${anchor}` };
  }
  if ('event' in source) {
    const event = ctx.events[source.event];
    if (!event) throw new Error(`source: no hindsight event "${source.event}"`);
    // The event names and links its own sources on /hindsight/; here it is named as the event, not by a source.
    return { label: event.name ? `${event.name}, ${event.date}` : `Event of ${event.date}`, path: `hindsight/#event-${source.event}` };
  }
  const found = ctx.sources?.[source.sourceId];
  if (!found) throw new Error(`source: no source "${source.sourceId}" in content/data/sources.json`);
  const label = source.fact ? `${sourceLabel(found)}: ${source.fact}` : sourceLabel(found);
  return { label, href: found.url, archived: found.archived, confidence: found.confidence, sourceId: found.id, fact: source.fact };
}

