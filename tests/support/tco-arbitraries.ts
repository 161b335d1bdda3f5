/** fast-check generators of valid TCO scenarios, within every input's limits. */
import fc from 'fast-check';
import { FIELDS, bounds } from '../../src/lib/tco/fields';
import { HOST_FIELDS, POOL_KEYS } from '../../src/lib/tco/limits';
import { PRICE_BOOKS, bookKey } from '../../src/lib/tco/price-books';
import type { Scenario } from '../../src/lib/tco/scenario';

/** Numbers kept to sensible sizes so totals stay in the range a shop could have. */
const CAPS: Partial<Record<string, number>> = { windowsVms: 2000, linuxVms: 2000, vmsPerHost: 60, coresPerSocket: 64, indHvMinOrderCores: 500, hostsPerAdmin: 100, vmsPerAdmin: 500 };

const fieldArbitraries = Object.fromEntries(
  FIELDS.map((f) => {
    if (f.options) return [f.key, fc.constantFrom(...f.options.map((o) => o.value))];
    const b = bounds(f.key)!;
    const max = Math.min(b.max, CAPS[f.key] ?? b.max);
    const arb = b.int ? fc.integer({ min: b.min, max }) : fc.double({ min: b.min, max, noNaN: true, noDefaultInfinity: true }).map((x) => Math.round(x * 1000) / 1000 + 0);
    return [f.key, arb];
  }),
);

/** Some pools with some hardware of their own (most scenarios have none). */
const overridesArbitrary = fc.dictionary(
  fc.constantFrom(...POOL_KEYS),
  fc.dictionary(fc.constantFrom(...HOST_FIELDS), fc.constant(0), { minKeys: 1 }).chain((fields) =>
    fc.record(Object.fromEntries(Object.keys(fields).map((f) => [f, fieldArbitraries[f]]))),
  ),
  { maxKeys: 2 },
);

export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.record({
  priceBook: fc.constantFrom(...PRICE_BOOKS.map(bookKey)),
  overrides: fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: overridesArbitrary }),
  ...fieldArbitraries,
}) as unknown as fc.Arbitrary<Scenario>;
