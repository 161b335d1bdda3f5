/**
 * Schema of content/data/glossary.json: the note's 2006 vocabulary explained
 * for a reader today, each entry with the name it had then, the name it has
 * now and the sources that back it. Zod only, so tests, the markdown plugin
 * and the page can all use it without Astro.
 */
import { z } from 'zod';
import { sourceIdSchema } from '../sources';

const slug = z.string().regex(/^[a-z][a-z0-9-]*$/, 'lowercase letters, digits and hyphens, starting with a letter');
/** One source an entry rests on: an id in content/data/sources.json, and what in the entry it backs. */
export const glossarySourceRefSchema = z
  .object({
    /** The source's id in content/data/sources.json; an unknown one fails the build. */
    source: sourceIdSchema,
    /** What in the entry this source backs, in a few words. */
    supports: z.string().min(5).max(200),
  })
  .strict();
export type GlossarySourceRef = z.infer<typeof glossarySourceRefSchema>;

export const glossaryTermSchema = z
  .object({
    /** Stable id: the entry's anchor is #term-<id> on /glossary/ (a citable anchor, never renamed). */
    id: slug,
    /** The term as the entry's heading shows it. */
    term: z.string().min(2).max(60),
    /** For an abbreviation, what it stands for; the text then marks it up as <abbr>. */
    expansion: z.string().min(3).optional(),
    /**
     * The words that count as a use of the term in the analysis, exactly as
     * written there. A form starting with a lowercase letter also matches
     * with its first letter capitalised (at the start of a sentence).
     */
    forms: z.array(z.string().min(2)).min(1),
    /** One or two sentences shown in place beside the term in the text (our words). */
    short: z.string().min(20).max(220),
    /** The full definition on /glossary/ (our words; explains, does not correct the note). */
    definition: z.string().min(40).max(900),
    /** What it was called around May 2006, when the note was written. */
    then: z.string().min(2).max(200),
    /** What it is called now. */
    now: z.string().min(2).max(200),
    /** The sources every fact in the entry rests on; a fact without one stays out. */
    sources: z.array(glossarySourceRefSchema).min(1),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryFileSchema = z
  .object({
    /** Explains the file to whoever opens it. */
    $comment: z.string().optional(),
    /** The entries (the page lists them alphabetically by term). */
    terms: z.array(glossaryTermSchema).min(1),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>();
    const forms = new Map<string, string>();
    file.terms.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `duplicate term id "${t.id}"`, path: ['terms', i, 'id'] });
      ids.add(t.id);
      for (const form of t.forms) {
        const owner = forms.get(form);
        if (owner && owner !== t.id) ctx.addIssue({ code: z.ZodIssueCode.custom, message: `form "${form}" belongs to both "${owner}" and "${t.id}"`, path: ['terms', i, 'forms'] });
        forms.set(form, t.id);
      }
    });
  });
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;

/** The citable anchor of an entry on /glossary/. */
export function termAnchor(id: string): string {
  return `term-${id}`;
}
