import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PRICE_BOOKS, activeOptions, currentBooks, defaultsOf, findBook, provenance, type PriceBook } from '../../src/lib/tco/price-books';
import { priceBookSchema } from '../../src/lib/tco/price-book-schema';
import { scenarioSchema } from '../../src/lib/tco/scenario';

describe('price books', () => {
  it('give a value for every input, each sourced or labelled an assumption', () => {
    const inputs = Object.keys(scenarioSchema.shape).filter((k) => k !== 'priceBook' && k !== 'overrides');
    for (const book of PRICE_BOOKS) {
      expect(() => priceBookSchema.parse(book), book.id).not.toThrow();
      expect(scenarioSchema.safeParse(defaultsOf(book)).success).toBe(true);
      expect(Object.keys(book.values).sort(), book.id).toEqual(inputs.sort());
      expect(() => defaultsOf(book)).not.toThrow();
      for (const v of Object.values(book.values)) expect(provenance(v)).toMatch(/^(Source: .+, .+ \(.+ confidence\)|Assumption: .+)$/);
    }
  });
  it('keep every choice’s options within the inputs, and the defaults on one option', () => {
    for (const book of PRICE_BOOKS) {
      const defaults = defaultsOf(book);
      for (const choice of book.choices) for (const o of choice.options) for (const k of Object.keys(o.values)) expect(Object.keys(defaults)).toContain(k);
      expect(Object.values(activeOptions(book, defaults)).every((id) => id !== null), book.id).toBe(true);
    }
  });
  it('make the disagreeing sources a visible choice (VMware’s 72-core minimum, Windows 2025 prices)', () => {
    const today = findBook('today@1')!;
    expect(today.choices.map((c) => c.id)).toEqual(expect.arrayContaining(['vmware-minimum-order', 'windows-2025-prices']));
    expect(activeOptions(today, { ...defaultsOf(today), indHvMinOrderCores: 0 })['vmware-minimum-order']).toBe('withdrawn');
  });
  it('name books by id and version, and offer the newest of each', () => {
    expect(currentBooks().map((b) => `${b.id}@${b.version}`)).toEqual(['2006@1', 'today@1']);
    expect(findBook('today@9')).toBeUndefined();
    expect(defaultsOf(findBook('2006@1')!).priceBook).toBe('2006@1');
  });
});

/** Every number a book sets (values, ranges, each choice's option values), in a stable order: what an old link computes from. */
function numbersOf(book: PriceBook): string {
  const values = Object.keys(book.values)
    .sort()
    .map((k) => [k, book.values[k].value, book.values[k].range ?? null]);
  const choices = book.choices.map((c) => [c.id, c.options.map((o) => [o.id, Object.entries(o.values).sort(([a], [b]) => a.localeCompare(b))])]);
  return createHash('sha256').update(JSON.stringify([values, choices])).digest('hex').slice(0, 16);
}

describe('a published book', () => {
  // Fingerprints of the numbers as published. A change here breaks every shared link to that book: publish a new
  // version instead. (Corrections to what a book says about its sources do not change these.)
  const PUBLISHED: Record<string, string> = { '2006@1': '0f19f16bb3464be5', 'today@1': '22743c588f6f99c9' };
  it('keeps its numbers, so an old link computes what it computed', () => {
    for (const book of PRICE_BOOKS) expect(numbersOf(book), `${book.id}@${book.version}`).toBe(PUBLISHED[`${book.id}@${book.version}`]);
  });
});
