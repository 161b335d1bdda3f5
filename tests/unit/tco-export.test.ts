import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromJson, importTooLarge, toCsv, toJson } from '../../src/lib/tco/export';
import { boundNotices } from '../../src/lib/tco/notices';
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

describe('import of a damaged or hostile file', () => {
  const file = (scenario: unknown, version: unknown = 1) => JSON.stringify({ format: 'hypervisor-home-tco', version, scenario });
  it('names each value of the wrong type, never "[object Object]"', () => {
    const { scenario, notices } = fromJson(file({ ...S, windowsVms: { n: 1 }, hostPrice: [1], pue: true, linuxVms: 99, overrides: { b: { hostPrice: { a: 1 }, colour: 3 }, zz: 5 } }));
    expect(scenario.linuxVms).toBe(99);
    expect(scenario.windowsVms).toBe(S.windowsVms);
    expect(notices).toContain('Ignored windowsVms: it should be a number or a choice, not an object.');
    expect(notices).toContain('Ignored hostPrice: it should be a number or a choice, not a list.');
    expect(notices).toContain('Ignored pue: it should be a number or a choice, not true.');
    expect(notices).toContain('Ignored overrides.b.hostPrice: it should be a number, not an object.');
    expect(notices).toContain('Ignored overrides.zz: it should be an object of host inputs, not a number.');
    expect(notices.some((n) => n.includes('A pool cannot set “colour”'))).toBe(true);
    expect(notices.join('\n')).not.toContain('[object Object]');
  });
  it('names a __proto__ key as ignored and never pollutes objects', () => {
    const { notices } = fromJson(`{"format":"hypervisor-home-tco","version":1,"scenario":{"__proto__":{"polluted":1},"linuxVms":5}}`);
    expect(notices.join('\n')).toContain('__proto__');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('says when the version is unknown, and reads what it can', () => {
    const { scenario, notices } = fromJson(file({ ...S, linuxVms: 12 }, 9));
    expect(notices[0]).toMatch(/version 9; this calculator writes version 1/);
    expect(scenario.linuxVms).toBe(12);
  });
  it('refuses a file over the limit before reading it, with its size', () => {
    expect(importTooLarge(2000)).toBeNull();
    expect(importTooLarge(1_200_000)).toMatch(/^That file is 1\.1 MB; .*Nothing was imported\.$/);
    const big = `{"format":"hypervisor-home-tco","version":1,"scenario":{${Array.from({ length: 100_000 }, (_, i) => `"k${i}":${i}`).join(',')}}}`;
    const started = performance.now();
    expect(fromJson(big).notices).toEqual([importTooLarge(big.length)]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
  it('bounds the list of notices, counting the rest', () => {
    const notices = Array.from({ length: 100_000 }, (_, i) => `n${i}`);
    const shown = boundNotices(notices);
    expect(shown).toHaveLength(8);
    expect(shown.at(-1)).toBe('… and 99,993 more problems like these.');
    expect(boundNotices(['a', 'b'])).toEqual(['a', 'b']);
  });
});
