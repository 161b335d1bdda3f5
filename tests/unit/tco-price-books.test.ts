import { describe, expect, it } from 'vitest';
import { PRICE_BOOKS, activeOptions, currentBooks, defaultsOf, findBook, provenance } from '../../src/lib/tco/price-books';
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
