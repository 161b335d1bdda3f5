import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJson, toCsv, toJson } from '../../src/lib/tco/export';
import { compare } from '../../src/lib/tco/model';
import { defaultsOf, findBook } from '../../src/lib/tco/price-books';
import { scenarioArbitrary } from '../support/tco-arbitraries';

const S = defaultsOf(findBook('2006@1')!);

describe('export', () => {
  it('CSV holds the inputs, the totals and the year-by-year table', () => {
    const csv = toCsv(S, compare(S), 'https://x.example/tools/tco/?v=1');
    const lines = csv.split('\n');
    expect(lines[1]).toBe('Link,https://x.example/tools/tco/?v=1');
    expect(lines).toContain('Windows VMs,60,VMs');
    expect(lines).toContain('Result,"A. OS-embedded, two silos","B. Independent, one pool","C. OS-embedded, one platform"');
    expect(lines.filter((l) => /^\d+,/.test(l))).toHaveLength(S.years);
  });
  it('JSON round-trips any scenario exactly (property)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        expect(fromJson(toJson(s))).toEqual({ scenario: s, notices: [] });
      }),
      { numRuns: 200 },
    );
  });
  it('refuses a file that is not ours, and keeps good values from a damaged one', () => {
    expect(fromJson('not json').notices).toEqual(['That file is not JSON; nothing was imported.']);
    expect(fromJson('{"format":"other"}').notices[0]).toMatch(/not a scenario exported by this calculator/);
    const damaged = fromJson(JSON.stringify({ format: 'hypervisor-home-tco', version: 1, scenario: { ...S, hostPrice: -4, vmsPerHost: 12 } }));
    expect(damaged.scenario.vmsPerHost).toBe(12);
    expect(damaged.scenario.hostPrice).toBe(S.hostPrice);
    expect(damaged.notices).toEqual(['Ignored hostPrice=“-4”: Host price must be a number from 0 to 1,000,000.']);
  });
});
