/** Break-even by Linux share: each strategy's total as the Linux share of VMs varies, and where the cheapest changes. Laid out for src/components/tco-calculator/charts/ (frame.ts: the shared frame). */
import { line as d3line, scaleLinear } from 'd3';
import { STRATEGY_LABELS, type StrategyId } from '../model';
import { STRATEGY_IDS, finite, roundPx, clamp, maxOf, minOf, safeWidth, guardedScale, fitTicks, endTexts, NARROW, END_LABEL_GAP, textWidth, boldTextWidth, compactUsd, spreadLabels, type XTick, type YTick, type Plot, type TextLabel } from './frame';
import type { LinePoint } from './cumulative';

export interface BreakEvenPoint { linuxShare: number; totals: Record<StrategyId, number> }
export interface BreakEvenSwitch { linuxShare: number; from: StrategyId; to: StrategyId }
export interface BreakEvenLine { id: StrategyId; label: string; path: string; points: Array<LinePoint & { linuxShare: number }>; endLabel: TextLabel }
export interface BreakEvenMarker { from: StrategyId; to: StrategyId; linuxShare: number; x: number; y1: number; y2: number; label: TextLabel }
export interface BreakEvenLayout {
  width: number;
  height: number;
  plot: Plot;
  lines: BreakEvenLine[];
  switches: BreakEvenMarker[];
  xTicks: XTick[];
  yTicks: YTick[];
  xTitle: TextLabel;
}

/**
 * Total cost against the Linux share of workloads, in percent (0 to 100;
 * values outside are clamped), a line per strategy, and a vertical marker
 * labelled "B → C" where the cheapest strategy changes.
 */
export function breakEvenLayout(points: BreakEvenPoint[], switches: BreakEvenSwitch[], width: number): BreakEvenLayout {
  const w = safeWidth(width);
  const height = roundPx(clamp(w * 0.6, 220, 360));
  const pts = [...points].map((p) => ({ share: clamp(finite(p.linuxShare), 0, 100), totals: p.totals ?? ({} as Record<StrategyId, number>) })).sort((a, b) => a.share - b.share);
  const ids = STRATEGY_IDS.filter((id) => pts.some((p) => Number.isFinite(p.totals[id])));
  const values = pts.flatMap((p) => ids.map((id) => finite(p.totals[id])));

  // Switch labels first: they decide the top margin (staggered rows when close).
  const sw = [...switches].map((s) => ({ ...s, share: clamp(finite(s.linuxShare), 0, 100), text: `${s.from} → ${s.to}` })).sort((a, b) => a.share - b.share);

  const bottom0 = height - 42;
  const yProbe = guardedScale(Math.min(0, minOf(values)), maxOf(values), [bottom0, 40]);
  const yTickRaw0 = fitTicks(yProbe, Math.max(2, Math.floor((bottom0 - 40) / 40)), compactUsd, true);
  const left = Math.max(...yTickRaw0.map((t) => textWidth(t.label)), ...yProbe.domain().map((v) => textWidth(compactUsd(v))), 20) + 14;
  const endItems = ids.map((id) => ({ id, label: STRATEGY_LABELS[id] }));
  const texts = endTexts(endItems, w);
  const right = Math.max(left + 60, w - (maxOf(texts.map(boldTextWidth)) + 18));
  const x = scaleLinear().domain([0, 100]).range([left, right]);

  const rowEnds: number[] = [];
  const placed = sw.map((s) => {
    const half = textWidth(s.text) / 2;
    const cx = clamp(x(s.share), half + 2, w - half - 2);
    let row = 0;
    while (rowEnds[row] !== undefined && rowEnds[row] + 6 > cx - half) row++;
    rowEnds[row] = cx + half;
    return { ...s, cx, row };
  });
  const top = 10 + rowEnds.length * 15 + (rowEnds.length ? 4 : 0);
  const bottom = bottom0;
  const y = guardedScale(Math.min(0, minOf(values)), maxOf(values), [bottom, top]);
  const yTickRaw = fitTicks(y, Math.max(2, Math.floor((bottom - top) / 40)), compactUsd, true);

  const path = d3line<LinePoint>()
    .x((d) => d.x)
    .y((d) => d.y)
    .digits(2);
  const drawn = pts.length ? ids : [];
  const ends = spreadLabels(
    drawn.map((id) => y(finite(pts[pts.length - 1].totals[id])) + 4),
    END_LABEL_GAP + 0.5,
    top + 4,
    bottom + 4,
  );
  const lines: BreakEvenLine[] = drawn.map((id, i) => {
    const linePts = pts.map((p) => ({ linuxShare: p.share, value: finite(p.totals[id]), x: roundPx(x(p.share)), y: roundPx(y(finite(p.totals[id]))) }));
    const last = linePts[linePts.length - 1];
    return { id, label: STRATEGY_LABELS[id], path: path(linePts) ?? '', points: linePts, endLabel: { x: roundPx(last.x + 8), y: ends[i], text: texts[i], anchor: 'start' } };
  });

  const markers: BreakEvenMarker[] = placed.map((s) => ({
    from: s.from,
    to: s.to,
    linuxShare: s.share,
    x: roundPx(x(s.share)),
    y1: roundPx(top),
    y2: roundPx(bottom),
    label: { x: roundPx(s.cx), y: roundPx(10 + s.row * 15 + 10), text: s.text, anchor: 'middle' },
  }));

  const shares = w < NARROW ? [0, 50, 100] : [0, 25, 50, 75, 100];
  return {
    width: w,
    height,
    plot: { left: roundPx(left), top: roundPx(top), right: roundPx(right), bottom: roundPx(bottom) },
    lines,
    switches: markers,
    xTicks: shares.map((s) => ({ x: roundPx(x(s)), label: `${s}%` })),
    yTicks: yTickRaw.map((t) => ({ y: t.pos, label: t.label })),
    xTitle: { x: roundPx((left + right) / 2), y: roundPx(height - 6), text: 'Linux share of workloads', anchor: 'middle' },
  };
}

/** One sentence on the break-even chart: which strategy is cheapest where. */
export function describeBreakEven(points: BreakEvenPoint[], switches: BreakEvenSwitch[]): string {
  const pts = [...points].sort((a, b) => finite(a.linuxShare) - finite(b.linuxShare));
  if (!pts.length) return 'No Linux shares to show.';
  const ids = STRATEGY_IDS.filter((id) => Number.isFinite(pts[0].totals?.[id]));
  if (!ids.length) return 'No strategy totals to show.';
  const cheapestAt = (p: BreakEvenPoint) => ids.reduce((best, id) => (finite(p.totals[id]) < finite(p.totals[best]) ? id : best), ids[0]);
  const sw = [...switches].sort((a, b) => finite(a.linuxShare) - finite(b.linuxShare));
  const first = sw.length ? sw[0].from : cheapestAt(pts[0]);
  if (!sw.length) return `${STRATEGY_LABELS[first]} is the cheapest at every Linux share shown, from ${finite(pts[0].linuxShare)}% to ${finite(pts[pts.length - 1].linuxShare)}%.`;
  const steps = sw.map((s) => `to ${s.to} at ${fmtShare(s.linuxShare)}`).join(', then ');
  return `Strategy ${first} is the cheapest at ${fmtShare(pts[0].linuxShare)} Linux; the cheapest changes ${steps}.`;
}
const fmtShare = (s: number) => `${Math.round(finite(s) * 10) / 10}%`;
