/**
 * Golden scenarios for the TCO model, worked by hand. The arithmetic is
 * written out beside each expectation; the model must agree to the cent.
 */
import { describe, expect, it } from 'vitest';
import { compare, computeStrategy, difference, hostPurchases, hostsFor, vmsByYear, windowsCostPerHost, windowsUnitsPerHost, type StrategyResult } from '../../src/lib/tco/model';
import { defaultsOf, findBook } from '../../src/lib/tco/price-books';
import type { Scenario } from '../../src/lib/tco/scenario';

/** A small shop, small numbers, so every figure can be checked by hand. */
const SMALL: Scenario = {
  priceBook: '2006@1',
  overrides: {},
  windowsVms: 6, linuxVms: 4, growthPct: 0, years: 2, discountPct: 10,
  vmsPerHost: 4, socketsPerHost: 2, coresPerSocket: 2, hostPrice: 1000, refreshYears: 4, haSpares: 1, wattsPerHost: 100,
  pue: 2, kwhPrice: 0.1,
  winLicenceUnit: 'server', winEditionPrice: 400, winEditionVms: 4, winDatacenterPrice: 0, winEdition: 'cheapest', winAssurancePct: 0, winPlacement: 'all-hosts',
  linuxModel: 'per-host', linuxPrice: 100,
  osHvModel: 'bundled', osHvPrice: 0,
  indHvModel: 'perpetual-per-2-sockets', indHvPrice: 500, indHvSupportPct: 20, indHvMinCoresPerCpu: 0, indHvMinOrderCores: 0,
  osMgmtInstance: 50, osMgmtPerHostYear: 0, indMgmtInstance: 50, indMgmtPerHostYear: 0,
  hostsPerAdmin: 10, vmsPerAdmin: 20, minStaffPerPlatform: 0.5, adminCost: 1000, trainingPerAdmin: 100,
};

const cat = (r: StrategyResult, c: keyof StrategyResult['byCategory']) => r.byCategory[c];

describe('building blocks', () => {
  it('grows VMs by whole machines, never below the first year', () => {
    expect(vmsByYear(100, 10, 3)).toEqual([100, 110, 121]);
    expect(vmsByYear(10, 10, 3)).toEqual([10, 11, 13]); // 10 × 1.1² = 12.1 → 13
    expect(vmsByYear(10, -50, 2)).toEqual([10, 5]);
  });
  it('counts hosts as ceil(VMs ÷ VMs per host) plus spares, none for an empty pool', () => {
    expect(hostsFor(6, 4, 1)).toBe(3);
    expect(hostsFor(8, 4, 1)).toBe(3);
    expect(hostsFor(0, 4, 1)).toBe(0);
  });
  it('buys hosts as they are needed and replaces each after the refresh period', () => {
    // need 2,3,3,4,4 with a 2-year refresh: y1 buy 2; y2 buy 1; y3 refresh the 2 of y1;
    // y4 refresh the 1 of y2 and buy 1; y5 refresh the 2 refreshed in y3.
    expect(hostPurchases([2, 3, 3, 4, 4], 2)).toEqual({ bought: [2, 1, 0, 1, 0], refreshed: [0, 0, 2, 1, 2] });
    // Shrinking retires hosts without cost.
    expect(hostPurchases([3, 1, 1], 5)).toEqual({ bought: [3, 0, 0], refreshed: [0, 0, 0] });
  });
  it('licenses Windows per server, or per 16 cores with 8 per processor and 16 per server at the least', () => {
    expect(windowsUnitsPerHost({ winLicenceUnit: 'server', socketsPerHost: 2, coresPerSocket: 32 })).toBe(1);
    expect(windowsUnitsPerHost({ winLicenceUnit: 'core16', socketsPerHost: 2, coresPerSocket: 32 })).toBe(4); // 64 cores ÷ 16
    expect(windowsUnitsPerHost({ winLicenceUnit: 'core16', socketsPerHost: 1, coresPerSocket: 4 })).toBe(1); // max(16, 1 × 8) ÷ 16
  });
  it('picks the cheaper Windows edition per host, Standard stacking 2 VMs per licensing', () => {
    const today = { ...SMALL, winLicenceUnit: 'core16' as const, socketsPerHost: 2, coresPerSocket: 32, winEditionPrice: 1000, winEditionVms: 2, winDatacenterPrice: 6000 };
    // 10 VMs: Standard ceil(10 ÷ 2) = 5 × $1,000 × 4 units = $20,000; Datacenter $6,000 × 4 = $24,000.
    expect(windowsCostPerHost(today, 10)).toEqual({ cost: 20000, edition: 'per-vm' });
    // 14 VMs: Standard 7 × 4,000 = $28,000 > Datacenter $24,000.
    expect(windowsCostPerHost(today, 14)).toEqual({ cost: 24000, edition: 'datacenter' });
    // Datacenter without a known price is never chosen.
    expect(windowsCostPerHost({ ...SMALL, winEdition: 'datacenter' }, 6).edition).toBe('per-vm');
  });
});

describe('golden scenario: a small mixed shop, 2006 rules', () => {
  it('A. two silos: 3 Windows hosts + 2 Linux hosts, two platforms', () => {
    const a = computeStrategy('A', SMALL);
    // Windows pool: ceil(6 ÷ 4) + 1 = 3 hosts; Linux pool: ceil(4 ÷ 4) + 1 = 2 hosts.
    expect(a.pools).toEqual([{ label: 'Windows pool', hostsYear1: 3 }, { label: 'Linux pool', hostsYear1: 2 }]);
    expect(cat(a, 'hardware')).toEqual({ oneTime: 5000, recurring: 0, total: 5000 }); // 5 × $1,000, once
    // Power: 5 hosts × 100 W × 8,760 h × 2 ÷ 1,000 = 8,760 kWh × $0.10 = $876 a year, two years.
    expect(cat(a, 'power').recurring).toBeCloseTo(1752, 6);
    expect(cat(a, 'hypervisor').total).toBe(0); // bundled
    // Windows: 3 licensed hosts (spare included), each for min(4 VMs per host, 6) = 4 VMs: ceil(4 ÷ 4) × $400 = $1,200, once.
    expect(cat(a, 'windows')).toEqual({ oneTime: 1200, recurring: 0, total: 1200 });
    expect(cat(a, 'linux').recurring).toBe(400); // 2 hosts × $100 × 2 years
    expect(cat(a, 'management').oneTime).toBe(100); // two platforms × $50
    // Each platform: max(0.5 minimum, 3 ÷ 10, 6 ÷ 20) = 0.5 admin × $1,000; two platforms, two years.
    expect(cat(a, 'staff').recurring).toBe(2000);
    expect(cat(a, 'training').recurring).toBe(200); // 2 × 0.5 × $100 × 2 years
    // Year 1: one-time 5,000 + 1,200 + 100 = 6,300; recurring 876 + 200 + 1,000 + 100 = 2,176.
    expect(a.years[0]).toMatchObject({ oneTime: 6300, total: 8476, hosts: 5 });
    expect(a.years[0].recurring).toBeCloseTo(2176, 6);
    expect(a.totalNominal).toBeCloseTo(10652, 6); // 8,476 + 2,176
    expect(a.totalDiscounted).toBeCloseTo(8476 + 2176 / 1.1, 6);
    expect(a.perVmYear).toBeCloseTo(10652 / 20, 6); // 10 VMs × 2 years
  });

  it('B. independent, one pool: 4 hosts and a perpetual hypervisor licence counted once', () => {
    const b = computeStrategy('B', SMALL);
    expect(b.pools).toEqual([{ label: 'Shared pool', hostsYear1: 4 }]); // ceil(10 ÷ 4) + 1
    expect(cat(b, 'hardware').total).toBe(4000);
    // 4 hosts × ceil(2 sockets ÷ 2) = 4 licences × $500 once; support 20% × $500 × 4 = $400 a year.
    expect(cat(b, 'hypervisor')).toEqual({ oneTime: 2000, recurring: 800, total: 2800 });
    // Windows on every host, each for min(4, 6) = 4 VMs → 1 licence × $400 × 4 hosts.
    expect(cat(b, 'windows').total).toBe(1600);
    expect(cat(b, 'linux').recurring).toBe(800); // 4 hosts × $100 × 2
    expect(cat(b, 'management').total).toBe(50);
    expect(cat(b, 'staff').recurring).toBe(1000); // max(0.5, 0.4, 0.5) × $1,000 × 2
    // Year 1: once 4,000 + 2,000 + 1,600 + 50 = 7,650; every year 700.80 + 400 + 400 + 500 + 50 = 2,050.80.
    expect(b.years[0].oneTime).toBe(7650);
    expect(b.years[1].total).toBeCloseTo(2050.8, 6);
    expect(b.totalNominal).toBeCloseTo(11751.6, 6);
  });

  it('C. one OS vendor’s platform: the shared pool without a hypervisor bill', () => {
    const c = computeStrategy('C', SMALL);
    // 4 hosts $4,000 + Windows $1,600 + management $50 once; 700.80 + 400 + 500 + 50 a year.
    expect(c.years[0].oneTime).toBe(5650);
    expect(c.totalNominal).toBeCloseTo(5650 + 2 * 1650.8, 6);
    const all = compare(SMALL);
    expect(all.cheapest).toBe('C');
    const d = difference(all.strategies[2], all.strategies[1]); // B − C
    expect(d.dollars).toBeCloseTo(11751.6 - 8951.6, 6);
    expect(d.percent).toBeCloseTo((2800 / 8951.6) * 100, 6);
  });

  it('pinning Windows VMs to their own hosts licenses fewer hosts', () => {
    const b = computeStrategy('B', { ...SMALL, winPlacement: 'pinned' });
    // ceil(6 ÷ 4) = 2 Windows hosts + ceil(4 ÷ 4) = 1 Linux host + 1 shared spare = 4 hosts.
    expect(b.pools[0].hostsYear1).toBe(4);
    // Windows on 2 + 1 spare = 3 hosts × $400; Linux on 1 + 1 spare = 2 hosts × $100 a year.
    expect(cat(b, 'windows').total).toBe(1200);
    expect(cat(b, 'linux').recurring).toBe(400);
  });
});

describe('golden scenario: a pool with hardware of its own', () => {
  it('A’s Windows pool on smaller hosts: only that pool changes', () => {
    const s: Scenario = { ...SMALL, overrides: { aWindows: { vmsPerHost: 2, hostPrice: 600 } } };
    const a = computeStrategy('A', s);
    // Windows pool: ceil(6 ÷ 2) + 1 = 4 hosts × $600; Linux pool as before: 2 hosts × $1,000.
    expect(a.pools).toEqual([{ label: 'Windows pool', hostsYear1: 4 }, { label: 'Linux pool', hostsYear1: 2 }]);
    expect(cat(a, 'hardware').total).toBe(4 * 600 + 2 * 1000);
    // Each Windows host is now licensed for min(2, 6) = 2 VMs: ceil(2 ÷ 4) = 1 licence × $400 × 4 hosts.
    expect(cat(a, 'windows').total).toBe(1600);
    expect(computeStrategy('B', s).totalNominal).toBe(computeStrategy('B', SMALL).totalNominal);
  });
});

describe('golden scenario: licence models, today’s rules', () => {
  const TODAY: Scenario = { ...SMALL, priceBook: 'today@1', socketsPerHost: 2, coresPerSocket: 8, years: 1 };

  it('per-core subscription: 16 cores per CPU at the least and the minimum order', () => {
    const b = computeStrategy('B', { ...TODAY, indHvModel: 'subscription-per-core', indHvPrice: 100, indHvMinCoresPerCpu: 16, indHvMinOrderCores: 128 });
    // 4 hosts × 2 sockets × max(8, 16) = 128 cores; max(128, 128) × $100 = $12,800 a year.
    expect(cat(b, 'hypervisor')).toEqual({ oneTime: 0, recurring: 12800, total: 12800 });
    const bigOrder = computeStrategy('B', { ...TODAY, indHvModel: 'subscription-per-core', indHvPrice: 100, indHvMinCoresPerCpu: 16, indHvMinOrderCores: 200 });
    expect(cat(bigOrder, 'hypervisor').recurring).toBe(20000); // the 200-core minimum binds
  });

  it('per-socket subscription: every socket every year', () => {
    const b = computeStrategy('B', { ...TODAY, indHvModel: 'subscription-per-socket', indHvPrice: 300 });
    expect(cat(b, 'hypervisor').recurring).toBe(2400); // 4 hosts × 2 sockets × $300
  });

  it('Linux per guest instead of per host', () => {
    const a = computeStrategy('A', { ...TODAY, linuxModel: 'per-guest', linuxPrice: 50 });
    expect(cat(a, 'linux').recurring).toBe(200); // 4 guests × $50
  });

  it('an OS-embedded hypervisor sold separately is charged to A and C, not B', () => {
    const s = { ...TODAY, osHvModel: 'subscription-per-socket' as const, osHvPrice: 10 };
    expect(cat(computeStrategy('A', s), 'hypervisor').recurring).toBe(100); // (3 + 2) hosts × 2 sockets × $10
    expect(cat(computeStrategy('C', s), 'hypervisor').recurring).toBe(80); // 4 hosts × 2 × $10
    expect(cat(computeStrategy('B', s), 'hypervisor').recurring).toBe(400); // B: its own perpetual support, 20% × $500 × 4, one year
  });
});

describe('both price books', () => {
  for (const key of ['2006@1', 'today@1']) {
    it(`${key}: a complete result with working for every line`, () => {
      const result = compare(defaultsOf(findBook(key)!));
      for (const r of result.strategies) {
        expect(r.totalNominal).toBeGreaterThan(0);
        for (const line of r.lines) expect(line.working.length, `${r.id} ${line.label}`).toBeGreaterThan(0);
      }
    });
  }

  it('2006@1 defaults, strategy B year 1 hosts and hypervisor, by hand', () => {
    const s = defaultsOf(findBook('2006@1')!);
    const b = computeStrategy('B', s);
    // 100 VMs ÷ 10 per host = 10 + 1 spare = 11 hosts; 11 × ceil(2 ÷ 2) licences × $5,750 = $63,250 once.
    expect(b.pools[0].hostsYear1).toBe(11);
    expect(b.lines.find((l) => l.category === 'hypervisor')!.oneTime[0]).toBe(63250);
    // Support 20.87% × $63,250 = $13,200.275 in year 1.
    expect(b.lines.find((l) => l.category === 'hypervisor')!.recurring[0]).toBeCloseTo(13200.275, 6);
  });

  it('today@1 defaults, strategy B year 1 hypervisor, by hand', () => {
    const s = defaultsOf(findBook('today@1')!);
    const b = computeStrategy('B', s);
    // 600 VMs ÷ 30 = 20 + 1 = 21 hosts × 2 × max(32, 16) = 1,344 cores ≥ 72 × $135 = $181,440 a year.
    expect(b.lines.find((l) => l.category === 'hypervisor')!.recurring[0]).toBe(181440);
  });
});
