/** Tornado (sensitivity): how far each input, 20% lower or higher, moves one strategy pair's difference. Laid out for src/components/tco-calculator/charts/ (frame.ts: the shared frame). */
import { scaleLinear, type ScaleLinear } from 'd3';
import { usd } from '../model';
import { finite, roundPx, clamp, maxOf, minOf, safeWidth, guardedScale, fitTicks, flowLegend, rowFrame, NARROW, textWidth, compactUsd, type XTick, type Plot, type TextLabel, type LegendItem } from './frame';

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
    .map((b, i) => ({ b, i, swing: Math.abs(finite(b.high) - finite(b.low)) }))
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
  const b0 = finite(base);
  const sorted = sortBySwing(bars).map((b) => ({ ...b, low: finite(b.low), high: finite(b.high) }));
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
  const R0 = roundPx(w - 8);

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
  const cx = roundPx(x(b0));

  const rect = (v: number, y: number, h: number, text: string, leftSide: boolean): TornadoRect => {
    const xv = roundPx(x(v));
    const x0 = Math.min(cx, xv);
    const x1 = Math.max(cx, xv);
    const ly = roundPx(y + h / 2 + 4);
    const valueLabel: TextLabel = leftSide ? { x: roundPx(x0 - 4), y: ly, text, anchor: 'end' } : { x: roundPx(x1 + 4), y: ly, text, anchor: 'start' };
    return { x: x0, y, width: roundPx(x1 - x0), height: h, value: v, valueLabel };
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

  const plot: Plot = { left: L0, top: roundPx(top), right: R0, bottom: frame.bottom };
  const maxTicks = w < NARROW ? 3 : w < 700 ? 5 : 7;
  const half = textWidth(centreLabelText) / 2;
  return {
    width: w,
    height: roundPx(plot.bottom + 24),
    labelsAbove: frame.labelsAbove,
    plot,
    centre: { x: cx, y1: roundPx(top - 6), y2: plot.bottom, label: { x: roundPx(clamp(cx, half + 4, w - half - 4)), y: roundPx(top - 10), text: centreLabelText, anchor: 'middle' } },
    bars: out,
    ticks: fitTicks(x, maxTicks, compactUsd, false, [0, w]).map((t) => ({ x: t.pos, label: t.label })),
    legend: legend.items,
  };
}

/** One sentence on the tornado: which input moves the result the most. */
export function describeTornado(bars: TornadoInput[], base: number, pairLabel: string): string {
  const sorted = sortBySwing(bars);
  if (!sorted.length) return `${pairLabel} is ${usd(finite(base))} at the baseline; no inputs were varied.`;
  const top = sorted[0];
  return `${pairLabel} is ${usd(finite(base))} at the baseline; ${top.label} moves it the most, to ${usd(finite(top.low))} when 20% lower and ${usd(finite(top.high))} when 20% higher.`;
}
