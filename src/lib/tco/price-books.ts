/**
 * Price books: the calculator's defaults, as typed, versioned data files in
 * content/pricebooks/<id>.v<version>.json. Every value is either sourced
 * (source, date, confidence) or an assumption (with a note). A shared
 * scenario names its book as "<id>@<version>"; a book's numbers never change
 * once published (a new version supersedes it), so an old link computes the
 * same numbers; tests/unit/tco-price-books.test.ts pins them. What it says
 * about where a number comes from may be corrected in place, so an old link
 * does not keep a wrong attribution.
 */
import book2006v1 from '../../../content/pricebooks/2006.v1.json';
import bookTodayV1 from '../../../content/pricebooks/today.v1.json';
import { checkScenario } from './fields';
import type { Scenario, ScenarioKey } from './limits';
import type { PriceBook, PriceValue } from './price-book-schema';

export type { PriceBook, PriceChoice, PriceValue } from './price-book-schema';

/**
 * Every version of every book, oldest first within a book. Checked against
 * the schema in tests/unit/tco-price-books.test.ts and at build time.
 */
export const PRICE_BOOKS = [book2006v1, bookTodayV1] as unknown as PriceBook[];

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

// Books never change once published, so each is checked once; every link read and every keystroke's URL needs its defaults.
const checked = new WeakMap<PriceBook, Scenario>();

/** The scenario a book gives before the reader changes anything (a fresh copy). Throws if the book misses an input. */
export function defaultsOf(book: PriceBook): Scenario {
  let defaults = checked.get(book);
  if (!defaults) {
    const raw: Record<string, unknown> = { priceBook: bookKey(book), overrides: {} };
    for (const [key, v] of Object.entries(book.values)) raw[key] = v.value;
    defaults = checkScenario(raw);
    checked.set(book, defaults);
  }
  return { ...defaults, overrides: {} };
}

/** The option of each choice that the scenario currently matches (or null: the reader typed other values). */
export function activeOptions(book: PriceBook, s: Scenario): Record<string, string | null> {
  return Object.fromEntries(
    book.choices.map((c) => [c.id, c.options.find((o) => Object.entries(o.values).every(([k, v]) => s[k as ScenarioKey] === v))?.id ?? null]),
  );
}

/**
 * The anchor of a price-book value's sources in the list under the calculator
 * ("prices-2006-watts-per-host"), where each source is linked; the field's help links there.
 */
export function priceSourceAnchor(bookId: string, key: string): string {
  return `prices-${bookId}-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Where a default comes from, in one line for the page. */
export function provenance(v: PriceValue): string {
  return v.basis === 'source' ? `Source: ${v.source}, ${v.date} (${v.confidence} confidence)` : `Assumption: ${v.note}`;
}
