/**
 * The six diagrams as the island reads them, from content/data/architectures.json
 * itself rather than from the page: the figure's island is then given only
 * the diagram's id (a few bytes in the part's HTML instead of 5-13 KB of
 * props per figure, issue 15), and the data comes with the island's code,
 * which a reader fetches only on touching a figure and caches for every
 * part. The file is checked against its schema at build time
 * (src/data/architectures.ts); here it is read as it is, so the island's
 * code carries no zod, with the schema's one default (a layer's span) filled in.
 */
import data from '../../../content/data/architectures.json';
import type { Architecture } from './schema';

type Stored = Omit<Architecture, 'rows'> & { rows: Array<Array<Omit<Architecture['rows'][number][number], 'span'> & { span?: number }>> };

export function architectureById(id: string): Architecture {
  const stored = (data.architectures as Stored[]).find((a) => a.id === id);
  if (!stored) throw new Error(`No architecture diagram "${id}" (content/data/architectures.json)`);
  return { ...stored, rows: stored.rows.map((row) => row.map((layer) => ({ ...layer, span: layer.span ?? 1 }))) };
}
