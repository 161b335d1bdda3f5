import { describe, expect, it } from 'vitest';
import { breakEven, percentile, seededRandom, sensitivity, triangular, uncertainRanges, uncertainty } from '../../src/lib/tco/analysis';
import { compare, computeStrategy } from '../../src/lib/tco/model';
import { defaultsOf, findBook } from '../../src/lib/tco/price-books';

const book = findBook('today@1')!;
const S = defaultsOf(book);

describe('break-even', () => {
  it('holds the number of VMs and walks the Linux share from 0 to 100%', () => {
    const { points } = breakEven(S, 25);
    expect(points.map((p) => p.linuxShare)).toEqual([0, 25, 50, 75, 100]);
    const mid = compare({ ...S, windowsVms: 300, linuxVms: 300 }, { explain: false });
    expect(points[2].totals.B).toBe(mid.strategies[1].totalNominal);
  });
  it('reports a switch exactly where the cheapest strategy changes', () => {
    const { points, switches } = breakEven(S, 5);
    for (const sw of switches) {
      const i = points.findIndex((p) => p.linuxShare === sw.linuxShare);
      expect(points[i - 1].cheapest).toBe(sw.from);
      expect(points[i].cheapest).toBe(sw.to);
    }
    expect(switches.length).toBe(points.slice(1).filter((p, i) => p.cheapest !== points[i].cheapest).length);
  });
});

describe('sensitivity', () => {
  it('moves each input by ±20% and sorts by how far the difference swings', () => {
    const { base, bars } = sensitivity(S, ['A', 'B']);
    expect(base).toBeCloseTo(computeStrategy('B', S).totalNominal - computeStrategy('A', S).totalNominal, 6);
    const swings = bars.map((b) => Math.abs(b.high - b.low));
    expect(swings).toEqual([...swings].sort((a, b) => b - a));
    const host = bars.find((b) => b.key === 'hostPrice')!;
    expect(host.high).toBeCloseTo(computeStrategy('B', { ...S, hostPrice: S.hostPrice * 1.2 }).totalNominal - computeStrategy('A', { ...S, hostPrice: S.hostPrice * 1.2 }).totalNominal, 6);
  });
});

describe('uncertainty', () => {
  it('draws from a triangular distribution within its bounds, seeded', () => {
    const r = seededRandom(7);
    const xs = Array.from({ length: 2000 }, () => triangular({ low: 10, likely: 12, high: 20 }, r()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(10);
    expect(Math.max(...xs)).toBeLessThanOrEqual(20);
    expect(percentile(xs.sort((a, b) => a - b), 50)).toBeGreaterThan(11.5);
    expect(seededRandom(3)()).toBe(seededRandom(3)());
  });
  it('gives exactly the model’s total when nothing is uncertain', () => {
    const fixed = { hostPrice: { low: S.hostPrice, likely: S.hostPrice, high: S.hostPrice } };
    const u = uncertainty(S, fixed, 100);
    const direct = compare(S, { explain: false });
    for (const r of direct.strategies) {
      expect(u.byStrategy[r.id].p10).toBeCloseTo(r.totalNominal, 4);
      expect(u.byStrategy[r.id].p90).toBeCloseTo(r.totalNominal, 4);
    }
  });
  it('stays between the totals at the ends of a price range (the linear shortcut is exact)', () => {
    const u = uncertainty(S, { hostPrice: { low: 10000, likely: 20000, high: 40000 } }, 2000);
    for (const id of ['A', 'B', 'C'] as const) {
      const low = computeStrategy(id, { ...S, hostPrice: 10000 }).totalNominal;
      const high = computeStrategy(id, { ...S, hostPrice: 40000 }).totalNominal;
      expect(u.byStrategy[id].p10).toBeGreaterThanOrEqual(low - 1e-6);
      expect(u.byStrategy[id].p90).toBeLessThanOrEqual(high + 1e-6);
      expect(u.byStrategy[id].p10).toBeLessThanOrEqual(u.byStrategy[id].p50);
      expect(u.byStrategy[id].p50).toBeLessThanOrEqual(u.byStrategy[id].p90);
    }
  });
  it('uses the price book’s ranges, widened to include the reader’s own value', () => {
    const r = uncertainRanges(book, { ...S, hostPrice: 99000 });
    expect(r.hostPrice).toEqual({ low: 18000, likely: 99000, high: 99000 });
    const u = uncertainty(S, uncertainRanges(book, S), 10000);
    const share = Object.values(u.byStrategy).reduce((t, x) => t + x.cheapestShare, 0);
    expect(share).toBeCloseTo(1, 9);
  });
});
