/** The URL helpers every tool's state shares. */
import { describe, expect, it } from 'vitest';
import { addressWith, quoted, readQuery } from '../../src/lib/url-query';

describe('url-query', () => {
  it('reads a query with or without its “?”, and never throws on malformed escapes', () => {
    expect(readQuery('?a=1').get('a')).toBe('1');
    expect(readQuery('a=1').get('a')).toBe('1');
    expect(() => readQuery('?a=%E0%A4%A&b=%')).not.toThrow();
    expect(readQuery('?a=%E0%A4%A&b=%').get('b')).toBe('%');
  });
  it('quotes a reader’s text for a notice, cut at 40 characters', () => {
    expect(quoted('hal-9000')).toBe('“hal-9000”');
    expect(quoted('x'.repeat(50))).toBe(`“${'x'.repeat(40)}…”`);
  });
  it('writes the address with the query, or without a bare “?”, and keeps the hash', () => {
    expect(addressWith('/tools/matrix/', 'view=hindsight', '#row-drivers')).toBe('/tools/matrix/?view=hindsight#row-drivers');
    expect(addressWith('/tools/matrix/', '', '#row-drivers')).toBe('/tools/matrix/#row-drivers');
  });
});
