/**
 * The access date as each citation format writes it. Citations are formatted
 * at build time; the reader's own access date is today, so a few lines of
 * script rewrite it in the browser with these functions. Each rendering is
 * pinned to Citation.js's own output in tests/unit/citation.test.ts.
 */
import type { CitationFormat } from './citation';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA 9 abbreviations, as the CSL en-US locale writes them. */
const MLA_MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const pad = (n: number) => String(n).padStart(2, '0');

/** [year, month 1-12, day] rendered the way `format` writes an access date. */
export function renderAccessed(format: CitationFormat, [year, month, day]: [number, number, number]): string {
  switch (format) {
    case 'apa':
    case 'chicago':
      return `${MONTHS[month - 1]} ${day}, ${year}`;
    case 'mla':
      return `${day} ${MLA_MONTHS[month - 1]} ${year}`;
    case 'bibtex': // urldate
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'ris':
      return `${year}/${pad(month)}/${pad(day)}/`;
    case 'csl-json':
      return `${year},\n          ${month},\n          ${day}`;
  }
}

/** Today's date in the reader's time zone. */
export function today(now = new Date()): [number, number, number] {
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()];
}
