/** Cumulative cost lines: one line per strategy, year by year, labelled at its end. Laid out for src/components/tco-calculator/charts/ (frame.ts: the shared frame). */
import { line as d3line } from 'd3';
import { usd, type StrategyId } from '../model';
import { finite, roundPx, clamp, maxOf, minOf, safeWidth, guardedScale, fitTicks, endTexts, END_LABEL_GAP, textWidth, boldTextWidth, compactUsd, spreadLabels, type XTick, type YTick, type Plot, type TextLabel } from './frame';

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
  const height = roundPx(clamp(w * 0.6, 220, 360));
  const clean = series.map((s) => ({ ...s, points: [...(s.points ?? [])].map((p) => ({ year: finite(p.year), cumulative: finite(p.cumulative) })).sort((a, b) => a.year - b.year) }));
  const values = clean.flatMap((s) => s.points.map((p) => p.cumulative));
  const years = [...new Set(clean.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => a - b);

  const top = 12;
  const bottom = height - 42;
  const y = guardedScale(Math.min(0, minOf(values)), maxOf(values), [bottom, top]);
  const yTickRaw = fitTicks(y, Math.max(2, Math.floor((bottom - top) / 40)), compactUsd, true);
  const left = Math.max(...yTickRaw.map((t) => textWidth(t.label)), 20) + 14;

  const texts = endTexts(clean, w);
  const right = Math.max(left + 60, w - (maxOf(texts.filter((_, i) => clean[i].points.length).map(boldTextWidth)) + 18));
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
    const pts = s.points.map((p) => ({ year: p.year, value: p.cumulative, x: roundPx(x(p.year)), y: roundPx(y(p.cumulative)) }));
    const last = pts[pts.length - 1];
    return {
      id: s.id,
      label: s.label,
      path: path(pts) ?? '',
      points: pts,
      endLabel: { x: roundPx(last.x + 8), y: ends[i], text: texts[clean.indexOf(s)], anchor: 'start' },
    };
  });

  // A tick per year; when they are too close, label every k-th year.
  const per = years.length > 1 ? (right - left) / (years.length - 1) : Infinity;
  const widest = maxOf(years.map((yr) => textWidth(String(yr))));
  const k = Math.max(1, Math.ceil((widest + 14) / per));
  const xTicks = years.filter((_, i) => i % k === 0).map((yr) => ({ x: roundPx(x(yr)), label: String(yr) }));
  const yTicks = yTickRaw.map((t) => ({ y: t.pos, label: t.label }));
  return {
    width: w,
    height,
    plot: { left: roundPx(left), top, right: roundPx(right), bottom: roundPx(bottom) },
    lines,
    xTicks,
    yTicks,
    xTitle: { x: roundPx((left + right) / 2), y: roundPx(height - 6), text: 'Year', anchor: 'middle' },
  };
}

/** One sentence on the cumulative lines: which strategy has spent most and least by the last year. */
export function describeCumulative(series: CumulativeSeries[]): string {
  const finals = series
    .filter((s) => s.points?.length)
    .map((s) => {
      const last = [...s.points].sort((a, b) => a.year - b.year)[s.points.length - 1];
      return { label: s.label, year: finite(last.year), value: finite(last.cumulative) };
    })
    .sort((a, b) => b.value - a.value);
  if (!finals.length) return 'No years to show.';
  const year = Math.max(...finals.map((f) => f.year));
  const hi = finals[0];
  const lo = finals[finals.length - 1];
  if (finals.length === 1 || hi.value === lo.value) return `By year ${year}, ${finals.length === 1 ? hi.label : 'every strategy'} has cost ${usd(hi.value)} in all.`;
  return `By year ${year}, ${hi.label} has cost the most in all, ${usd(hi.value)}, and ${lo.label} the least, ${usd(lo.value)}.`;
}
