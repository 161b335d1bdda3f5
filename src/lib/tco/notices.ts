/**
 * Notices about a link or a file are shown as a list; a hostile or broken
 * file can produce one per key (100,000 of them). The page shows the first
 * few and counts the rest, so the list stays readable and the tab responsive.
 */
import { formatCount } from './format';


/** At most `max` notices, the last one saying how many more there were. */
export function boundNotices(notices: string[], max = 8): string[] {
  if (notices.length <= max) return notices;
  const rest = notices.length - (max - 1);
  return [...notices.slice(0, max - 1), `… and ${formatCount(rest)} more ${rest === 1 ? 'problem' : 'problems'} like these.`];
}
