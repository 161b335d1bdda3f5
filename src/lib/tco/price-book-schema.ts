/**
 * The zod schema of a price book file (content/pricebooks/*.json), used by
 * the tests and the build; the browser trusts files that passed it.
 */
import { z } from 'zod';
import { sourceIdSchema } from '../sources';

const scalar = z.union([z.number(), z.string()]);

const valueSchema = z.discriminatedUnion('basis', [
  z.object({
    basis: z.literal('source'),
    value: scalar,
    /** What the sources say, briefly: publication and the figure or rule, as shown beside the field. */
    source: z.string().min(5),
    /** The sources themselves: ids in content/data/sources.json, linked in the list under the calculator; an unknown id fails the build. */
    sources: z.array(sourceIdSchema).min(1),
    /** When the fact holds or was published. */
    date: z.string().min(4),
    /** How sure our research is: high, medium, low, or conflicting. */
    confidence: z.enum(['high', 'medium-high', 'medium', 'low', 'conflicting']),
    /** Plausible low and high, for the uncertainty ranges. */
    range: z.tuple([z.number(), z.number()]).optional(),
  }),
  z.object({
    basis: z.literal('assumption'),
    value: scalar,
    /** What we assumed and why. */
    note: z.string().min(5),
    range: z.tuple([z.number(), z.number()]).optional(),
  }),
]);
export type PriceValue = z.infer<typeof valueSchema>;

const choiceSchema = z.object({
  id: z.string(),
  label: z.string(),
  /** Why the reader must choose: the sources disagree, or they are alternatives. */
  why: z.string(),
  options: z
    .array(
      z.object({
        id: z.string(),
        label: z.string(),
        /** The inputs this option sets. */
        values: z.record(z.string(), scalar),
        /** Source of values not already sourced in `values` of the book. */
        source: z.string().optional(),
        /** The sources of this option's values: ids in content/data/sources.json. */
        sources: z.array(sourceIdSchema).min(1).optional(),
      }),
    )
    .min(2),
});
export type PriceChoice = z.infer<typeof choiceSchema>;

export const priceBookSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+$/),
  version: z.number().int().min(1),
  label: z.string(),
  description: z.string(),
  /** A value for every input of the calculator. */
  values: z.record(z.string(), valueSchema),
  choices: z.array(choiceSchema),
});
export type PriceBook = z.infer<typeof priceBookSchema>;

