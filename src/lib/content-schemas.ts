/**
 * Schemas for the content and data files. Kept free of Astro imports (zod
 * only) so they can be tested directly.
 */
import { z } from 'zod';
import { sourceIdSchema } from './sources';

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
  /**
   * Our gloss on the row (a name the note assumes, or our correction of it), shown in the
   * table note under the table and marked as ours; never mixed into the note's cells.
   */
  gloss: z
    .object({
      /** The gloss, in our words. */
      text: z.string().min(20),
      /** Where a fact in it is checked: ids in content/data/sources.json. Absent when it only explains a name. */
      sources: z.array(sourceIdSchema).min(1).optional(),
      /** When the fact holds ("2005–2006"). */
      date: z.string().min(4).optional(),
    })
    .strict()
    .optional(),
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

/** One block of a part reworded in an edition, and why. */
export const rewordedBlockSchema = z.object({
  /** The part's slug: "building-into-the-os". */
  part: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** The block's anchor id: "p-control", or "note-3" for footnote 3. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** Why it changed, in one or two sentences a reader can check against the note. */
  why: z.string().min(10),
  /** The source of a fact the reason states beyond the note: an id in content/data/sources.json, shown as a link. */
  source: sourceIdSchema.optional(),
});

export const editionSchema = z.object({
  /** Stable identifier, year and month: "2026-11". Part of archived URLs (/editions/2026-11/...). */
  id: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  /** How citations and pages name it: "November 2026 edition". */
  label: z.string().min(5),
  /** ISO date the edition was published. */
  published: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** What changed in this edition, one entry per change, for the changelog. */
  changes: z.array(z.string().min(10)).min(1),
  /**
   * Every paragraph, heading or footnote reworded since the previous edition,
   * with the reason. The changelog lists them with links to both wordings; a
   * unit test checks the list against the frozen copy, both ways.
   */
  reworded: z.array(rewordedBlockSchema).optional(),
});
/** Oldest first; the last entry is the current edition. */
export const editionsSchema = z.array(editionSchema).min(1);
export type Edition = z.infer<typeof editionSchema>;

/** "2008-06-26", "2007-10" or "2019": a date as precise as its source. */
const partialIsoDate = z.string().regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/);

/** A dated fact from shared/research/retrospective-facts.md or one we checked ourselves, with its sources. */
export const hindsightEventSchema = z.object({
  /** Stable anchor: #event-<id> on /hindsight/. */
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  /** ISO date, as precise as the source: "2008-06-26", "2007-10" or "2019". */
  date: partialIsoDate,
  /** The lane it is drawn in on the timeline. */
  lane: z.enum(['microsoft', 'vmware', 'xen', 'linux', 'oracle-sun', 'aws', 'hardware']),
  /** One line, in our words. */
  text: z.string().min(10).max(160),
  /** Where it can be checked: ids in content/data/sources.json, the first the main one; an unknown id fails the build. */
  sources: z.array(sourceIdSchema).min(1),
  /**
   * How far we trust it: "high" for facts checked in shared/research/retrospective-facts.md or in a primary
   * or dated press source; "medium" for one secondary or analyst source, or a reading of ours; "low" when
   * the only source is flagged as weak.
   */
  confidence: z.enum(['high', 'medium', 'low']),
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
  /** The events that bear on it (ids in `events`): the evidence the verdict rests on. */
  events: z.array(z.string()).min(1),
  /**
   * Events we set beside the claim as our own analogy (AWS Nitro beside the note's "some day"), shown apart
   * and labelled so; never counted toward the verdict.
   */
  analogies: z.array(z.string()).min(1).optional(),
  /** Set when the verdict rests on weak or missing evidence; the page says so. */
  uncertain: z.string().optional(),
});
export type ScorecardEntry = z.infer<typeof scorecardEntrySchema>;

export const hindsightSchema = z.object({
  scorecard: z.array(scorecardEntrySchema).min(1),
  events: z.array(hindsightEventSchema).min(1),
});
export type Hindsight = z.infer<typeof hindsightSchema>;

/** Short names for the timeline's marks (content/data/timeline-labels.json). */
export const timelineLabelsSchema = z.object({
  /** What the file is, for a reader of the JSON. */
  $comment: z.string().optional(),
  /** Event id (in hindsight.json) to its short name, at most 26 characters so it can sit beside its mark. */
  labels: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/), z.string().min(2).max(26)),
});

/*
 * The comparison matrix (content/data/matrix.json): criteria x subjects x
 * views. The two camps' May 2006 cells for the note's nine rows are not
 * repeated there; they come from note-table.json (see src/lib/matrix/model.ts).
 */

const matrixId = z.string().regex(/^[a-z][a-z0-9-]*$/);

/**
 * Where a cell's value comes from. One of:
 * - `{ table }`: a row of the note's table (an id in note-table.json);
 * - `{ note }`: a paragraph, heading or footnote of the analysis, "<part slug>#<anchor>"
 *   (footnotes as "<slug>#fn-note-<n>", keeping the note's numbering);
 * - `{ event }`: a dated fact on /hindsight/ (an event id in hindsight.json, itself
 *   from shared/research/retrospective-facts.md);
 * - `{ sourceId }`: a source off the site (vendor documentation, release notes,
 *   kernel source, contemporary press, a source of retrospective-facts.md), an id
 *   in content/data/sources.json (schema in src/lib/sources.ts). Hindsight cells
 *   only: the May 2006 view says only what the note says. With `fact`, what the
 *   cell takes from it (a row of retrospective-facts.md's prices, ESX 1.0's year).
 */
export const matrixSourceSchema = z.union([
  z.object({ table: matrixId }).strict(),
  z.object({ note: z.string().regex(/^[a-z0-9-]+#[a-z][a-z0-9-]*$/) }).strict(),
  z.object({ event: matrixId }).strict(),
  z
    .object({
      /** An id in content/data/sources.json; an unknown one fails the build. */
      sourceId: matrixId,
      /** What the cell takes from it, in our words, when the source says more than the cell needs. */
      fact: z.string().min(10).optional(),
    })
    .strict(),
]);
export type MatrixSource = z.infer<typeof matrixSourceSchema>;

/** A cell the sources support: a short value, an optional note, at least one source. */
export const matrixValueSchema = z
  .object({
    /** What goes in the cell, short enough for a narrow column (in our words). */
    value: z.string().min(1).max(90),
    /** More detail, shown on hover, focus or tap. */
    note: z.string().min(10).max(400).optional(),
    sources: z.array(matrixSourceSchema).min(1),
  })
  .strict();

/** A cell the sources do not support: left empty, saying why. */
export const matrixGapSchema = z
  .object({
    /** Why the cell is empty ("The note does not discuss Sun's management tools."). */
    gap: z.string().min(10).max(300),
  })
  .strict();

export const matrixCellSchema = z.union([matrixValueSchema, matrixGapSchema]);
export type MatrixCell = z.infer<typeof matrixCellSchema>;

/** The two views every cell has. */
export const MATRIX_VIEWS = ['2006', 'hindsight'] as const;
export type MatrixView = (typeof MATRIX_VIEWS)[number];

export const matrixCriterionSchema = z
  .object({
    /** Stable anchor: #row-<id> on /tools/matrix/. The note's rows reuse note-table.json's ids. */
    id: matrixId,
    /** Row header. Omitted for the note's rows, which take their label from note-table.json. */
    label: z.string().min(3).optional(),
    /** True for the note's nine rows; false for the questions we add. */
    fromNote: z.boolean(),
    /** For added rows: the question the row answers, shown under the header. */
    question: z.string().min(10).optional(),
  })
  .strict();

export const matrixSubjectSchema = z
  .object({
    /** Stable id, used in the URL (?s=) and in cell anchors (#cell-<subject>-<criterion>). */
    id: matrixId,
    /** Column header. */
    label: z.string().min(2).max(40),
    /** A camp as the note drew it, or a product. */
    kind: z.enum(['camp', 'product']),
    /** One line on what the column covers, in our words. */
    description: z.string().min(10).max(200),
  })
  .strict();

export const matrixDataSchema = z
  .object({
    $comment: z.string().optional(),
    criteria: z.array(matrixCriterionSchema).min(1),
    subjects: z.array(matrixSubjectSchema).min(2),
    /**
     * cells[subject][criterion][view]. The camps' "2006" cells for rows with
     * fromNote may be omitted: they come from the note's table.
     */
    cells: z.record(matrixId, z.record(matrixId, z.object({ '2006': matrixCellSchema.optional(), hindsight: matrixCellSchema }).strict())),
  })
  .strict();
export type MatrixData = z.infer<typeof matrixDataSchema>;
