/** Properties of the TCO model that must hold for any valid scenario (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, compare, computeStrategy, hostsFor, poolSpec } from '../../src/lib/tco/model';
import { defaultsOf, findBook } from '../../src/lib/tco/price-books';
import { scenarioArbitrary } from '../support/tco-arbitraries';

const RUNS = { numRuns: 200 };
const close = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

describe('TCO model properties', () => {
  it('costs are never negative, and never NaN or infinite', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        for (const r of compare(s, { explain: false }).strategies) {
          for (const line of r.lines) for (const v of [...line.oneTime, ...line.recurring]) expect(Number.isFinite(v) && v >= 0, `${r.id} ${line.label}`).toBe(true);
          expect(Number.isFinite(r.totalDiscounted)).toBe(true);
          expect(Number.isFinite(r.perVmYear)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('every total equals the sum of its parts: categories, years, one-time plus recurring', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        for (const r of compare(s, { explain: false }).strategies) {
          const byCategory = CATEGORIES.reduce((t, c) => t + r.byCategory[c].total, 0);
          const byYear = r.years.reduce((t, y) => t + y.total, 0);
          expect(close(byCategory, r.totalNominal)).toBe(true);
          expect(close(byYear, r.totalNominal)).toBe(true);
          expect(close(r.oneTimeTotal + r.recurringTotal, r.totalNominal)).toBe(true);
          expect(close(r.years[r.years.length - 1].cumulative, r.totalNominal)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('more workloads never cost less', () => {
    fc.assert(
      fc.property(scenarioArbitrary, fc.constantFrom('windowsVms', 'linuxVms'), fc.integer({ min: 1, max: 50 }), (s, key, extra) => {
        const more = { ...s, [key]: s[key] + extra };
        for (const id of ['A', 'B', 'C'] as const) {
          expect(computeStrategy(id, more, { explain: false }).totalNominal).toBeGreaterThanOrEqual(computeStrategy(id, s, { explain: false }).totalNominal - 1e-6);
        }
      }),
      RUNS,
    );
  });

  it('hosts in year 1 are ceil(VMs ÷ VMs per host) plus spares, per pool', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const all = s.windowsVms + s.linuxVms;
        const [a, b] = compare({ ...s, winPlacement: 'all-hosts' }, { explain: false }).strategies;
        const [w, l, shared] = [poolSpec(s, 'aWindows'), poolSpec(s, 'aLinux'), poolSpec(s, 'b')]; // each pool's own hardware, if any
        expect(a.pools.map((p) => p.hostsYear1)).toEqual([hostsFor(s.windowsVms, w.vmsPerHost, w.haSpares), hostsFor(s.linuxVms, l.vmsPerHost, l.haSpares)]);
        expect(b.pools[0].hostsYear1).toBe(hostsFor(all, shared.vmsPerHost, shared.haSpares));
        expect(b.pools[0].hostsYear1).toBe(all > 0 ? Math.ceil(all / shared.vmsPerHost) + shared.haSpares : 0);
      }),
      RUNS,
    );
  });

  it('a perpetual licence is paid once, not every year', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const flat = { ...s, growthPct: 0, indHvModel: 'perpetual-per-2-sockets' as const, indHvSupportPct: 0 };
        const line = computeStrategy('B', flat, { explain: false }).lines.find((l) => l.category === 'hypervisor')!;
        expect(line.oneTime.slice(1).every((v) => v === 0)).toBe(true);
        expect(line.recurring.every((v) => v === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  it('one more Windows VM cannot lower the licence bill by spreading VMs thinner', () => {
    // 5 VMs on hosts of 5, licences covering 4: one host + spare, each licensed for 5 VMs (2 licences).
    // 6 VMs need a second host; each is still licensed for 5, never for fewer.
    const s = {
      ...defaultsOf(findBook('2006@1')!),
      years: 1, growthPct: 0, haSpares: 1, winLicenceUnit: 'server' as const, winEdition: 'per-vm' as const, winAssurancePct: 0,
      windowsVms: 5, linuxVms: 0, vmsPerHost: 5, winEditionVms: 4, winEditionPrice: 10000, hostPrice: 1,
    };
    const five = computeStrategy('A', s).byCategory.windows.total;
    const six = computeStrategy('A', { ...s, windowsVms: 6 }).byCategory.windows.total;
    expect(five).toBe(2 * 2 * 10000); // 2 hosts × ceil(5 ÷ 4) licences
    expect(six).toBe(3 * 2 * 10000); // 3 hosts × ceil(5 ÷ 4)
  });
});
