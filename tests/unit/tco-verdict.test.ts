import { describe, expect, it } from 'vitest';
import { compare, usd, type Comparison, type StrategyResult } from '../../src/lib/tco/model';
import { defaultsOf, findBook } from '../../src/lib/tco/price-books';
import { savingsByCategory, scenarioWarnings, verdict } from '../../src/lib/tco/verdict';

const today = defaultsOf(findBook('today@1')!);
const old = defaultsOf(findBook('2006@1')!);

describe('the answer in words', () => {
  it('names the cheapest, the gap to the runner-up in dollars and percent, and the costs that make it', () => {
    for (const s of [today, old, { ...today, windowsVms: 40, linuxVms: 260 }]) {
      const r = compare(s);
      const v = verdict(r, s);
      const sorted = [...r.strategies].sort((a, b) => a.totalNominal - b.totalNominal);
      expect(v.cheapest).toBe(sorted[0].id);
      expect(v.runnerUp).toBe(sorted[1].id);
      const gap = sorted[1].totalNominal - sorted[0].totalNominal;
      expect(v.sentence.startsWith(`${sorted[0].id} costs least over ${s.years} years: ${usd(gap)} (`)).toBe(true);
      expect(v.sentence).toContain(`below ${sorted[1].id}, mostly because it spends less on`);
      // The first reason named is the category with the largest saving.
      const largest = savingsByCategory(sorted[0], sorted[1])[0];
      expect(v.sentence).toContain(usd(largest.dollars));
    }
  });
  it('keeps Windows and Linux capitalised and common nouns in lower case', () => {
    const v = verdict(compare(today), today);
    expect(v.sentence).not.toMatch(/windows licences|linux subscriptions|Hosts \(|Administrators \(/);
  });
  it('says when two strategies cost the same', () => {
    const line = (id: 'A' | 'B' | 'C', total: number): StrategyResult => ({ ...compare(today).strategies.find((x) => x.id === id)!, totalNominal: total, totalDiscounted: total });
    const tie: Comparison = { strategies: [line('A', 100), line('B', 100), line('C', 300)], cheapest: 'A' };
    expect(verdict(tie, { years: 5, discountPct: 8 }).sentence).toBe('A and B cost the same over 5 years: $100 each.');
  });
  it('says when ranking by present value disagrees with ranking by total', () => {
    const base = compare(today).strategies;
    const fake = (id: 'A' | 'B' | 'C', total: number, pv: number): StrategyResult => ({ ...base.find((x) => x.id === id)!, totalNominal: total, totalDiscounted: pv });
    const v = verdict({ strategies: [fake('A', 100, 90), fake('B', 110, 80), fake('C', 200, 150)], cheapest: 'A' }, { years: 5, discountPct: 8 });
    expect(v.cheapest).toBe('A');
    expect(v.cheapestByPresentValue).toBe('B');
    expect(v.rankingNote).toMatch(/^Ranked by present value at 8% a year instead, B costs least/);
    const agree = verdict({ strategies: [fake('A', 100, 80), fake('B', 110, 90), fake('C', 200, 150)], cheapest: 'A' }, { years: 5, discountPct: 8 });
    expect(agree.rankingNote).toBeNull();
  });
});

describe('warnings', () => {
  it('Datacenter chosen with no Datacenter price says how Windows is priced instead', () => {
    expect(scenarioWarnings({ ...old, winEdition: 'datacenter', winDatacenterPrice: 0 })[0]).toMatch(/Datacenter edition price is 0.*per-VM edition/);
    expect(scenarioWarnings({ ...old, winEdition: 'datacenter', winDatacenterPrice: 3000 })).toEqual([]);
    const working = compare({ ...old, winEdition: 'datacenter', winDatacenterPrice: 0 }).strategies[0].lines.find((l) => l.category === 'windows')!.working.join(' ');
    expect(working).toContain('no Datacenter price (0), so the per-VM edition is priced instead');
  });
});

describe('the working, as an analyst writes it', () => {
  const all = (s = today) => compare(s).strategies.flatMap((r) => [r.label, ...r.lines.flatMap((l) => [l.label, ...l.working])]).join('\n');
  it('prints unit prices to the cent or finer, never "$0/kWh"', () => {
    const text = all({ ...today, kwhPrice: 0.1315 });
    expect(text).toContain('× $0.1315 per kWh');
    expect(text).not.toMatch(/\$0\/kWh|\$0 per kWh/);
  });
  it('gives fractional administrators to three decimals and singular nouns for one', () => {
    const text = all();
    expect(text).toMatch(/= \d+\.\d{3} administrators ×/);
    expect(all({ ...old, windowsVms: 10, linuxVms: 10 })).toMatch(/= 1 administrator ×/);
    expect(text).not.toMatch(/\b1 (administrators|hosts|spares)\b/);
  });
  it('writes proper names as names', () => {
    const text = all();
    expect(text).not.toContain('windows pool');
    expect(text).toContain('Hosts, Windows pool');
    expect(text).toContain('Hosts, shared pool');
  });
});
