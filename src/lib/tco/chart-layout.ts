/**
 * Layout of the TCO calculator's charts: pure functions, no React, no DOM.
 *
 * Each chart has one function here that takes its data and a width (CSS
 * pixels) and returns plain objects: rectangle coordinates, path strings,
 * tick positions and labels, label positions. The chart components in
 * src/components/tco-calculator/charts/ only map those objects to SVG
 * elements, so the charts render on the server and print without script.
 * d3 only computes (scales, stacks, line paths, ticks); it never touches a
 * document.
 *
 * Every coordinate returned is a finite number, whatever the data: all
 * zeros, a single point, no rows, or a width as small as 300 px (domains
 * are guarded, widths below MIN_WIDTH are laid out at MIN_WIDTH).
 *
 * Text is measured by estimate (CHAR_W per character of the 12 px labels
 * the stylesheet gives `axis-label` and the chart label classes), which is
 * generous for proportional fonts, so labels laid out here do not collide.
 */
import { line as d3line, scaleLinear, stack as d3stack, type ScaleLinear } from 'd3';
import { CATEGORIES, CATEGORY_LABELS, STRATEGY_LABELS, usd, type Category, type StrategyId } from './model';

// ---------------------------------------------------------------- constants and helpers

/** Narrowest width laid out; narrower requests are laid out at this width. */
export const MIN_WIDTH = 240;
/** Below this width, row labels go on their own line above their bar. */
export const NARROW = 480;
/** Estimated advance of one character of a 12 px label, px. */
export const CHAR_W = 6.6;
/** Least vertical distance between the baselines of two end labels, px. */
export const END_LABEL_GAP = 14;

const STRATEGY_IDS: readonly StrategyId[] = ['A', 'B', 'C'];

/** A finite number, or 0. */
const fin = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
/** Rounded to 0.01 px, and finite. */
const r = (n: number): number => (Number.isFinite(n) ? Math.round(n * 100) / 100 : 0);
const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), Math.max(lo, hi));
/** Estimated width of a label, px. */
export const textWidth = (s: string): number => s.length * CHAR_W;
const maxOf = (xs: number[], dflt = 0) => (xs.length ? Math.max(...xs) : dflt);
const minOf = (xs: number[], dflt = 0) => (xs.length ? Math.min(...xs) : dflt);
const safeWidth = (width: number) => (Number.isFinite(width) && width > 0 ? Math.max(MIN_WIDTH, width) : 600);

/**
 * Money, compactly, for axes: "$0", "$950", "$1.5k", "$350k", "$2.3M".
 * One decimal below 100 of the unit, none above; negatives with a minus
 * sign ("−$12k"); anything not finite is "—".
 */
export function compactUsd(n: number): string {
  if (!Number.isFinite(n)) return '—';
  const a = Math.abs(n);
  const units = ['', 'k', 'M', 'B', 'T'];
  const show = (q: number) => (q >= 99.95 ? String(Math.round(q)) : q.toFixed(1).replace(/\.0$/, ''));
  let i = 0;
  let text = String(Math.round(a));
  if (Math.round(a) >= 1000) {
    i = 1;
    text = show(a / 1e3);
    while (Number(text) >= 1000 && i < units.length - 1) {
      i++;
      text = show(a / 1000 ** i);
    }
  }
  const sign = n < 0 && Number(text) !== 0 ? '−' : '';
  return `${sign}$${text}${units[i]}`;
}

/** A tick of a horizontal axis. */
export interface XTick { x: number; label: string }
/** A tick of a vertical axis. */
export interface YTick { y: number; label: string }
/** The plot area: the range of the scales, px from the SVG's top left. */
export interface Plot { left: number; top: number; right: number; bottom: number }
/** A text label; `anchor` is the SVG text-anchor, `y` its baseline. */
export interface TextLabel { x: number; y: number; text: string; anchor: 'start' | 'middle' | 'end' }
/** A legend entry: a 10 × 10 swatch at (x, y) and its text at (textX, textY). */
export interface LegendItem<K extends string = string> { key: K; label: string; x: number; y: number; size: number; textX: number; textY: number }

/** A linear scale whose domain is never empty or degenerate. */
function guardedScale(lo: number, hi: number, range: [number, number], nice = true): ScaleLinear<number, number> {
  let d0 = fin(lo);
  let d1 = fin(hi);
  if (d1 < d0) [d0, d1] = [d1, d0];
  if (d1 - d0 <= 0) {
    if (d0 === 0) d1 = 1;
    else {
      const pad = Math.abs(d0) * 0.1;
      d0 -= pad;
      d1 += pad;
    }
  }
  const s = scaleLinear().domain([d0, d1]).range(range);
  return nice ? s.nice() : s;
}

/**
 * Ticks of a money (or other) axis whose labels do not collide: the most
 * ticks, up to `maxCount`, whose neighbouring labels are `minGap` px apart
 * (horizontal axis: label widths; vertical: line height), with unique labels.
 */
function fitTicks(scale: ScaleLinear<number, number>, maxCount: number, format: (n: number) => string, vertical = false, bounds?: [number, number]): Array<{ pos: number; label: string }> {
  const fits = (v: number) => !bounds || (scale(v) - textWidth(format(v)) / 2 >= bounds[0] && scale(v) + textWidth(format(v)) / 2 <= bounds[1]);
  for (let count = Math.max(2, Math.floor(maxCount)); count >= 2; count--) {
    const values = scale.ticks(count).filter(fits);
    const labels = values.map(format);
    const pos = values.map((v) => scale(v));
    if (new Set(labels).size !== labels.length) continue;
    let ok = values.length >= 2;
    for (let i = 1; i < values.length && ok; i++) {
      const need = vertical ? 16 : (textWidth(labels[i]) + textWidth(labels[i - 1])) / 2 + 12;
      if (Math.abs(pos[i] - pos[i - 1]) < need) ok = false;
    }
    if (ok) return values.map((_, i) => ({ pos: r(pos[i]), label: labels[i] }));
  }
  const [d0, d1] = scale.domain();
  return [d0, d1].map((v) => ({ pos: r(scale(v)), label: format(v) }));
}

/**
 * Baselines spread so that neighbours are at least `gap` apart, moved as
 * little as possible, kept within [lo, hi] when there is room.
 */
export function spreadLabels(ys: number[], gap: number, lo: number, hi: number): number[] {
  const out = ys.map(fin);
  const order = out.map((_, i) => i).sort((a, b) => out[a] - out[b] || a - b);
  if (!order.length) return out;
  out[order[0]] = Math.max(out[order[0]], lo);
  for (let k = 1; k < order.length; k++) out[order[k]] = Math.max(out[order[k]], out[order[k - 1]] + gap);
  const last = order.length - 1;
  if (out[order[last]] > hi) {
    out[order[last]] = hi;
    for (let k = last - 1; k >= 0; k--) out[order[k]] = Math.min(out[order[k]], out[order[k + 1]] - gap);
    // Not enough room: keep the gap, let the lowest labels run past `hi`.
    if (out[order[0]] < lo) {
      out[order[0]] = lo;
      for (let k = 1; k < order.length; k++) out[order[k]] = Math.max(out[order[k]], out[order[k - 1]] + gap);
    }
  }
  return out.map(r);
}

/** Legend items flowed left to right, wrapping at `right`. */
function flowLegend<K extends string>(entries: Array<{ key: K; label: string }>, left: number, top: number, right: number): { items: Array<LegendItem<K>>; bottom: number } {
  const size = 10;
  const rowH = 18;
  let x = left;
  let y = top;
  const items: Array<LegendItem<K>> = [];
  for (const e of entries) {
    const w = size + 5 + textWidth(e.label) + 14;
    if (x > left && x + w - 14 > right) {
      x = left;
      y += rowH;
    }
    items.push({ key: e.key, label: e.label, x: r(x), y: r(y + 2), size, textX: r(x + size + 5), textY: r(y + 11) });
    x += w;
  }
  return { items, bottom: items.length ? y + rowH : top };
}

/** Rows of horizontal bars with a label each: beside the bar when wide, above it when narrow. */
interface RowFrame {
  labelsAbove: boolean;
  left: number;
  right: number;
  barHeight: number;
  rows: Array<{ labelX: number; labelY: number; anchor: 'start' | 'end'; barY: number }>;
  /** Bottom of the last bar, plus a little air. */
  bottom: number;
}

function rowFrame(labels: string[], width: number, top: number, opts: { leftReserve?: number; rightReserve?: number } = {}): RowFrame {
  const leftReserve = opts.leftReserve ?? 0;
  const rightReserve = Math.max(24, opts.rightReserve ?? 0);
  const labelW = maxOf(labels.map(textWidth));
  const labelsAbove = width < NARROW || labelW + 18 > width * 0.35;
  const left = labelsAbove ? Math.max(20, leftReserve + 10) : 8 + labelW + 10 + leftReserve;
  const right = Math.max(left + 40, width - rightReserve - 8);
  const barHeight = labelsAbove ? 20 : 26;
  const gap = 12;
  const rows: RowFrame['rows'] = [];
  let y = top;
  for (let i = 0; i < labels.length; i++) {
    if (labelsAbove) {
      rows.push({ labelX: r(8), labelY: r(y + 12), anchor: 'start', barY: r(y + 17) });
      y += 17 + barHeight + gap;
    } else {
      rows.push({ labelX: r(left - 10 - leftReserve), labelY: r(y + barHeight / 2 + 4), anchor: 'end', barY: r(y) });
      y += barHeight + gap;
    }
  }
  return { labelsAbove, left: r(left), right: r(right), barHeight, rows, bottom: r(labels.length ? y - gap + 6 : top + 6) };
}

/** End-of-line label texts: the full labels when they fit in 30% of the width, else the ids. */
function endTexts(items: Array<{ id: string; label: string }>, width: number): string[] {
  const full = items.map((s) => s.label || s.id);
  return width >= NARROW && maxOf(full.map(textWidth)) + 16 <= width * 0.3 ? full : items.map((s) => s.id);
}

// ---------------------------------------------------------------- stacked cost bars

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
  const value = (row: StackedCostRow, c: Category) => Math.max(0, fin(row.byCategory?.[c]?.total));
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
      const x0 = r(x(fin(a)));
      const x1 = r(x(fin(b)));
      segments.push({ category: s.key, x: x0, y: f.barY, width: r(x1 - x0), height: frame.barHeight, value: v });
    });
    const end = r(x(totals[i]));
    return {
      id: row.id,
      label: row.label,
      labelX: f.labelX,
      labelY: f.labelY,
      labelAnchor: f.anchor,
      total: totals[i],
      totalX: r(end + 6),
      totalY: r(f.barY + frame.barHeight / 2 + 4),
      totalLabel: totalLabels[i],
      segments,
    };
  });

  const plot: Plot = { left: frame.left, top: r(top), right: frame.right, bottom: frame.bottom };
  const maxTicks = w < NARROW ? 3 : w < 700 ? 5 : 7;
  const ticks = fitTicks(x, maxTicks, compactUsd, false, [0, w]).map((t) => ({ x: t.pos, label: t.label }));
  return { width: w, height: r(plot.bottom + 24), labelsAbove: frame.labelsAbove, bars, ticks, plot, legend: legend.items };
}

/** One sentence on the stacked bars: the costliest and the cheapest strategy. */
export function describeStackedCost(rows: StackedCostRow[]): string {
  if (!rows.length) return 'No strategies to compare.';
  const totals = rows.map((row) => ({ row, total: CATEGORIES.reduce((s, c) => s + Math.max(0, fin(row.byCategory?.[c]?.total)), 0) }));
  const sorted = [...totals].sort((a, b) => b.total - a.total);
  const hi = sorted[0];
  const lo = sorted[sorted.length - 1];
  if (rows.length === 1) return `${hi.row.label} costs ${usd(hi.total)} in total.`;
  if (hi.total === lo.total) return `All ${rows.length} strategies cost the same, ${usd(hi.total)} in total.`;
  const biggest = CATEGORIES.reduce((best, c) => (fin(hi.row.byCategory?.[c]?.total) > fin(hi.row.byCategory?.[best]?.total) ? c : best), CATEGORIES[0]);
  return `${hi.row.label} costs the most, ${usd(hi.total)} in total (largest part: ${CATEGORY_LABELS[biggest].toLowerCase()}), and ${lo.row.label} the least, ${usd(lo.total)}.`;
}

// ---------------------------------------------------------------- cumulative cost lines

export interface LinePoint { x: number; y: number; value: number }
export interface CumulativeLine { id: StrategyId; label: string; path: string; points: Array<LinePoint & { year: number }>; endLabel: TextLabel }
export interface CumulativeLayout {
  width: number;
  height: number;
  plot: Plot;
  lines: CumulativeLine[];
  xTicks: XTick[];
  yTicks: YTick[];
  xTitle: TextLabel;
}
export interface CumulativeSeries { id: StrategyId; label: string; points: Array<{ year: number; cumulative: number }> }

/** A line of cumulative cost per strategy, year by year, labelled at its end. */
export function cumulativeLayout(series: CumulativeSeries[], width: number): CumulativeLayout {
  const w = safeWidth(width);
  const height = r(clamp(w * 0.6, 220, 360));
  const clean = series.map((s) => ({ ...s, points: [...(s.points ?? [])].map((p) => ({ year: fin(p.year), cumulative: fin(p.cumulative) })).sort((a, b) => a.year - b.year) }));
  const values = clean.flatMap((s) => s.points.map((p) => p.cumulative));
  const years = [...new Set(clean.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);

  const top = 12;
  const bottom = height - 42;
  const y = guardedScale(Math.min(0, minOf(values)), maxOf(values), [bottom, top]);
  const yTickRaw = fitTicks(y, Math.max(2, Math.floor((bottom - top) / 40)), compactUsd, true);
  const left = Math.max(...yTickRaw.map((t) => textWidth(t.label)), 20) + 14;

  const texts = endTexts(clean, w);
  const right = Math.max(left + 60, w - (maxOf(texts.filter((_, i) => clean[i].points.length).map(textWidth)) + 18));
  const y0 = years[0] ?? 1;
  const y1 = years[years.length - 1] ?? 1;
  const x = guardedScale(y1 > y0 ? y0 : y0 - 0.5, y1 > y0 ? y1 : y0 + 0.5, [left, right], false);

  const path = d3line<LinePoint>()
    .x((d) => d.x)
    .y((d) => d.y)
    .digits(2);
  const drawn = clean.filter((s) => s.points.length);
  const ends = spreadLabels(
    drawn.map((s) => y(s.points[s.points.length - 1].cumulative) + 4),
    END_LABEL_GAP + 0.5,
    top + 4,
    bottom + 4,
  );
  const lines: CumulativeLine[] = drawn.map((s, i) => {
    const pts = s.points.map((p) => ({ year: p.year, value: p.cumulative, x: r(x(p.year)), y: r(y(p.cumulative)) }));
    const last = pts[pts.length - 1];
    return {
      id: s.id,
      label: s.label,
      path: path(pts) ?? '',
      points: pts,
      endLabel: { x: r(last.x + 8), y: ends[i], text: texts[clean.indexOf(s)], anchor: 'start' },
    };
  });

  // A tick per year; when they are too close, label every k-th year.
  const per = years.length > 1 ? (right - left) / (years.length - 1) : Infinity;
  const widest = maxOf(years.map((yr) => textWidth(String(yr))));
  const k = Math.max(1, Math.ceil((widest + 14) / per));
  const xTicks = years.filter((_, i) => i % k === 0).map((yr) => ({ x: r(x(yr)), label: String(yr) }));
  const yTicks = yTickRaw.map((t) => ({ y: t.pos, label: t.label }));
  return {
    width: w,
    height,
    plot: { left: r(left), top, right: r(right), bottom: r(bottom) },
    lines,
    xTicks,
    yTicks,
    xTitle: { x: r((left + right) / 2), y: r(height - 6), text: 'Year', anchor: 'middle' },
  };
}

/** One sentence on the cumulative lines: which strategy has spent most and least by the last year. */
export function describeCumulative(series: CumulativeSeries[]): string {
  const finals = series
    .filter((s) => s.points?.length)
    .map((s) => {
      const last = [...s.points].sort((a, b) => a.year - b.year)[s.points.length - 1];
      return { label: s.label, year: fin(last.year), value: fin(last.cumulative) };
    })
    .sort((a, b) => b.value - a.value);
  if (!finals.length) return 'No years to show.';
  const year = Math.max(...finals.map((f) => f.year));
  const hi = finals[0];
  const lo = finals[finals.length - 1];
  if (finals.length === 1 || hi.value === lo.value) return `By year ${year}, ${finals.length === 1 ? hi.label : 'every strategy'} has cost ${usd(hi.value)} in all.`;
  return `By year ${year}, ${hi.label} has cost the most in all, ${usd(hi.value)}, and ${lo.label} the least, ${usd(lo.value)}.`;
}

// ---------------------------------------------------------------- break-even by Linux share

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
  const height = r(clamp(w * 0.6, 220, 360));
  const pts = [...points].map((p) => ({ share: clamp(fin(p.linuxShare), 0, 100), totals: p.totals ?? ({} as Record<StrategyId, number>) })).sort((a, b) => a.share - b.share);
  const ids = STRATEGY_IDS.filter((id) => pts.some((p) => Number.isFinite(p.totals[id])));
  const values = pts.flatMap((p) => ids.map((id) => fin(p.totals[id])));

  // Switch labels first: they decide the top margin (staggered rows when close).
  const sw = [...switches].map((s) => ({ ...s, share: clamp(fin(s.linuxShare), 0, 100), text: `${s.from} → ${s.to}` })).sort((a, b) => a.share - b.share);

  const bottom0 = height - 42;
  const yProbe = guardedScale(Math.min(0, minOf(values)), maxOf(values), [bottom0, 40]);
  const yTickRaw0 = fitTicks(yProbe, Math.max(2, Math.floor((bottom0 - 40) / 40)), compactUsd, true);
  const left = Math.max(...yTickRaw0.map((t) => textWidth(t.label)), ...yProbe.domain().map((v) => textWidth(compactUsd(v))), 20) + 14;
  const endItems = ids.map((id) => ({ id, label: STRATEGY_LABELS[id] }));
  const texts = endTexts(endItems, w);
  const right = Math.max(left + 60, w - (maxOf(texts.map(textWidth)) + 18));
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
    drawn.map((id) => y(fin(pts[pts.length - 1].totals[id])) + 4),
    END_LABEL_GAP + 0.5,
    top + 4,
    bottom + 4,
  );
  const lines: BreakEvenLine[] = drawn.map((id, i) => {
    const linePts = pts.map((p) => ({ linuxShare: p.share, value: fin(p.totals[id]), x: r(x(p.share)), y: r(y(fin(p.totals[id]))) }));
    const last = linePts[linePts.length - 1];
    return { id, label: STRATEGY_LABELS[id], path: path(linePts) ?? '', points: linePts, endLabel: { x: r(last.x + 8), y: ends[i], text: texts[i], anchor: 'start' } };
  });

  const markers: BreakEvenMarker[] = placed.map((s) => ({
    from: s.from,
    to: s.to,
    linuxShare: s.share,
    x: r(x(s.share)),
    y1: r(top),
    y2: r(bottom),
    label: { x: r(s.cx), y: r(10 + s.row * 15 + 10), text: s.text, anchor: 'middle' },
  }));

  const shares = w < NARROW ? [0, 50, 100] : [0, 25, 50, 75, 100];
  return {
    width: w,
    height,
    plot: { left: r(left), top: r(top), right: r(right), bottom: r(bottom) },
    lines,
    switches: markers,
    xTicks: shares.map((s) => ({ x: r(x(s)), label: `${s}%` })),
    yTicks: yTickRaw.map((t) => ({ y: t.pos, label: t.label })),
    xTitle: { x: r((left + right) / 2), y: r(height - 6), text: 'Linux share of workloads', anchor: 'middle' },
  };
}

/** One sentence on the break-even chart: which strategy is cheapest where. */
export function describeBreakEven(points: BreakEvenPoint[], switches: BreakEvenSwitch[]): string {
  const pts = [...points].sort((a, b) => fin(a.linuxShare) - fin(b.linuxShare));
  if (!pts.length) return 'No Linux shares to show.';
  const ids = STRATEGY_IDS.filter((id) => Number.isFinite(pts[0].totals?.[id]));
  if (!ids.length) return 'No strategy totals to show.';
  const cheapestAt = (p: BreakEvenPoint) => ids.reduce((best, id) => (fin(p.totals[id]) < fin(p.totals[best]) ? id : best), ids[0]);
  const sw = [...switches].sort((a, b) => fin(a.linuxShare) - fin(b.linuxShare));
  const first = sw.length ? sw[0].from : cheapestAt(pts[0]);
  if (!sw.length) return `${STRATEGY_LABELS[first]} is the cheapest at every Linux share shown, from ${fin(pts[0].linuxShare)}% to ${fin(pts[pts.length - 1].linuxShare)}%.`;
  const steps = sw.map((s) => `to ${s.to} at ${fmtShare(s.linuxShare)}`).join(', then ');
  return `Strategy ${first} is the cheapest at ${fmtShare(pts[0].linuxShare)} Linux; the cheapest changes ${steps}.`;
}
const fmtShare = (s: number) => `${Math.round(fin(s) * 10) / 10}%`;

// ---------------------------------------------------------------- tornado (sensitivity)

export interface TornadoRect { x: number; y: number; width: number; height: number; value: number; valueLabel: TextLabel }
export interface TornadoBar { key: string; label: string; swing: number; labelX: number; labelY: number; labelAnchor: 'start' | 'end'; low: TornadoRect; high: TornadoRect }
export interface TornadoLayout {
  width: number;
  height: number;
  labelsAbove: boolean;
  plot: Plot;
  /** The centre line, at the baseline difference. */
  centre: { x: number; y1: number; y2: number; label: TextLabel };
  bars: TornadoBar[];
  ticks: XTick[];
  legend: Array<LegendItem<'low' | 'high'>>;
}
export interface TornadoInput { key: string; label: string; low: number; high: number }

/** Bars sorted by swing |high − low|, largest first (stable for ties). */
export function sortBySwing<T extends { low: number; high: number }>(bars: T[]): T[] {
  return bars
    .map((b, i) => ({ b, i, swing: Math.abs(fin(b.high) - fin(b.low)) }))
    .sort((a, z) => z.swing - a.swing || a.i - z.i)
    .map((e) => e.b);
}

/**
 * Horizontal bars around a centre line at `base` (the baseline result):
 * `low` and `high` are the result with one input 20% lower or higher. The
 * low and high rectangles run from the centre line to their values.
 */
export function tornadoLayout(bars: TornadoInput[], base: number, width: number): TornadoLayout {
  const w = safeWidth(width);
  const b0 = fin(base);
  const sorted = sortBySwing(bars).map((b) => ({ ...b, low: fin(b.low), high: fin(b.high) }));
  const all = [b0, ...sorted.flatMap((b) => [b.low, b.high])];

  const legend = flowLegend<'low' | 'high'>([{ key: 'low', label: 'Input 20% lower' }, { key: 'high', label: 'Input 20% higher' }], 8, 6, w - 8);
  const centreLabelText = `Baseline ${compactUsd(b0)}`;
  const top = legend.bottom + 22;

  // Value labels sit beyond each bar's outer end. When low and high fall on
  // the same side of the centre, the shorter bar lies inside the longer one,
  // so one label beyond the longer names both values ("low / high").
  const sameSide = (b: { low: number; high: number }) => (b.low >= b0 && b.high >= b0) || (b.low <= b0 && b.high <= b0);
  const labelTexts = sorted.map((b) => (sameSide(b) ? { low: '', high: '', both: `${compactUsd(b.low)} / ${compactUsd(b.high)}` } : { low: compactUsd(b.low), high: compactUsd(b.high), both: '' }));
  const frame = rowFrame(sorted.map((b) => b.label), w, top);
  const L0 = frame.left;
  const R0 = r(w - 8);

  // The scale: as many px per dollar as lets every value label fit beside
  // its bar inside [L0, R0]. With d the distance of a bar end from the
  // baseline and t its label's width, the left side needs max(t + k·d) and
  // the right side likewise; their sum must not exceed R0 − L0.
  const leftItems: Array<{ d: number; t: number }> = [];
  const rightItems: Array<{ d: number; t: number }> = [];
  sorted.forEach((b, i) => {
    const t = labelTexts[i];
    if (t.both) {
      const leftSide = b.low <= b0 && b.high <= b0 && !(b.low === b0 && b.high === b0);
      (leftSide ? leftItems : rightItems).push({ d: Math.max(Math.abs(b.low - b0), Math.abs(b.high - b0)), t: textWidth(t.both) + 4 });
    } else {
      const lo = Math.min(b.low, b.high);
      const hi = Math.max(b.low, b.high);
      leftItems.push({ d: b0 - lo, t: textWidth(lo === b.low ? t.low : t.high) + 4 });
      rightItems.push({ d: hi - b0, t: textWidth(hi === b.high ? t.high : t.low) + 4 });
    }
  });
  const need = (items: Array<{ d: number; t: number }>, k: number) => maxOf(items.map((e) => e.t + k * e.d));
  const span = R0 - L0;
  const maxD = maxOf(leftItems.map((e) => e.d)) + maxOf(rightItems.map((e) => e.d));
  let x: ScaleLinear<number, number>;
  if (!(maxD > 0)) {
    x = guardedScale(minOf(all), maxOf(all), [L0, R0]);
  } else {
    let k = span / maxD;
    let cx0: number;
    if (need(leftItems, 0) + need(rightItems, 0) < span) {
      let lo = 0;
      let hi = k;
      for (let i = 0; i < 60; i++) {
        const mid = (lo + hi) / 2;
        if (need(leftItems, mid) + need(rightItems, mid) <= span) lo = mid;
        else hi = mid;
      }
      k = lo;
      cx0 = L0 + need(leftItems, k) + (span - need(leftItems, k) - need(rightItems, k)) / 2;
    } else {
      // Labels cannot fit whatever the scale: draw the bars across the width and let labels run over.
      cx0 = L0 + k * maxOf(leftItems.map((e) => e.d));
    }
    x = scaleLinear()
      .domain([b0 - (cx0 - L0) / k, b0 + (R0 - cx0) / k])
      .range([L0, R0]);
  }
  const cx = r(x(b0));

  const rect = (v: number, y: number, h: number, text: string, leftSide: boolean): TornadoRect => {
    const xv = r(x(v));
    const x0 = Math.min(cx, xv);
    const x1 = Math.max(cx, xv);
    const ly = r(y + h / 2 + 4);
    const valueLabel: TextLabel = leftSide ? { x: r(x0 - 4), y: ly, text, anchor: 'end' } : { x: r(x1 + 4), y: ly, text, anchor: 'start' };
    return { x: x0, y, width: r(x1 - x0), height: h, value: v, valueLabel };
  };

  const out: TornadoBar[] = sorted.map((b, i) => {
    const f = frame.rows[i];
    const h = frame.barHeight;
    const t = labelTexts[i];
    let low: TornadoRect;
    let high: TornadoRect;
    if (t.both) {
      // Same side: left of the centre when both are at or below it (and not both on it).
      const leftSide = b.low <= b0 && b.high <= b0 && !(b.low === b0 && b.high === b0);
      const lowOuter = Math.abs(b.low - b0) >= Math.abs(b.high - b0);
      low = rect(b.low, f.barY, h, lowOuter ? t.both : '', leftSide);
      high = rect(b.high, f.barY, h, lowOuter ? '' : t.both, leftSide);
    } else {
      low = rect(b.low, f.barY, h, t.low, b.low < b0);
      high = rect(b.high, f.barY, h, t.high, b.high < b0);
    }
    return { key: b.key, label: b.label, swing: Math.abs(b.high - b.low), labelX: f.labelX, labelY: f.labelY, labelAnchor: f.anchor, low, high };
  });

  const plot: Plot = { left: L0, top: r(top), right: R0, bottom: frame.bottom };
  const maxTicks = w < NARROW ? 3 : w < 700 ? 5 : 7;
  const half = textWidth(centreLabelText) / 2;
  return {
    width: w,
    height: r(plot.bottom + 24),
    labelsAbove: frame.labelsAbove,
    plot,
    centre: { x: cx, y1: r(top - 6), y2: plot.bottom, label: { x: r(clamp(cx, half + 4, w - half - 4)), y: r(top - 10), text: centreLabelText, anchor: 'middle' } },
    bars: out,
    ticks: fitTicks(x, maxTicks, compactUsd, false, [0, w]).map((t) => ({ x: t.pos, label: t.label })),
    legend: legend.items,
  };
}

/** One sentence on the tornado: which input moves the result the most. */
export function describeTornado(bars: TornadoInput[], base: number, pairLabel: string): string {
  const sorted = sortBySwing(bars);
  if (!sorted.length) return `${pairLabel} is ${usd(fin(base))} at the baseline; no inputs were varied.`;
  const top = sorted[0];
  return `${pairLabel} is ${usd(fin(base))} at the baseline; ${top.label} moves it the most, to ${usd(fin(top.low))} when 20% lower and ${usd(fin(top.high))} when 20% higher.`;
}

// ---------------------------------------------------------------- P10–P90 ranges

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
    const [p10, p50, p90] = [fin(g.p10), fin(g.p50), fin(g.p90)].sort((a, b) => a - b);
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
    const x10 = r(x(g.p10));
    const x90 = r(x(g.p90));
    const x50 = r(x(g.p50));
    return {
      id: g.id,
      label: g.label,
      labelX: f.labelX,
      labelY: f.labelY,
      labelAnchor: f.anchor,
      p10: g.p10,
      p50: g.p50,
      p90: g.p90,
      bar: { x: x10, y: r(f.barY + 4), width: r(x90 - x10), height: h - 8 },
      median: { x: r(x50 - 1.5), y: f.barY, width: 3, height: h },
      valueLabel: { x: r(Math.max(x90, x50 + 1.5) + 6), y: r(f.barY + h / 2 + 4), text: valueTexts[i], anchor: 'start' },
    };
  });
  const plot: Plot = { left: frame.left, top: r(top), right: frame.right, bottom: frame.bottom };
  const maxTicks = w < NARROW ? 3 : w < 700 ? 5 : 7;
  return {
    width: w,
    height: r(plot.bottom + 24),
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
  const byMedian = [...ranges].sort((a, b) => fin(a.p50) - fin(b.p50));
  const byWidth = [...ranges].sort((a, b) => fin(b.p90) - fin(b.p10) - (fin(a.p90) - fin(a.p10)));
  const m = byMedian[0];
  const wdt = byWidth[0];
  if (ranges.length === 1) return `${m.label}: P50 ${usd(fin(m.p50))}, P10 to P90 from ${usd(fin(m.p10))} to ${usd(fin(m.p90))}.`;
  return `${m.label} has the lowest median total, ${usd(fin(m.p50))}, and ${wdt.label} the widest P10 to P90 range, ${usd(fin(wdt.p10))} to ${usd(fin(wdt.p90))}.`;
}
