/**
 * Price books: the calculator's defaults, as typed, versioned data files in
 * content/pricebooks/<id>.v<version>.json. Every value is either sourced
 * (source, date, confidence) or an assumption (with a note). A shared
 * scenario names its book as "<id>@<version>"; books are never edited once
 * published, only superseded, so an old link computes the same numbers.
 */
import { z } from 'zod';
import book2006v1 from '../../../content/pricebooks/2006.v1.json';
import bookTodayV1 from '../../../content/pricebooks/today.v1.json';
import { scenarioSchema, type Scenario, type ScenarioKey } from './scenario';

const scalar = z.union([z.number(), z.string()]);

const valueSchema = z.discriminatedUnion('basis', [
  z.object({
    basis: z.literal('source'),
    value: scalar,
    /** Publication and title, enough to find it. */
    source: z.string().min(5),
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

/** Every version of every book, oldest first within a book. */
export const PRICE_BOOKS: PriceBook[] = [book2006v1, bookTodayV1].map((b) => priceBookSchema.parse(b));

export const bookKey = (b: Pick<PriceBook, 'id' | 'version'>) => `${b.id}@${b.version}`;

/** The newest version of each book, in display order. */
export function currentBooks(books = PRICE_BOOKS): PriceBook[] {
  const latest = new Map<string, PriceBook>();
  for (const b of books) if ((latest.get(b.id)?.version ?? 0) < b.version) latest.set(b.id, b);
  return [...latest.values()];
}

/** A book by "<id>@<version>", or undefined. */
export function findBook(key: string, books = PRICE_BOOKS): PriceBook | undefined {
  return books.find((b) => bookKey(b) === key);
}

/** The scenario a book gives before the reader changes anything. Throws if the book misses an input. */
export function defaultsOf(book: PriceBook): Scenario {
  const raw: Record<string, unknown> = { priceBook: bookKey(book) };
  for (const [key, v] of Object.entries(book.values)) raw[key] = v.value;
  return scenarioSchema.parse(raw);
}

/** The option of each choice that the scenario currently matches (or null: the reader typed other values). */
export function activeOptions(book: PriceBook, s: Scenario): Record<string, string | null> {
  return Object.fromEntries(
    book.choices.map((c) => [c.id, c.options.find((o) => Object.entries(o.values).every(([k, v]) => s[k as ScenarioKey] === v))?.id ?? null]),
  );
}

/** Where a default comes from, in one line for the page. */
export function provenance(v: PriceValue): string {
  return v.basis === 'source' ? `Source: ${v.source}, ${v.date} (${v.confidence} confidence)` : `Assumption: ${v.note}`;
}
