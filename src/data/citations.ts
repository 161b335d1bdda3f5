/**
 * Citations for pages, formatted once per build (Astro-side: reads the
 * editions file and the deployment). Text is formatted with a sentinel access
 * date, which pages replace by the build date inside a <span data-accessed>
 * and the browser by the reader's date (src/scripts/cite.ts).
 */
import { render } from 'astro:content';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderAccessed } from '../lib/accessed-date';
import { CITATION_FORMATS, formatAll, type CitationFormat, type CitationTarget, type DateParts } from '../lib/citation';
import { editionsSchema } from '../lib/content-schemas';
import { contentDir } from '../lib/content-dir';
import { blocksById, currentEdition, plainWording } from '../lib/editions';

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

/** Citation text in every format, access date as the sentinel. */
export async function citationTexts(input: TargetInput): Promise<Record<CitationFormat, string>> {
  return formatAll({ ...input, edition: EDITION, accessed: SENTINEL_DATE });
}

/** One citation as HTML-ready pieces: the text before and after the access date. */
export interface CitationPieces {
  format: CitationFormat;
  before: string;
  accessed: string;
  after: string;
}

export async function citationPieces(input: TargetInput): Promise<CitationPieces[]> {
  const texts = await citationTexts(input);
  return CITATION_FORMATS.map((format) => {
    const marker = renderAccessed(format, SENTINEL_DATE);
    const at = texts[format].indexOf(marker);
    if (at < 0) throw new Error(`The ${format} citation of ${input.pageUrl} has no access date`);
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
  /** The paragraph's opening words, to recognise it by. */
  opening: string;
  target: TargetInput;
}

/**
 * Every paragraph of a part that can be cited (ids starting "p-", in
 * document order, as remarkExplicitIds recorded them).
 */
export async function partParagraphs(part: { slug: string; part: number; title: string; entry: { body?: string } & Parameters<typeof render>[0] }, pageUrl: string): Promise<ParagraphCitation[]> {
  const { remarkPluginFrontmatter } = await render(part.entry);
  const anchors = ((remarkPluginFrontmatter.anchors as string[] | undefined) ?? []).filter((a) => a.startsWith('p-'));
  const wording = blocksById(part.entry.body ?? '');
  return anchors.map((anchor) => {
    const words = plainWording(wording.get(anchor) ?? '').split(' ');
    return {
      anchor,
      opening: words.slice(0, 14).join(' ') + (words.length > 14 ? ' …' : ''),
      target: { kind: 'paragraph', title: part.title, part: part.part, anchor, pageUrl },
    };
  });
}

/** Whether any past edition has been frozen (content/editions/<id>/*.mdx). */
export function hasArchivedEditions(): boolean {
  const dir = join(contentDir(), 'editions');
  return existsSync(dir) && readdirSync(dir, { withFileTypes: true }).some((d) => d.isDirectory() && readdirSync(join(dir, d.name)).some((f) => f.endsWith('.mdx')));
}
