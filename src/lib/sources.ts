/**
 * Every source the site relies on beyond the note itself, in one typed file
 * (content/data/sources.json): vendors' documentation, release notes, kernel
 * history, contemporary press, and the sources named in
 * shared/research/retrospective-facts.md. Data refer to a source by id (the
 * matrix cells, the hindsight events, the glossary, the price books, the
 * note table's glosses, the changelog); an unknown id throws, so the build
 * fails. Each source with an address is shown as a link to it and to the
 * Wayback Machine's copy. Pure: zod only, no Astro, no DOM.
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'an ISO day like 2026-11-29');
/** A source's id, cited from the data files; lowercase letters, digits and hyphens. */
export const sourceIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'a source id: lowercase letters, digits and hyphens');

/**
 * The Wayback Machine's address for a page as it was on a given day:
 * https://web.archive.org/web/<YYYYMMDD>/<url>. The Wayback Machine answers it
 * with the capture nearest that day, so the address works whether or not a
 * capture was made on exactly that date. We only link to it; nothing is fetched.
 */
export function archiveUrl(url: string, day: string): string {
  const stamp = day.replaceAll('-', '');
  if (!/^\d{8}$/.test(stamp)) throw new Error(`archiveUrl: "${day}" is not a day like 2026-11-29`);
  return `https://web.archive.org/web/${stamp}/${url}`;
}

export const sourceSchema = z
  .object({
    /** Stable id, cited from the data files and the anchor #source-<id> on /sources/; never reuse one for another source. */
    id: sourceIdSchema,
    /**
     * The document's own title (for source code, the file's path), as the publisher gives it; in square
     * brackets, our description of the page where the copy we read shows no title of its own.
     */
    title: z.string().min(3),
    /** Who published it: the vendor, project or publication ("Microsoft Learn", "Linux kernel"). */
    publisher: z.string().min(2),
    /** The named author or authors, where the document names any. */
    author: z.string().min(2).optional(),
    /**
     * When it was published or last updated, as precisely as the document says ("2009-07-20",
     * "2013-11", "2011"); absent when the document carries no date, and the page then says "undated".
     */
    date: z
      .string()
      .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/)
      .optional(),
    /** Where it is (the original address, https or http as published); absent only with `noLink`. */
    url: z.string().url().regex(/^https?:\/\//, 'an http(s) address').optional(),
    /** The day we read it and checked the fact against it (ISO); with `url`. */
    checked: isoDay.optional(),
    /** The archived copy: the Wayback Machine's address built from `url` and `checked` (see archiveUrl); with `url`. */
    archived: z.string().url().optional(),
    /**
     * For a source we cannot link: why ("Illuminata sold its notes to subscribers; we know of no public
     * copy", or "named in the checked-facts file; we found no copy to link, the other sources of the fact
     * are linked beside it"). The page says so where a link would be.
     */
    noLink: z.string().min(10).optional(),
    /**
     * How far the fact rests on this source: "high" for the vendor's or project's own words or the named
     * contemporary source itself, "medium" for a copy of them hosted elsewhere, press or an encyclopedia,
     * "low" for a weak source.
     */
    confidence: z.enum(['high', 'medium', 'low']),
    /** What the source says that we rely on, in our words, so a reader (and the next editor) knows what to look for. */
    supports: z.string().min(10),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.url) {
      if (!s.checked) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['checked'], message: 'a source with an address says when we checked it' });
      else if (/^\d{4}-\d{2}-\d{2}$/.test(s.checked) && s.archived !== archiveUrl(s.url, s.checked))
        ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['archived'], message: `must be ${archiveUrl(s.url, s.checked)}` });
      if (s.noLink) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['noLink'], message: 'a source with an address cannot also have none' });
    } else {
      if (!s.noLink) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['url'], message: 'a source needs its address, or noLink saying why it has none' });
      if (s.archived || s.checked) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['archived'], message: 'no archived copy or check date without an address' });
    }
  });
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z
  .object({
    /** Explains the file to whoever opens it. */
    $comment: z.string().optional(),
    /** Every source, each id once. */
    sources: z.array(sourceSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.sources.forEach((s, i) => {
      if (seen.has(s.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sources', i, 'id'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    });
  });
export type SourcesFile = z.infer<typeof sourcesFileSchema>;

/** The sources by id, for resolving references. */
export function sourcesById(file: SourcesFile): Record<string, Source> {
  return Object.fromEntries(file.sources.map((s) => [s.id, s]));
}

/** The source with this id; an unknown id throws (so the build fails), naming who asked. */
export function sourceById(sources: Record<string, Source>, id: string, usedBy: string): Source {
  const s = sources[id];
  if (!s) throw new Error(`${usedBy}: no source "${id}" in content/data/sources.json`);
  return s;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2009-07-20" → "20 Jul 2009", "2013-11" → "Nov 2013", "2011" → "2011", none → "undated". */
export function sourceDateText(date: string | undefined): string {
  if (!date) return 'undated';
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** Who stands behind a source: "Author, Publisher", or the publisher alone. */
export function sourceByline(source: Pick<Source, 'author' | 'publisher'>): string {
  return [source.author, source.publisher].filter(Boolean).join(', ');
}

/** How a source is named where it is cited: byline, title, date. */
export function sourceLabel(s: Source): string {
  return `${sourceByline(s)}, “${s.title}” (${sourceDateText(s.date)})`;
}
