/**
 * The frame shared by the TCO calculator's charts (one file per chart beside
 * this one): pure functions, no React, no DOM.
 *
 * Each chart's file has one function that takes its data and a width (CSS
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
 * Text is measured by estimate (src/lib/text-width.ts): CHAR_W per character
 * of the regular 11 and 12 px labels (`axis-label`, `value-label`,
 * `legend-label`, charts.css), BOLD_CHAR_W per character of the bold ones (a
 * row's `bar-label`, a line's end label in its series colour), so that labels
 * laid out here stay apart and inside the figure.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { type StrategyId } from '../model';
import { textWidth, boldTextWidth } from '../../text-width';
export { CHAR_W, BOLD_CHAR_W, textWidth, boldTextWidth } from '../../text-width';

/** Narrowest width laid out; narrower requests are laid out at this width. */
export const MIN_WIDTH = 240;
/** Below this width, row labels go on their own line above their bar. */
export const NARROW = 480;
/** Least vertical distance between the baselines of two end labels, px. */
export const END_LABEL_GAP = 14;

/** The three strategies, in the order every chart lists them. */
export const STRATEGY_IDS: readonly StrategyId[] = ['A', 'B', 'C'];

/** A finite number, or 0. */
export const finite = (n: unknown): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
/** Rounded to 0.01 px, and finite. */
export const roundPx = (n: number): number => (Number.isFinite(n) ? Math.round(n * 100) / 100 : 0);
/** `n` within [lo, hi]; `lo` when the interval is empty. */
export const clamp = (n: number, lo: number, hi: number) => Math.min(Math.max(n, lo), Math.max(lo, hi));
/** The largest of `xs`, or `dflt` when there are none. */
export const maxOf = (xs: number[], dflt = 0) => (xs.length ? Math.max(...xs) : dflt);
/** The smallest of `xs`, or `dflt` when there are none. */
export const minOf = (xs: number[], dflt = 0) => (xs.length ? Math.min(...xs) : dflt);
/** The width to lay out at, px: at least MIN_WIDTH, and 600 when `width` is not a positive number. */
export const safeWidth = (width: number) => (Number.isFinite(width) && width > 0 ? Math.max(MIN_WIDTH, width) : 600);

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
export function guardedScale(lo: number, hi: number, range: [number, number], nice = true): ScaleLinear<number, number> {
  let d0 = finite(lo);
  let d1 = finite(hi);
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
export function fitTicks(scale: ScaleLinear<number, number>, maxCount: number, format: (n: number) => string, vertical = false, bounds?: [number, number]): Array<{ pos: number; label: string }> {
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
    if (ok) return values.map((_, i) => ({ pos: roundPx(pos[i]), label: labels[i] }));
  }
  const [d0, d1] = scale.domain();
  return [d0, d1].map((v) => ({ pos: roundPx(scale(v)), label: format(v) }));
}

/**
 * Baselines spread so that neighbours are at least `gap` apart, moved as
 * little as possible, kept within [lo, hi] when there is room.
 */
export function spreadLabels(ys: number[], gap: number, lo: number, hi: number): number[] {
  const out = ys.map(finite);
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
  return out.map(roundPx);
}

/** Legend items flowed left to right, wrapping at `right`. */
export function flowLegend<K extends string>(entries: Array<{ key: K; label: string }>, left: number, top: number, right: number): { items: Array<LegendItem<K>>; bottom: number } {
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
    items.push({ key: e.key, label: e.label, x: roundPx(x), y: roundPx(y + 2), size, textX: roundPx(x + size + 5), textY: roundPx(y + 11) });
    x += w;
  }
  return { items, bottom: items.length ? y + rowH : top };
}

/** Rows of horizontal bars with a label each: beside the bar when wide, above it when narrow. */
export interface RowFrame {
  labelsAbove: boolean;
  left: number;
  right: number;
  barHeight: number;
  rows: Array<{ labelX: number; labelY: number; anchor: 'start' | 'end'; barY: number }>;
  /** Bottom of the last bar, plus a little air. */
  bottom: number;
}

export function rowFrame(labels: string[], width: number, top: number, opts: { leftReserve?: number; rightReserve?: number } = {}): RowFrame {
  const leftReserve = opts.leftReserve ?? 0;
  const rightReserve = Math.max(24, opts.rightReserve ?? 0);
  const labelW = maxOf(labels.map(boldTextWidth));
  const labelsAbove = width < NARROW || labelW + 18 > width * 0.35;
  const left = labelsAbove ? Math.max(20, leftReserve + 10) : 8 + labelW + 10 + leftReserve;
  const right = Math.max(left + 40, width - rightReserve - 8);
  const barHeight = labelsAbove ? 20 : 26;
  const gap = 12;
  const rows: RowFrame['rows'] = [];
  let y = top;
  for (let i = 0; i < labels.length; i++) {
    if (labelsAbove) {
      rows.push({ labelX: roundPx(8), labelY: roundPx(y + 12), anchor: 'start', barY: roundPx(y + 17) });
      y += 17 + barHeight + gap;
    } else {
      rows.push({ labelX: roundPx(left - 10 - leftReserve), labelY: roundPx(y + barHeight / 2 + 4), anchor: 'end', barY: roundPx(y) });
      y += barHeight + gap;
    }
  }
  return { labelsAbove, left: roundPx(left), right: roundPx(right), barHeight, rows, bottom: roundPx(labels.length ? y - gap + 6 : top + 6) };
}

/** End-of-line label texts: the full labels when they fit in 30% of the width, else the ids. */
export function endTexts(items: Array<{ id: string; label: string }>, width: number): string[] {
  const full = items.map((s) => s.label || s.id);
  return width >= NARROW && maxOf(full.map(boldTextWidth)) + 16 <= width * 0.3 ? full : items.map((s) => s.id);
}
