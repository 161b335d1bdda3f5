/** P10–P90 ranges: each strategy's total under uncertainty, as a bar from P10 to P90 with the median marked. Laid out for src/components/tco-calculator/charts/ (frame.ts: the shared frame). */
import { usd, type StrategyId } from '../model';
import { finite, roundPx, maxOf, minOf, safeWidth, guardedScale, fitTicks, flowLegend, rowFrame, NARROW, textWidth, compactUsd, type XTick, type Plot, type TextLabel, type LegendItem } from './frame';

export interface RangeRow {
  id: StrategyId;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  p10: number;
  p50: number;
  p90: number;
  /** The P10–P90 bar. */
  bar: { x: number; y: number; width: number; height: number };
  /** The P50 mark: a narrow rectangle across the bar. */
  median: { x: number; y: number; width: number; height: number };
  valueLabel: TextLabel;
}
export interface RangeLayout {
  width: number;
  height: number;
  labelsAbove: boolean;
  plot: Plot;
  rows: RangeRow[];
  ticks: XTick[];
  legend: Array<LegendItem<'range' | 'median'>>;
}
export interface RangeInput { id: StrategyId; label: string; p10: number; p50: number; p90: number }

/** One row per strategy: a bar from P10 to P90 and a mark at P50, on a money axis. */
export function rangeLayout(ranges: RangeInput[], width: number): RangeLayout {
  const w = safeWidth(width);
  const clean = ranges.map((g) => {
    const [p10, p50, p90] = [finite(g.p10), finite(g.p50), finite(g.p90)].sort((a, b) => a - b);
    return { ...g, p10, p50, p90 };
  });
  const legend = flowLegend<'range' | 'median'>([{ key: 'range', label: 'P10 to P90' }, { key: 'median', label: 'P50 (median)' }], 8, 6, w - 8);
  const top = legend.bottom + 8;
  const valueTexts = clean.map((g) => `P50 ${compactUsd(g.p50)}`);
  const frame = rowFrame(clean.map((g) => g.label), w, top, { rightReserve: maxOf(valueTexts.map(textWidth)) + 8 });

  const lo = minOf(clean.map((g) => g.p10));
  const hi = maxOf(clean.map((g) => g.p90));
  const pad = (hi - lo) * 0.1;
  const d0 = hi - lo > 0 ? (lo >= 0 ? Math.max(0, lo - pad) : lo - pad) : lo;
  const d1 = hi - lo > 0 ? hi + pad : hi;
  const x = guardedScale(d0, d1, [frame.left, frame.right]);

  const rows: RangeRow[] = clean.map((g, i) => {
    const f = frame.rows[i];
    const h = frame.barHeight;
    const x10 = roundPx(x(g.p10));
    const x90 = roundPx(x(g.p90));
    const x50 = roundPx(x(g.p50));
    return {
      id: g.id,
      label: g.label,
      labelX: f.labelX,
      labelY: f.labelY,
      labelAnchor: f.anchor,
      p10: g.p10,
      p50: g.p50,
      p90: g.p90,
      bar: { x: x10, y: roundPx(f.barY + 4), width: roundPx(x90 - x10), height: h - 8 },
      median: { x: roundPx(x50 - 1.5), y: f.barY, width: 3, height: h },
      valueLabel: { x: roundPx(Math.max(x90, x50 + 1.5) + 6), y: roundPx(f.barY + h / 2 + 4), text: valueTexts[i], anchor: 'start' },
    };
  });
  const plot: Plot = { left: frame.left, top: roundPx(top), right: frame.right, bottom: frame.bottom };
  const maxTicks = w < NARROW ? 3 : w < 700 ? 5 : 7;
  return {
    width: w,
    height: roundPx(plot.bottom + 24),
    labelsAbove: frame.labelsAbove,
    plot,
    rows,
    ticks: fitTicks(x, maxTicks, compactUsd, false, [0, w]).map((t) => ({ x: t.pos, label: t.label })),
    legend: legend.items,
  };
}

/** One sentence on the ranges: the lowest median and the widest range. */
export function describeRange(ranges: RangeInput[]): string {
  if (!ranges.length) return 'No strategies to show.';
  const byMedian = [...ranges].sort((a, b) => finite(a.p50) - finite(b.p50));
  const byWidth = [...ranges].sort((a, b) => finite(b.p90) - finite(b.p10) - (finite(a.p90) - finite(a.p10)));
  const m = byMedian[0];
  const wdt = byWidth[0];
  if (ranges.length === 1) return `${m.label}: P50 ${usd(finite(m.p50))}, P10 to P90 from ${usd(finite(m.p10))} to ${usd(finite(m.p90))}.`;
  return `${m.label} has the lowest median total, ${usd(finite(m.p50))}, and ${wdt.label} the widest P10 to P90 range, ${usd(finite(wdt.p10))} to ${usd(finite(wdt.p90))}.`;
}
