/**
 * Citations for pages, formatted once per build (Astro-side: reads the
 * editions file and the deployment). Text is formatted with a sentinel access
 * date, which pages replace by the build date inside a <span data-accessed>
 * and the browser by the reader's date (src/scripts/cite.ts). Only BibTeX,
 * RIS and CSL-JSON carry an access date: the official APA, Chicago and MLA
 * styles leave it out of a dated, archived work (src/lib/citation.ts).
 */
import { render } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAccessed } from '../lib/accessed-date';
import { CITATION_FORMATS, formatAll, type CitationFormat, type CitationTarget, type DateParts } from '../lib/citation';
import { editionsSchema } from '../lib/content-schemas';
import { contentDir } from '../lib/content-dir';
import { blocksById, currentEdition, plainWording } from '../lib/editions';
import type { Edition } from '../lib/content-schemas';
import { partParagraphNumbers } from './analysis';

/** All editions, oldest first (content/editions.json). */
export const EDITIONS = editionsSchema.parse(JSON.parse(readFileSync(join(contentDir(), 'editions.json'), 'utf8')));
export const EDITION = currentEdition(EDITIONS);

/** A date no real access date can be: its rendering marks where the access date goes. */
export const SENTINEL_DATE: DateParts = [1901, 2, 3];

/** Today, when the site is built. */
export const BUILD_DATE: DateParts = (() => {
  const d = new Date();
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
})();

export type TargetInput = Omit<CitationTarget, 'edition' | 'accessed'>;

/** Citation text in every format, access date as the sentinel; `edition` is the current one unless a past edition's page is cited. */
export async function citationTexts(input: TargetInput, edition: Edition = EDITION): Promise<Record<CitationFormat, string>> {
  return formatAll({ ...input, edition, accessed: SENTINEL_DATE });
}

/** The formats that record the access date (as data for reference managers). */
export const DATED_FORMATS: readonly CitationFormat[] = ['bibtex', 'ris', 'csl-json'];

/** One citation as HTML-ready pieces: the text before and after the access date ('' when the format prints none). */
export interface CitationPieces {
  format: CitationFormat;
  before: string;
  accessed: string;
  after: string;
}

export async function citationPieces(input: TargetInput, edition: Edition = EDITION): Promise<CitationPieces[]> {
  const texts = await citationTexts(input, edition);
  return CITATION_FORMATS.map((format) => {
    const marker = renderAccessed(format, SENTINEL_DATE);
    const at = texts[format].indexOf(marker);
    if (at < 0) {
      if (DATED_FORMATS.includes(format)) throw new Error(`The ${format} citation of ${input.pageUrl} has no access date`);
      return { format, before: texts[format], accessed: '', after: '' };
    }
    return { format, before: texts[format].slice(0, at), accessed: renderAccessed(format, BUILD_DATE), after: texts[format].slice(at + marker.length) };
  });
}

/** The plain text of a citation with the build date, for downloadable files. */
export function withBuildDate(pieces: CitationPieces): string {
  return pieces.before + pieces.accessed + pieces.after;
}


/** What a part offers for citing each of its paragraphs. */
export interface ParagraphCitation {
  anchor: string;
  /** Its number within the part, how it is cited ("§2, para. 3"). */
  paragraph: number;
  /** The paragraph's opening words, to recognise it by. */
  opening: string;
  target: TargetInput;
}

/**
 * Every paragraph of a part that can be cited (ids starting "p-", in
 * document order, as remarkExplicitIds recorded them).
 */
export async function partParagraphs(part: { slug: string; part: number; title: string; entry: { body?: string } & Parameters<typeof render>[0] }, pageUrl: string): Promise<ParagraphCitation[]> {
  const numbers = await partParagraphNumbers(part.entry);
  const wording = blocksById(part.entry.body ?? '');
  return [...numbers].map(([anchor, paragraph]) => {
    const words = plainWording(wording.get(anchor) ?? '').split(' ');
    return {
      anchor,
      paragraph,
      opening: words.slice(0, 14).join(' ') + (words.length > 14 ? ' …' : ''),
      target: { kind: 'paragraph', title: part.title, part: part.part, anchor, paragraph, pageUrl },
    };
  });
}

/** Whether any past edition has been frozen (content/editions/<id>/*.mdx). */
export function hasArchivedEditions(): boolean {
  const dir = join(contentDir(), 'editions');
  return existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && readdirSync(join(dir, d.name)).some((f) => f.endsWith('.mdx')));
}
