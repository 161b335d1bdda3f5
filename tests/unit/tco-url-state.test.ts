import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIELDS, parseField } from '../../src/lib/tco/fields';
import { decodeScenario, encodeScenario } from '../../src/lib/tco/url-state';
import { defaultsOf, findBook } from '../../src/lib/tco/price-books';
import { scenarioSchema } from '../../src/lib/tco/scenario';
import { scenarioArbitrary } from '../support/tco-arbitraries';

describe('URL state', () => {
  it('writes only what differs from the price book, with the format and book versions', () => {
    const s = { ...defaultsOf(findBook('today@1')!), windowsVms: 400, winPlacement: 'pinned' as const };
    expect(encodeScenario(s)).toBe('v=1&pb=today@1&windowsVms=400&winPlacement=pinned');
  });
  it('reads a link back to the same scenario', () => {
    expect(decodeScenario('?v=1&pb=2006@1&vmsPerHost=12&kwhPrice=0.2')).toEqual({
      scenario: { ...defaultsOf(findBook('2006@1')!), vmsPerHost: 12, kwhPrice: 0.2 },
      notices: [],
    });
  });
  it('keeps every good setting and explains each bad one', () => {
    const { scenario, notices } = decodeScenario('v=1&pb=today@1&windowsVms=abc&linuxVms=-5&growthPct=7&colour=blue&winPlacement=sideways');
    const defaults = defaultsOf(findBook('today@1')!);
    expect(scenario).toEqual({ ...defaults, growthPct: 7 });
    expect(notices).toEqual([
      'Ignored windowsVms=“abc”: Windows VMs must be a whole number from 0 to 100,000; “abc” is not a number.',
      'Ignored linuxVms=“-5”: Linux VMs must be a whole number from 0 to 100,000.',
      'Ignored an unknown setting “colour”.',
      'Ignored winPlacement=“sideways”: In one shared pool: choose one of License every host for Windows, Pin Windows VMs to their own hosts.',
    ]);
  });
  it('carries a pool’s own hardware, checked like any input', () => {
    const { scenario, notices } = decodeScenario('v=1&pb=today@1&ov.b.hostPrice=5000&ov.x.hostPrice=1&ov.b.colour=1&ov.c.vmsPerHost=0');
    expect(scenario.overrides).toEqual({ b: { hostPrice: 5000 } });
    expect(notices).toEqual([
      'Ignored ov.x.hostPrice=“1”: There is no pool “x”; the pools are aWindows, aLinux, b, c.',
      'Ignored ov.b.colour=“1”: A pool cannot set “colour”; it can set vmsPerHost, socketsPerHost, coresPerSocket, hostPrice, refreshYears, haSpares, wattsPerHost.',
      'Ignored ov.c.vmsPerHost=“0”: C, shared pool: VMs per host must be a whole number from 1 to 500.',
    ]);
    expect(encodeScenario(scenario)).toBe('v=1&pb=today@1&ov.b.hostPrice=5000');
  });
  it('falls back to the newest book of the same name, saying so', () => {
    const { scenario, notices } = decodeScenario('pb=today@99');
    expect(scenario.priceBook).toBe('today@1');
    expect(notices).toEqual(['Price book “today@99” is unknown; using today@1 instead.']);
  });
  it('round-trips any valid scenario exactly (property)', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        expect(decodeScenario(encodeScenario(s))).toEqual({ scenario: s, notices: [] });
      }),
      { numRuns: 300 },
    );
  });
  it('turns any string into a valid scenario or notices, never an exception (property)', () => {
    const keys = fc.constantFrom('v', 'pb', ...FIELDS.map((f) => f.key), 'x', '');
    const query = fc.array(fc.tuple(keys, fc.string()), { maxLength: 8 }).map((pairs) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), query), (text) => {
        const { scenario } = decodeScenario(text);
        expect(scenarioSchema.safeParse(scenario).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('field parsing', () => {
  it('accepts thousands separators and a dollar sign, refuses the rest with a message', () => {
    expect(parseField('hostPrice', '$12,500')).toEqual({ ok: true, value: 12500 });
    expect(parseField('hostPrice', '')).toEqual({ ok: false, message: 'Host price is empty: enter a number from 0 to 1,000,000.' });
    expect(parseField('vmsPerHost', '2.5')).toEqual({ ok: false, message: 'VMs per host must be a whole number from 1 to 500.' });
    expect(parseField('hostPrice', '1e99')).toEqual({ ok: false, message: 'Host price must be a number from 0 to 1,000,000.' });
    expect(parseField('pue', 'NaN')).toMatchObject({ ok: false });
    expect(parseField('pue', 'Infinity')).toMatchObject({ ok: false });
    expect(parseField('growthPct', '-0')).toEqual({ ok: true, value: 0 });
    expect(Object.is((parseField('growthPct', '-0') as { value: number }).value, -0)).toBe(false);
  });
});

describe('decimal commas and the link’s own parameters', () => {
  it('reads a decimal comma as a point and says so; never reads "2,5" as 25', () => {
    expect(parseField('pue', '2,5')).toEqual({ ok: true, value: 2.5, note: 'Read “2,5” as 2.5, the comma as a decimal point.' });
    expect(parseField('hostPrice', '12,500')).toEqual({ ok: true, value: 12500 });
    const int = parseField('windowsVms', '2,5');
    expect(int.ok).toBe(false);
    expect((int as { message: string }).message).toMatch(/^Windows VMs must be a whole number from 0 to 100,000\. Read “2,5” as 2\.5/);
    expect(parseField('hostPrice', '1,2,3')).toMatchObject({ ok: false, message: expect.stringContaining('Use a point for decimals') });
    const { scenario, notices } = decodeScenario('v=1&pb=today@1&pue=1,7');
    expect(scenario.pue).toBe(1.7);
    expect(notices).toEqual(['pue: Read “1,7” as 1.7, the comma as a decimal point.']);
  });
  it('says when v or pb is given twice or empty', () => {
    expect(decodeScenario('v=1&v=2&pb=today@1').notices).toEqual(['“v” was given 2 times; the first value was used.']);
    expect(decodeScenario('v=1&pb=today@1&pb=2006@1').notices).toEqual(['“pb” was given 2 times; the first value was used.']);
    expect(decodeScenario('v=&pb=today@1').notices).toEqual(['The link’s format version (v) is empty; it was read as the current one.']);
    const empty = decodeScenario('v=1&pb=');
    expect(empty.notices).toEqual(['The link names no price book (pb is empty); using the default.']);
    expect(empty.scenario.priceBook).toBe('today@1');
  });
});
