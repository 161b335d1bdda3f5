/** Stacked cost bars: one horizontal bar per strategy, a segment per cost category. Laid out for src/components/tco-calculator/charts/ (frame.ts: the shared frame). */
import { stack as d3stack } from 'd3';
import { CATEGORIES, CATEGORY_LABELS, usd, type Category, type StrategyId } from '../model';
import { finite, roundPx, maxOf, safeWidth, guardedScale, fitTicks, flowLegend, rowFrame, NARROW, textWidth, compactUsd, type XTick, type Plot, type LegendItem } from './frame';

export interface StackedSegment { category: Category; x: number; y: number; width: number; height: number; value: number }
export interface StackedBar {
  id: StrategyId;
  label: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'end';
  total: number;
  totalX: number;
  totalY: number;
  totalLabel: string;
  segments: StackedSegment[];
}
export interface StackedCostLayout {
  width: number;
  height: number;
  labelsAbove: boolean;
  bars: StackedBar[];
  ticks: XTick[];
  plot: Plot;
  /** Categories that appear in some bar, in CATEGORIES order. */
  legend: Array<LegendItem<Category>>;
}
export interface StackedCostRow { id: StrategyId; label: string; byCategory: Record<Category, { total: number }> }

/** Horizontal stacked bars, one per strategy, segments in CATEGORIES order, zero segments left out. */
export function stackedCostLayout(rows: StackedCostRow[], width: number): StackedCostLayout {
  const w = safeWidth(width);
  const value = (row: StackedCostRow, c: Category) => Math.max(0, finite(row.byCategory?.[c]?.total));
  const totals = rows.map((row) => CATEGORIES.reduce((s, c) => s + value(row, c), 0));
  const present = CATEGORIES.filter((c) => rows.some((row) => value(row, c) > 0));
  const legend = flowLegend(present.map((c) => ({ key: c, label: CATEGORY_LABELS[c] })), 8, 6, w - 8);
  const top = legend.bottom + 8;

  const totalLabels = totals.map(compactUsd);
  const frame = rowFrame(rows.map((row) => row.label), w, top, { rightReserve: maxOf(totalLabels.map(textWidth)) + 8 });
  const x = guardedScale(0, maxOf(totals), [frame.left, frame.right]);

  // d3.stack over the rows: series[k][i] = [start, end] of category k in row i.
  const series = d3stack<StackedCostRow, Category>()
    .keys(CATEGORIES)
    .value((row, c) => value(row, c))(rows);

  const bars: StackedBar[] = rows.map((row, i) => {
    const f = frame.rows[i];
    const segments: StackedSegment[] = [];
    series.forEach((s) => {
      const [a, b] = s[i];
      const v = value(row, s.key);
      if (!(v > 0)) return;
      const x0 = roundPx(x(finite(a)));
      const x1 = roundPx(x(finite(b)));
      segments.push({ category: s.key, x: x0, y: f.barY, width: roundPx(x1 - x0), height: frame.barHeight, value: v });
    });
    const end = roundPx(x(totals[i]));
    return {
      id: row.id,
      label: row.label,
      labelX: f.labelX,
      labelY: f.labelY,
      labelAnchor: f.anchor,
      total: totals[i],
      totalX: roundPx(end + 6),
      totalY: roundPx(f.barY + frame.barHeight / 2 + 4),
      totalLabel: totalLabels[i],
      segments,
    };
  });

  const plot: Plot = { left: frame.left, top: roundPx(top), right: frame.right, bottom: frame.bottom };
  const maxTicks = w < NARROW ? 3 : w < 700 ? 5 : 7;
  const ticks = fitTicks(x, maxTicks, compactUsd, false, [0, w]).map((t) => ({ x: t.pos, label: t.label }));
  return { width: w, height: roundPx(plot.bottom + 24), labelsAbove: frame.labelsAbove, bars, ticks, plot, legend: legend.items };
}

/** One sentence on the stacked bars: the costliest and the cheapest strategy. */
export function describeStackedCost(rows: StackedCostRow[]): string {
  if (!rows.length) return 'No strategies to compare.';
  const totals = rows.map((row) => ({ row, total: CATEGORIES.reduce((s, c) => s + Math.max(0, finite(row.byCategory?.[c]?.total)), 0) }));
  const sorted = [...totals].sort((a, b) => b.total - a.total);
  const hi = sorted[0];
  const lo = sorted[sorted.length - 1];
  if (rows.length === 1) return `${hi.row.label} costs ${usd(hi.total)} in total.`;
  if (hi.total === lo.total) return `All ${rows.length} strategies cost the same, ${usd(hi.total)} in total.`;
  const biggest = CATEGORIES.reduce((best, c) => (finite(hi.row.byCategory?.[c]?.total) > finite(hi.row.byCategory?.[best]?.total) ? c : best), CATEGORIES[0]);
  return `${hi.row.label} costs the most, ${usd(hi.total)} in total (largest part: ${CATEGORY_LABELS[biggest].toLowerCase()}), and ${lo.row.label} the least, ${usd(lo.total)}.`;
}
