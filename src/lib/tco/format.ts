/**
 * Numbers as the calculator prints them, in US English ("$12,345",
 * "1,234.5", "$0.1315"), written out by hand instead of with
 * Intl.NumberFormat. Why: a page's first Intl.NumberFormat loads the
 * browser's locale data, a single task of 130 to 200 ms on a phone's CPU
 * (Chromium, 4x slowdown), and the calculator's module made one as it loaded,
 * in the middle of hydrating (issue 15: no task over 100 ms). The output is
 * Intl's, character for character: tests/unit/tco-format.test.ts compares
 * the two on many thousands of values, ties and edge cases included.
 *
 * How Intl rounds, and so how this does: from the shortest decimal that reads
 * back as the same double (what Number's toString prints), half away from
 * zero ("halfExpand"), so 1.005 shows as 1.01 although the double is a little
 * below 1.005. A value that rounds to zero keeps its minus sign ("-$0").
 */

export interface NumberStyle {
  /** Digits after the point at the least (padded with zeros) and at the most (rounded). */
  minFraction: number;
  maxFraction: number;
  /** A dollar sign after any minus sign: "-$1,234". */
  currency?: boolean;
}

/** The digits of |x| (no leading zeros, at least one digit) and the power of ten of the first one: 1234.5 is "12345" and 3. */
function decimalDigits(x: number): { digits: string; exponent: number } {
  // toExponential() with no argument gives as many digits as it takes to read back as x: the shortest decimal.
  const [mantissa, exp] = Math.abs(x).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exp) };
}

/** Adds one to a string of decimal digits: "199" gives "200", "99" gives "100". */
function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i--) {
    if (out[i] !== '9') {
      out[i] = String(Number(out[i]) + 1);
      return out.join('');
    }
    out[i] = '0';
  }
  return `1${out.join('')}`;
}

/** Commas between groups of three digits: "1234567" gives "1,234,567". */
function group(integer: string): string {
  let out = '';
  for (let i = 0; i < integer.length; i++) {
    if (i > 0 && (integer.length - i) % 3 === 0) out += ',';
    out += integer[i];
  }
  return out;
}

/** `x` in US English with the given fraction digits, as Intl.NumberFormat('en-US', ...) writes it. */
export function formatNumber(x: number, { minFraction, maxFraction, currency = false }: NumberStyle): string {
  const sign = x < 0 || Object.is(x, -0) ? '-' : '';
  const prefix = sign + (currency ? '$' : '');
  if (Number.isNaN(x)) return `${currency ? '$' : ''}NaN`;
  if (!Number.isFinite(x)) return `${prefix}∞`;
  const { digits, exponent } = decimalDigits(x);
  // Fixed-point: the integer part and the fraction digits, zeros put in where the exponent asks.
  let integer: string;
  let fraction: string;
  if (exponent >= 0) {
    const padded = digits.padEnd(exponent + 1, '0');
    integer = padded.slice(0, exponent + 1);
    fraction = padded.slice(exponent + 1);
  } else {
    integer = '0';
    fraction = '0'.repeat(-exponent - 1) + digits;
  }
  // Round half away from zero to maxFraction digits.
  if (fraction.length > maxFraction) {
    const up = fraction[maxFraction] >= '5';
    fraction = fraction.slice(0, maxFraction);
    if (up) {
      const rounded = increment(integer + fraction);
      integer = rounded.slice(0, rounded.length - maxFraction);
      fraction = rounded.slice(rounded.length - maxFraction);
    }
  }
  fraction = fraction.replace(/0+$/, '');
  if (fraction.length < minFraction) fraction = fraction.padEnd(minFraction, '0');
  integer = integer.replace(/^0+(?=\d)/, '');
  return `${prefix}${group(integer)}${fraction ? `.${fraction}` : ''}`;
}

/** "1,234.567": a count or a limit, to at most three decimals, as the calculator's messages and working print them. */
export const formatCount = (x: number): string => formatNumber(x, { minFraction: 0, maxFraction: 3 });
