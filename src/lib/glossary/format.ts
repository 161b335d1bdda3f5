/** How the glossary page writes a source's date and byline. Pure. */
import type { GlossarySource } from './schema';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "1 Mar 2005", "May 2006", "1974", or "undated" for a page that gives no date. */
export function sourceDateText(date: string): string {
  if (date === 'n.d.') return 'undated';
  const [y, m, d] = date.split('-').map(Number);
  return [d, m ? MONTHS[m - 1] : undefined, y].filter((x) => x !== undefined && !Number.isNaN(x)).join(' ');
}

/** Who stands behind a source: "Author, Publisher", or whichever of the two it names. */
export function sourceByline(source: Pick<GlossarySource, 'author' | 'publisher'>): string {
  return [source.author, source.publisher].filter(Boolean).join(', ');
}
