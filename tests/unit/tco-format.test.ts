/**
 * The calculator prints numbers without Intl.NumberFormat (src/lib/tco/format.ts,
 * for the speed of hydration); a reader must see exactly what Intl would have
 * printed: the same digits, rounding, grouping, signs and dollar signs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, type NumberStyle } from '../../src/lib/tco/format';
import { fmt, fmt3, usd, usdRate } from '../../src/lib/tco/model';

const STYLES: Array<[string, NumberStyle, Intl.NumberFormat]> = [
  ['usd', { minFraction: 0, maxFraction: 0, currency: true }, new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 })],
  ['rate', { minFraction: 2, maxFraction: 4, currency: true }, new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 4 })],
  ['2 decimals', { minFraction: 0, maxFraction: 2 }, new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 })],
  ['3 decimals', { minFraction: 0, maxFraction: 3 }, new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 })],
  ['whole', { minFraction: 0, maxFraction: 0 }, new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 })],
];

/** Values where rounding is decided: halves at every digit, and numbers whose double is just below or above them. */
const EDGES = [
  0, -0, 0.5, -0.5, 1.5, 2.5, 0.05, 0.005, 0.0005, 0.00005, 1.005, 1.015, 1.025, 1.045, 2.675, 8.345, 1234.5, 1234.565, 999.5, 999.995, 9999.99995, 0.99995,
  0.1315, 0.13, 0.12345, -0.00004, 0.1, 0.2, 0.3, 1e-7, 1.5e-7, 123456789.125, 1e15, 1e21, 1.7976931348623157e308, 5e-324, -1234567.891, 3.896, 4.0005,
  NaN, Infinity, -Infinity,
];

describe('numbers as the calculator prints them', () => {
  for (const [name, style, intl] of STYLES) {
    it(`${name}: the same text as Intl.NumberFormat at every edge of rounding`, () => {
      for (const x of EDGES) for (const v of [x, -x, x * 10, x * 1000]) expect(formatNumber(v, style), String(v)).toBe(intl.format(v));
    });
    it(`${name}: the same text as Intl.NumberFormat for any number`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.double({ noNaN: true }), fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.integer().map((i) => i / 1000), fc.integer().map((i) => i / 8)), (v) => {
          expect(formatNumber(v, style)).toBe(intl.format(v));
        }),
        { numRuns: 5000 },
      );
    });
  }

  it('money, rates and counts read as before', () => {
    expect(usd(1234567.5)).toBe('$1,234,568');
    expect(usd(-42.4)).toBe('-$42');
    expect(usdRate(0.1315)).toBe('$0.1315');
    expect(usdRate(0.1)).toBe('$0.10');
    expect(fmt(1234.5)).toBe('1,234.5');
    expect(fmt3(3.8956)).toBe('3.896');
  });
});
