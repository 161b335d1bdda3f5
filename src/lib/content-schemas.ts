/**
 * Schemas for the content and data files. Kept free of Astro imports (zod
 * only) so they can be tested directly.
 */
import { z } from 'zod';

export const analysisPartSchema = z.object({
  /** The note's part number, shown as §1 to §5; fixes reading order. */
  part: z.number().int().min(1).max(5),
  /** Page title. For the note's untitled opening this is our own title. */
  title: z.string().min(3),
  /** The note's own heading for this part; absent for its untitled opening. */
  noteHeading: z.string().min(3).optional(),
  /** One sentence of our own for search engines and link previews (meta description). */
  description: z.string().min(40).max(160),
});
export type AnalysisPart = z.infer<typeof analysisPartSchema>;

export const noteTableRowSchema = z.object({
  /** Stable anchor of the row, used as `#table-<id>` on the page. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The criterion, as the row header. */
  criterion: z.string().min(3),
  /** The OS-embedded camp's cell, restated in our words. */
  osEmbedded: z.string().min(2),
  /** The independent camp's cell, restated in our words. */
  independent: z.string().min(2),
});
export type NoteTableRow = z.infer<typeof noteTableRowSchema>;

/** A site path: starts and ends with "/", e.g. "/analysis/conclusion/". */
const sitePath = z.string().regex(/^\/([a-z0-9-]+\/)*$/, 'a site path like /analysis/conclusion/');

export const redirectSchema = z.object({
  /** The old path, as it was cited. Never reuse it for a different page. */
  from: sitePath,
  /** Where that content lives now. */
  to: sitePath,
  /** Why the page moved, for the next editor. */
  why: z.string().min(10),
});
export const redirectsSchema = z.array(redirectSchema);
export type Redirect = z.infer<typeof redirectSchema>;

export const citableManifestSchema = z.object({
  /** Explains the file to whoever opens it. */
  $comment: z.string().optional(),
  /** Site path (without base path) to the anchors on it that must keep working. */
  pages: z.record(sitePath, z.array(z.string().regex(/^[a-z][a-z0-9-]*$/))),
});
export type CitableManifest = z.infer<typeof citableManifestSchema>;

export const editionSchema = z.object({
  /** Stable identifier, year and month: "2026-11". Part of archived URLs (/editions/2026-11/...). */
  id: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** How citations and pages name it: "November 2026 edition". */
  label: z.string().min(5),
  /** ISO date the edition was published. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What changed in this edition, one entry per change, for the changelog. */
  changes: z.array(z.string().min(10)).min(1),
});
/** Oldest first; the last entry is the current edition. */
export const editionsSchema = z.array(editionSchema).min(1);
export type Edition = z.infer<typeof editionSchema>;

/** A dated fact from shared/research/retrospective-facts.md (or a source named here). */
export const hindsightEventSchema = z.object({
  /** Stable anchor: #event-<id> on /hindsight/. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** ISO date, as precise as the source: "2008-06-26", "2007-10" or "2019". */
  date: z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/),
  /** The lane it is drawn in on the timeline. */
  lane: z.enum(['microsoft', 'vmware', 'xen', 'linux', 'oracle-sun', 'aws', 'hardware']),
  /** One line, in our words. */
  text: z.string().min(10).max(160),
  /** Where it is checked: publication and title or description, enough to find it. */
  source: z.string().min(5),
  /** Set when the source is weak or the date uncertain; the page says so. */
  uncertain: z.string().optional(),
});
export type HindsightEvent = z.infer<typeof hindsightEventSchema>;

/** One of the note's calls, checked against what happened. */
export const scorecardEntrySchema = z.object({
  /** Stable anchor: #<id> on /hindsight/. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The note's claim, restated in our words. */
  claim: z.string().min(10),
  /** Where the note makes it: "<part slug>#<paragraph id>". */
  where: z.string().regex(/^[a-z0-9-]+#[a-z][a-z0-9-]*$/),
  verdict: z.enum(['came-true', 'partly', 'did-not', 'came-true-as-direction', 'largely-came-true-cause-unproven']),
  /** Why, in a short paragraph of our own. */
  explanation: z.string().min(40),
  /** The events that bear on it (ids in `events`). */
  events: z.array(z.string()).min(1),
  /** Set when the verdict rests on weak or missing evidence; the page says so. */
  uncertain: z.string().optional(),
});
export type ScorecardEntry = z.infer<typeof scorecardEntrySchema>;

export const hindsightSchema = z.object({
  scorecard: z.array(scorecardEntrySchema).min(1),
  events: z.array(hindsightEventSchema).min(1),
});
export type Hindsight = z.infer<typeof hindsightSchema>;
