/**
 * Layout of the TCO charts (src/lib/tco/charts/: a shared frame and one file per chart): every coordinate
 * finite, bars inside the plot and apart, lengths proportional to values,
 * labels apart and inside the figure as drawn, at the widths in WIDTHS, and
 * with degenerate data (all zeros, one point, nothing).
 */
import { describe, expect, it } from 'vitest';
import { compactUsd, END_LABEL_GAP, spreadLabels, type Plot } from '../../src/lib/tco/charts/frame';
import { describeStackedCost, stackedCostLayout, type StackedCostRow } from '../../src/lib/tco/charts/stacked-cost';
import { cumulativeLayout, describeCumulative, type CumulativeSeries } from '../../src/lib/tco/charts/cumulative';
import { breakEvenLayout, describeBreakEven, type BreakEvenPoint } from '../../src/lib/tco/charts/break-even';
import { describeTornado, tornadoLayout, type TornadoInput } from '../../src/lib/tco/charts/tornado';
import { describeRange, rangeLayout, type RangeInput } from '../../src/lib/tco/charts/range';
import { CATEGORIES, STRATEGY_LABELS, type Category, type StrategyId } from '../../src/lib/tco/model';

/**
 * The narrowest width, the server's (640: the chart is drawn at it before the browser measures), and the
 * charts' widths in the calculator at a 768 px window (736) and at 1280 px and wider (808), where the full
 * strategy names first fit at a line's end; and a wide one.
 */
const WIDTHS = [300, 640, 736, 808, 900];
const EPS = 0.05;
/**
 * What the labels measure in the browser, px a character at 12 px, not the layout's estimate: Chromium on
 * Debian (DejaVu Sans), "C. OS-embedded, one platform" is 209 px bold (a row's label, a line's end label) and
 * 186.7 px regular. A label laid out with the estimate must still fit when drawn this wide.
 */
const DRAWN_BOLD = 209 / 28;

/** Every number anywhere in the value is finite (and every path string free of NaN). */
function expectAllFinite(value: unknown, path = 'layout'): void {
  if (typeof value === 'number') {
    expect(Number.isFinite(value), `${path} = ${value}`).toBe(true);
  } else if (typeof value === 'string') {
    expect(value, path).not.toMatch(/NaN|Infinity|undefined/);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => expectAllFinite(v, `${path}[${i}]`));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) expectAllFinite(v, `${path}.${k}`);
  }
}

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width - EPS && b.x < a.x + a.width - EPS && a.y < b.y + b.height - EPS && b.y < a.y + a.height - EPS;
function expectInside(b: Box, plot: Plot) {
  expect(b.width).toBeGreaterThanOrEqual(0);
  expect(b.height).toBeGreaterThanOrEqual(0);
  expect(b.x).toBeGreaterThanOrEqual(plot.left - EPS);
  expect(b.x + b.width).toBeLessThanOrEqual(plot.right + EPS);
  expect(b.y).toBeGreaterThanOrEqual(plot.top - EPS);
  expect(b.y + b.height).toBeLessThanOrEqual(plot.bottom + EPS);
}
function expectNoOverlaps(boxes: Box[]) {
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j]), `boxes ${i} and ${j}`).toBe(false);
}
function expectTicksSane(ticks: Array<{ x?: number; y?: number; label: string }>, lo: number, hi: number) {
  expect(ticks.length).toBeGreaterThanOrEqual(2);
  for (const t of ticks) {
    const p = (t.x ?? t.y) as number;
    expect(p).toBeGreaterThanOrEqual(lo - EPS);
    expect(p).toBeLessThanOrEqual(hi + EPS);
    expect(t.label).not.toBe('');
  }
  expect(new Set(ticks.map((t) => t.label)).size).toBe(ticks.length);
}

const cats = (values: Partial<Record<Category, number>>): Record<Category, { total: number }> =>
  Object.fromEntries(CATEGORIES.map((c) => [c, { total: values[c] ?? 0 }])) as Record<Category, { total: number }>;

const ROWS: StackedCostRow[] = [
  { id: 'A', label: STRATEGY_LABELS.A, byCategory: cats({ hardware: 400_000, windows: 250_000, linux: 90_000, management: 40_000, staff: 900_000, training: 30_000, power: 120_000 }) },
  { id: 'B', label: STRATEGY_LABELS.B, byCategory: cats({ hardware: 350_000, hypervisor: 300_000, windows: 260_000, linux: 90_000, management: 60_000, staff: 600_000, training: 20_000, power: 100_000 }) },
  { id: 'C', label: STRATEGY_LABELS.C, byCategory: cats({ hardware: 350_000, windows: 380_000, linux: 0, management: 30_000, staff: 550_000, training: 15_000, power: 100_000 }) },
];
const ZERO_ROWS: StackedCostRow[] = ROWS.map((r) => ({ ...r, byCategory: cats({}) }));
const sumTotals = (r: StackedCostRow) => CATEGORIES.reduce((s, c) => s + r.byCategory[c].total, 0);

describe('compactUsd', () => {
  it.each([
    [0, '$0'],
    [950, '$950'],
    [1500, '$1.5k'],
    [2_300_000, '$2.3M'],
    [350_000, '$350k'],
    [1_200_000, '$1.2M'],
    [1000, '$1k'],
    [999_960, '$1M'],
    [12_345, '$12.3k'],
    [-1500, '−$1.5k'],
    [-0.2, '$0'],
    [4_500_000_000, '$4.5B'],
  ])('%d → %s', (n, s) => expect(compactUsd(n)).toBe(s));
  it('is a dash for what is not a number', () => {
    expect(compactUsd(Number.NaN)).toBe('—');
    expect(compactUsd(Infinity)).toBe('—');
  });
});

describe('spreadLabels', () => {
  it('keeps labels already apart, and pushes close ones apart within the range', () => {
    expect(spreadLabels([10, 50, 90], 14, 0, 100)).toEqual([10, 50, 90]);
    const ys = spreadLabels([50, 50, 51], 14, 0, 100);
    const sorted = [...ys].sort((a, b) => a - b);
    expect(sorted[1] - sorted[0]).toBeGreaterThanOrEqual(14);
    expect(sorted[2] - sorted[1]).toBeGreaterThanOrEqual(14);
    const bottom = spreadLabels([100, 100, 100], 14, 0, 100);
    expect(Math.max(...bottom)).toBeLessThanOrEqual(100);
  });
});

describe.each(WIDTHS)('stackedCostLayout at %d px', (width) => {
  const L = stackedCostLayout(ROWS, width);

  it('has finite coordinates and fits the width', () => {
    expectAllFinite(L);
    expect(L.width).toBe(width);
    expect(L.height).toBeGreaterThan(L.plot.bottom);
    expect(L.plot.left).toBeGreaterThanOrEqual(0);
    expect(L.plot.right).toBeLessThanOrEqual(width);
    expect(L.plot.right).toBeGreaterThan(L.plot.left);
  });

  it('keeps segments inside the plot, apart from each other', () => {
    const all = L.bars.flatMap((b) => b.segments);
    all.forEach((s) => expectInside(s, L.plot));
    expectNoOverlaps(all);
  });

  it('stacks segments in CATEGORIES order, leaving out zeros', () => {
    for (const [i, bar] of L.bars.entries()) {
      const expected = CATEGORIES.filter((c) => ROWS[i].byCategory[c].total > 0);
      expect(bar.segments.map((s) => s.category)).toEqual(expected);
      for (let k = 1; k < bar.segments.length; k++) expect(bar.segments[k].x).toBeCloseTo(bar.segments[k - 1].x + bar.segments[k - 1].width, 1);
    }
    expect(L.bars[2].segments.some((s) => s.category === 'linux' || s.category === 'hypervisor')).toBe(false);
  });

  it('draws segment and bar lengths in proportion to their values', () => {
    const allSegs = L.bars.flatMap((b) => b.segments);
    const pxPerDollar = allSegs[0].width / allSegs[0].value;
    for (const s of allSegs) expect(s.width).toBeCloseTo(s.value * pxPerDollar, 0);
    for (const [i, bar] of L.bars.entries()) {
      const len = bar.segments.reduce((s, g) => s + g.width, 0);
      expect(bar.total).toBe(sumTotals(ROWS[i]));
      expect(Math.abs(len - bar.total * pxPerDollar)).toBeLessThan(0.1);
    }
  });

  it('draws the larger total as the longer bar', () => {
    const len = (i: number) => L.bars[i].segments.reduce((s, g) => s + g.width, 0);
    const order = [0, 1, 2].sort((a, b) => L.bars[a].total - L.bars[b].total);
    expect(len(order[0])).toBeLessThan(len(order[1]));
    expect(len(order[1])).toBeLessThan(len(order[2]));
  });

  it('puts total labels inside the width and ticks in the plot', () => {
    for (const bar of L.bars) {
      expect(bar.totalX + bar.totalLabel.length * 6.6).toBeLessThanOrEqual(width);
      expect(bar.totalLabel).toBe(compactUsd(bar.total));
    }
    expectTicksSane(L.ticks, L.plot.left, L.plot.right);
  });

  it('puts labels above the bars when narrow, beside them when wide', () => {
    // Between the two, labels go above when beside the bars they would take more than 35% of the width.
    if (width < 480) expect(L.labelsAbove).toBe(true);
    if (width >= 900) expect(L.labelsAbove).toBe(false);
    for (const bar of L.bars) {
      const barTop = bar.segments[0].y;
      if (L.labelsAbove) {
        expect(bar.labelY).toBeLessThan(barTop);
        expect(bar.labelAnchor).toBe('start');
      } else {
        expect(bar.labelX).toBeLessThanOrEqual(L.plot.left);
        expect(bar.labelAnchor).toBe('end');
      }
      expect(bar.labelX - (bar.labelAnchor === 'end' ? bar.label.length * DRAWN_BOLD : 0)).toBeGreaterThanOrEqual(0);
    }
  });

  it('lists only categories present in the legend', () => {
    expect(L.legend.map((l) => l.key)).toEqual(CATEGORIES.filter((c) => ROWS.some((r) => r.byCategory[c].total > 0)));
    for (const item of L.legend) expect(item.textX + item.label.length * 6.6).toBeLessThanOrEqual(width + EPS);
  });

  it('renders all-zero data and no data without NaN', () => {
    const Z = stackedCostLayout(ZERO_ROWS, width);
    expectAllFinite(Z);
    expect(Z.bars.every((b) => b.segments.length === 0)).toBe(true);
    expectAllFinite(stackedCostLayout([], width));
  });
});

const SERIES: CumulativeSeries[] = (['A', 'B', 'C'] as StrategyId[]).map((id, k) => ({
  id,
  label: STRATEGY_LABELS[id],
  // A and C end within a few dollars of each other: their end labels must be nudged apart.
  points: [1, 2, 3, 4, 5].map((year) => ({ year, cumulative: year * (k === 1 ? 500_000 : 400_000 + k) })),
}));

describe.each(WIDTHS)('cumulativeLayout at %d px', (width) => {
  const L = cumulativeLayout(SERIES, width);

  it('has finite coordinates, a path and markers per strategy', () => {
    expectAllFinite(L);
    expect(L.width).toBe(width);
    expect(L.lines).toHaveLength(3);
    for (const line of L.lines) {
      expect(line.path).toMatch(/^M/);
      expect(line.points).toHaveLength(5);
      for (const p of line.points) {
        expect(p.x).toBeGreaterThanOrEqual(L.plot.left - EPS);
        expect(p.x).toBeLessThanOrEqual(L.plot.right + EPS);
        expect(p.y).toBeGreaterThanOrEqual(L.plot.top - EPS);
        expect(p.y).toBeLessThanOrEqual(L.plot.bottom + EPS);
      }
    }
  });

  it('keeps end labels at least 14 px apart and inside the width', () => {
    const ys = L.lines.map((l) => l.endLabel.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(END_LABEL_GAP);
    for (const l of L.lines) {
      expect(l.endLabel.x).toBeGreaterThan(L.plot.right);
      expect(l.endLabel.x + l.endLabel.text.length * DRAWN_BOLD).toBeLessThanOrEqual(width + EPS);
    }
  });

  it('has year ticks and money ticks in the plot', () => {
    expectTicksSane(L.xTicks, L.plot.left, L.plot.right);
    expectTicksSane(L.yTicks, L.plot.top, L.plot.bottom);
    expect(L.xTicks[0].label).toBe('1');
  });

  it('renders all zeros, one point and nothing without NaN', () => {
    const zeros = SERIES.map((s) => ({ ...s, points: s.points.map((p) => ({ ...p, cumulative: 0 })) }));
    const Z = cumulativeLayout(zeros, width);
    expectAllFinite(Z);
    const ys = Z.lines.map((l) => l.endLabel.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(END_LABEL_GAP);
    const one = cumulativeLayout(SERIES.map((s) => ({ ...s, points: s.points.slice(0, 1) })), width);
    expectAllFinite(one);
    expect(one.lines[0].points[0].x).toBeGreaterThan(one.plot.left);
    expectAllFinite(cumulativeLayout([], width));
    expectAllFinite(cumulativeLayout(SERIES.map((s) => ({ ...s, points: [] })), width));
  });
});

const BE_POINTS: BreakEvenPoint[] = Array.from({ length: 11 }, (_, i) => {
  const share = i * 10;
  return { linuxShare: share, totals: { A: 2_000_000, B: 1_500_000 + share * 10_000, C: 2_600_000 - share * 15_000 } };
});
// B < C until 1.5M + 10k s = 2.6M − 15k s → s = 44; A never cheapest.
const BE_SWITCHES = [{ linuxShare: 44, from: 'B' as StrategyId, to: 'C' as StrategyId }];

describe.each(WIDTHS)('breakEvenLayout at %d px', (width) => {
  const L = breakEvenLayout(BE_POINTS, BE_SWITCHES, width);

  it('has finite coordinates, a line per strategy, points inside the plot', () => {
    expectAllFinite(L);
    expect(L.lines.map((l) => l.id)).toEqual(['A', 'B', 'C']);
    for (const line of L.lines) {
      expect(line.points[0].x).toBeCloseTo(L.plot.left, 1);
      expect(line.points[line.points.length - 1].x).toBeCloseTo(L.plot.right, 1);
      for (const p of line.points) {
        expect(p.y).toBeGreaterThanOrEqual(L.plot.top - EPS);
        expect(p.y).toBeLessThanOrEqual(L.plot.bottom + EPS);
      }
    }
    expectTicksSane(L.xTicks, L.plot.left, L.plot.right);
    expectTicksSane(L.yTicks, L.plot.top, L.plot.bottom);
    expect(L.xTicks.map((t) => t.label)).toContain('50%');
  });

  it('marks the switch at its share, labelled "B → C", above the plot', () => {
    expect(L.switches).toHaveLength(1);
    const s = L.switches[0];
    expect(s.label.text).toBe('B → C');
    expect(s.x).toBeCloseTo(L.plot.left + 0.44 * (L.plot.right - L.plot.left), 1);
    expect(s.label.y).toBeLessThanOrEqual(L.plot.top);
    expect(s.y1).toBe(L.plot.top);
    expect(s.y2).toBe(L.plot.bottom);
  });

  it('keeps end labels 14 px apart and inside the width', () => {
    const ys = L.lines.map((l) => l.endLabel.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i] - ys[i - 1]).toBeGreaterThanOrEqual(END_LABEL_GAP);
    for (const l of L.lines) expect(l.endLabel.x + l.endLabel.text.length * DRAWN_BOLD).toBeLessThanOrEqual(width + EPS);
  });

  it('staggers close switch labels so they do not collide', () => {
    const M = breakEvenLayout(BE_POINTS, [{ linuxShare: 40, from: 'B', to: 'A' }, { linuxShare: 42, from: 'A', to: 'C' }], width);
    expectAllFinite(M);
    const [a, b] = M.switches.map((s) => s.label);
    expect(a.y === b.y && Math.abs(a.x - b.x) < 40).toBe(false);
  });

  it('renders all zeros, one point and nothing without NaN', () => {
    expectAllFinite(breakEvenLayout(BE_POINTS.map((p) => ({ ...p, totals: { A: 0, B: 0, C: 0 } })), [], width));
    expectAllFinite(breakEvenLayout(BE_POINTS.slice(0, 1), [], width));
    expectAllFinite(breakEvenLayout([], [], width));
  });
});

const TORNADO: TornadoInput[] = [
  { key: 'hostPrice', label: 'Host price', low: -40_000, high: 10_000 },
  { key: 'adminCost', label: 'Administrator cost', low: -150_000, high: 120_000 },
  { key: 'kwhPrice', label: 'Electricity price', low: -30_000, high: -20_000 },
  { key: 'linuxPrice', label: 'Linux subscription price', low: -5_000, high: 60_000 },
  { key: 'flat', label: 'Training', low: -15_000, high: -15_000 },
];
const BASE = -15_000;

describe.each(WIDTHS)('tornadoLayout at %d px', (width) => {
  const L = tornadoLayout(TORNADO, BASE, width);

  it('has finite coordinates', () => {
    expectAllFinite(L);
    expect(L.width).toBe(width);
  });

  it('sorts bars by swing, largest first', () => {
    const swings = L.bars.map((b) => b.swing);
    for (let i = 1; i < swings.length; i++) expect(swings[i]).toBeLessThanOrEqual(swings[i - 1]);
    expect(L.bars[0].key).toBe('adminCost');
    expect(L.bars[L.bars.length - 1].key).toBe('flat');
  });

  it('runs each side from the centre line to its value, inside the plot', () => {
    for (const bar of L.bars) {
      for (const side of [bar.low, bar.high]) {
        expectInside(side, L.plot);
        const ends = [side.x, side.x + side.width];
        expect(ends.some((e) => Math.abs(e - L.centre.x) < EPS)).toBe(true);
      }
      // Opposite sides of the centre do not overlap.
      if ((bar.low.value - BASE) * (bar.high.value - BASE) < 0) expect(overlaps(bar.low, bar.high)).toBe(false);
    }
    // Lengths in proportion to distance from the baseline.
    const a = L.bars[0].low;
    const k = a.width / Math.abs(a.value - BASE);
    for (const bar of L.bars) for (const side of [bar.low, bar.high]) expect(side.width).toBeCloseTo(Math.abs(side.value - BASE) * k, 0);
  });

  it('keeps rows apart', () => {
    const rows = L.bars.map((b) => ({ x: L.plot.left, y: b.low.y, width: L.plot.right - L.plot.left, height: b.low.height }));
    expectNoOverlaps(rows);
  });

  it('places value labels beyond the bar ends, inside the width', () => {
    for (const bar of L.bars) {
      for (const side of [bar.low, bar.high]) {
        const t = side.valueLabel;
        if (!t.text) continue;
        const w = t.text.length * 6.6;
        if (t.anchor === 'end') {
          expect(t.x).toBeLessThanOrEqual(side.x);
          expect(t.x - w).toBeGreaterThanOrEqual(0);
        } else {
          expect(t.x).toBeGreaterThanOrEqual(side.x + side.width);
          expect(t.x + w).toBeLessThanOrEqual(width + EPS);
        }
      }
    }
    // Both on one side (Electricity price): one label names both values.
    const elec = L.bars.find((b) => b.key === 'kwhPrice')!;
    expect([elec.low.valueLabel.text, elec.high.valueLabel.text].filter(Boolean)).toEqual(['−$30k / −$20k']);
  });

  it('renders all zeros and nothing without NaN', () => {
    expectAllFinite(tornadoLayout(TORNADO.map((b) => ({ ...b, low: 0, high: 0 })), 0, width));
    expectAllFinite(tornadoLayout([], 0, width));
  });
});

const RANGES: RangeInput[] = [
  { id: 'A', label: STRATEGY_LABELS.A, p10: 1_700_000, p50: 1_850_000, p90: 2_100_000 },
  { id: 'B', label: STRATEGY_LABELS.B, p10: 1_500_000, p50: 1_800_000, p90: 2_400_000 },
  { id: 'C', label: STRATEGY_LABELS.C, p10: 1_300_000, p50: 1_420_000, p90: 1_600_000 },
];

describe.each(WIDTHS)('rangeLayout at %d px', (width) => {
  const L = rangeLayout(RANGES, width);

  it('has finite coordinates, bars and medians inside the plot, rows apart', () => {
    expectAllFinite(L);
    for (const row of L.rows) {
      expectInside(row.bar, L.plot);
      expectInside(row.median, L.plot);
      expect(row.median.x + row.median.width / 2).toBeGreaterThanOrEqual(row.bar.x - EPS);
      expect(row.median.x + row.median.width / 2).toBeLessThanOrEqual(row.bar.x + row.bar.width + EPS);
      expect(row.valueLabel.x + row.valueLabel.text.length * 6.6).toBeLessThanOrEqual(width + EPS);
    }
    expectNoOverlaps(L.rows.map((r) => r.bar));
    expectTicksSane(L.ticks, L.plot.left, L.plot.right);
  });

  it('draws bar lengths in proportion to P90 − P10', () => {
    const k = L.rows[0].bar.width / (RANGES[0].p90 - RANGES[0].p10);
    L.rows.forEach((row, i) => expect(row.bar.width).toBeCloseTo((RANGES[i].p90 - RANGES[i].p10) * k, 0));
  });

  it('renders all zeros, one row and nothing without NaN', () => {
    expectAllFinite(rangeLayout(RANGES.map((r) => ({ ...r, p10: 0, p50: 0, p90: 0 })), width));
    expectAllFinite(rangeLayout(RANGES.slice(0, 1).map((r) => ({ ...r, p10: 5, p50: 5, p90: 5 })), width));
    expectAllFinite(rangeLayout([], width));
  });
});

describe('the one-sentence summaries', () => {
  it('name the largest and the smallest', () => {
    expect(describeStackedCost(ROWS)).toMatch(/^A\. OS-embedded, two silos costs the most, \$1,830,000/);
    expect(describeStackedCost(ROWS)).toContain('C. OS-embedded, one platform the least, $1,425,000');
    expect(describeCumulative(SERIES)).toContain('By year 5, B. Independent, one pool has cost the most in all, $2,500,000');
    expect(describeBreakEven(BE_POINTS, BE_SWITCHES)).toBe('Strategy B is the cheapest at 0% Linux; the cheapest changes to C at 44%.');
    expect(describeTornado(TORNADO, BASE, 'B minus A')).toContain('Administrator cost moves it the most');
    expect(describeRange(RANGES)).toContain('C. OS-embedded, one platform has the lowest median total, $1,420,000');
    expect(describeStackedCost(ZERO_ROWS)).toBe('All 3 strategies cost the same, $0 in total.');
  });
});
