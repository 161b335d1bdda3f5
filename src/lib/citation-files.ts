/**
 * BibTeX and RIS records, written here rather than by a converter so that
 * every rule their users rely on is explicit (and tested with real parsers
 * in tests/unit/citation-clients.test.ts):
 *
 * BibTeX (for BibTeX and biber alike)
 * - `month = nov`, the month macro both define (a braced "nov 24" prints literally);
 * - a group author in double braces, so it is one name, never "Project, H. H.";
 * - every word holding a capital braced ({OS}, {VMware}, {Xen}), so styles
 *   that change a title's case cannot lowercase acronyms and names;
 * - LaTeX specials escaped; "§" written as {\S}.
 *
 * RIS (as the RIS specification has it)
 * - CR LF line ends, one tag a line, "ER  - " closing each record;
 * - dates as YYYY/MM/DD/, zero-padded;
 * - a group author with a trailing comma ("Hypervisor Home project,"), the
 *   form RIS readers (Zotero, EndNote) take as one name, not given + family.
 */

export interface BibField {
  name: string;
  value: string;
  /** 'text' is escaped and case-protected; 'literal' is written as is (URLs, dates); 'macro' bare (month = nov); 'name' braced as given. */
  kind?: 'text' | 'literal' | 'macro' | 'name';
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** The BibTeX month macro for a month 1–12. */
export function monthMacro(month: number): string {
  const macro = MONTH_MACROS[month - 1];
  if (!macro) throw new Error(`No month ${month}`);
  return macro;
}

/** Escapes LaTeX's special characters and writes typographic quotes and § as LaTeX. */
export function latexText(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([{}])/g, '\\$1')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/~/g, '\\textasciitilde{}')
    .replace(/\^/g, '\\textasciicircum{}')
    .replace(/§/g, '{\\S}')
    .replace(/“/g, '``')
    .replace(/”/g, "''")
    .replace(/‘/g, '`')
    .replace(/’/g, "'");
}

/** Text with each word that holds a capital letter braced ({OS}, {VMware}), so no style can change its case; punctuation stays outside. */
export function caseProtected(text: string): string {
  return text
    .split(/([\p{L}\p{N}]+)/u)
    .map((run, i) => (i % 2 === 1 && /\p{Lu}/u.test(run) ? `{${run}}` : latexText(run)))
    .join('');
}

function fieldValue(field: BibField): string {
  switch (field.kind ?? 'text') {
    case 'macro':
      return field.value;
    case 'literal':
      // URLs and dates: BibTeX and biber read url/urldate verbatim, so nothing is escaped.
      if (/[{}]/.test(field.value)) throw new Error(`${field.name} may not hold braces`);
      return `{${field.value}}`;
    case 'name':
      return `{${field.value}}`;
    default:
      return `{${caseProtected(field.value)}}`;
  }
}

/** A BibTeX key may hold letters, digits and ":-_"; anything else is a bug upstream. */
export const BIBTEX_KEY = /^[A-Za-z][A-Za-z0-9:_-]*$/;

/** One BibTeX entry. */
export function bibtexEntry(type: string, key: string, fields: BibField[]): string {
  if (!BIBTEX_KEY.test(key)) throw new Error(`"${key}" is not a safe BibTeX key`);
  const width = Math.max(...fields.map((f) => f.name.length));
  const lines = fields.map((f) => `  ${f.name.padEnd(width)} = ${fieldValue(f)},`);
  return [`@${type}{${key},`, ...lines, '}'].join('\n');
}

/** A date as RIS writes it: YYYY/MM/DD/ (zero-padded). */
export function risDate([year, month, day]: [number, number, number]): string {
  return `${year}/${String(month).padStart(2, '0')}/${String(day).padStart(2, '0')}/`;
}

/** One RIS record from [tag, value] pairs (TY first, ER added), CR LF line ends. */
export function risRecord(type: string, fields: Array<[string, string | undefined]>): string {
  const lines = [`TY  - ${type}`];
  for (const [tag, value] of fields) {
    if (!/^[A-Z][A-Z0-9]$/.test(tag)) throw new Error(`"${tag}" is not a RIS tag`);
    if (value === undefined || value === '') continue;
    if (/[\r\n]/.test(value)) throw new Error(`RIS ${tag} must be one line`);
    lines.push(`${tag}  - ${value}`);
  }
  lines.push('ER  - ');
  return lines.join('\r\n') + '\r\n';
}
