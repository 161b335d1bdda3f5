/**
 * Which citation formats download as files, with their extension and MIME
 * type: shared by the server-rendered list (CitationList.astro) and the
 * formats a part's panel adds in the browser (src/scripts/cite.ts), so both
 * name and type their files alike. Pure.
 */
import type { CitationFormat } from './citation';

export const CITATION_FILES: Partial<Record<CitationFormat, { ext: string; type: string }>> = {
  bibtex: { ext: 'bib', type: 'application/x-bibtex' },
  ris: { ext: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { ext: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/** APA, Chicago and MLA read as prose; the others are records, shown preformatted. */
export const isProseFormat = (format: CitationFormat): boolean => format === 'apa' || format === 'chicago' || format === 'mla';
