/**
 * Sources outside the note and outside shared/research/retrospective-facts.md:
 * vendors' documentation, release notes, kernel source, contemporary press,
 * each checked by us on a stated date (content/data/sources.json). Data cite
 * one by id (`{ "sourceId": "…" }` in a matrix cell); an unknown id throws,
 * so the build fails. Pure: zod only, no Astro, no DOM.
 */
import { z } from 'zod';

const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'an ISO day like 2026-11-29');

/** The Wayback Machine's address for a page as it was around a day: web.archive.org/web/<YYYYMMDD>/<url>. */
export function archiveUrl(url: string, checked: string): string {
  return `https://web.archive.org/web/${checked.replaceAll('-', '')}/${url}`;
}

export const webSourceSchema = z
  .object({
    /** Stable id, cited from data files as `{ "sourceId": "<id>" }`; never reuse one for another source. */
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
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
    /** Where it is (the original address, https or http as published). */
    url: z.string().url(),
    /** The day we read it and checked the fact against it (ISO). */
    checked: isoDay,
    /** The archived copy: the Wayback Machine's address built from `url` and `checked` (see archiveUrl). */
    archived: z.string().url(),
    /**
     * How far the fact rests on this source: "high" for the vendor's or project's own words,
     * "medium" for a copy of them hosted elsewhere or for contemporary press, "low" for a weak source.
     */
    confidence: z.enum(['high', 'medium', 'low']),
    /** What the source says that we rely on, in our words, so a reader (and the next editor) knows what to look for. */
    supports: z.string().min(10),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.archived !== archiveUrl(s.url, s.checked))
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['archived'], message: `must be ${archiveUrl(s.url, s.checked)}` });
  });
export type WebSource = z.infer<typeof webSourceSchema>;

export const webSourcesFileSchema = z
  .object({
    /** Explains the file to whoever opens it. */
    $comment: z.string().optional(),
    /** Every source, each id once. */
    sources: z.array(webSourceSchema).min(1),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    for (const s of f.sources) {
      if (seen.has(s.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['sources'], message: `duplicate source id "${s.id}"` });
      seen.add(s.id);
    }
  });
export type WebSourcesFile = z.infer<typeof webSourcesFileSchema>;

/** The sources by id, for resolving references. */
export function webSourcesById(file: WebSourcesFile): Record<string, WebSource> {
  return Object.fromEntries(file.sources.map((s) => [s.id, s]));
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

/** How a web source is named where it is cited: publisher, title, date. */
export function webSourceLabel(s: WebSource): string {
  return `${s.publisher}, “${s.title}” (${sourceDateText(s.date)})`;
}
