/**
 * What every part of `npm run bench` returns and how it is printed: one row
 * per figure, with the goal beside it when there is one.
 * scripts/bench/tco.ts (benchTco) and scripts/bench/matrix.ts (benchMatrix)
 * return the same rows, so bench.ts prints everything as one table.
 */
import type { Browser, BrowserContext, BrowserContextOptions, Page } from '@playwright/test';

export interface BenchRow {
  /** What was measured, e.g. "/analysis/conclusion/: script after scrolling to the end". */
  metric: string;
  value: number;
  /** "KB" (1024 bytes, gzip unless the metric says raw), "ms", "requests", ... */
  unit: string;
  /** The goal, e.g. "≤ 14" (in `unit`), or a number read as "at most". */
  goal?: string | number;
  /** Whether the goal is met; left out when there is no goal. */
  ok?: boolean;
}

/** What bench.ts hands to every bench module. */
export interface BenchContext {
  browser: Browser;
  /** The built site, served with gzip (scripts/bench/serve.ts), e.g. "http://127.0.0.1:4461". */
  origin: string;
  /** A fresh context (empty cache) shaped like the phone (PHONE: 412 px, touch). */
  phoneContext(): Promise<BrowserContext>;
  /** The phone profile's CPU: CDP Emulation.setCPUThrottlingRate 4 on this page (call before navigating). */
  slowDown(page: Page): Promise<void>;
}

/** The phone profile: Chrome DevTools Protocol Emulation.setCPUThrottlingRate 4 (Lighthouse's mobile default). */
export const CPU_SLOWDOWN = 4;

/**
 * The screen of the issue's phone profile, for every figure the bench takes on a phone (bytes, searches,
 * diagrams, the tools' timing goals): Lighthouse's mobile emulation, a Moto G Power, 412 by 823 CSS px at 1.75
 * device pixels per px, with touch (MOTOGPOWER_EMULATION_METRICS in Lighthouse's core/config/constants.js). With
 * CPU_SLOWDOWN it is the profile issue 15 measured under ("Lighthouse flows under a mid-range phone profile").
 */
export const PHONE: BrowserContextOptions = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };

/** A desktop window: the same interactions at the same slowdown are printed beside the goals, as figures without one. */
export const DESKTOP_WINDOW: BrowserContextOptions = { viewport: { width: 1400, height: 1000 } };

/** The screen a bench context is shaped like: PHONE or DESKTOP_WINDOW. */
export type BenchScreen = BrowserContextOptions;

/** Rounds to one decimal for KB and ms. */
export const round1 = (n: number) => Math.round(n * 10) / 10;
export const KB = (bytes: number) => round1(bytes / 1024);

/** A row with an "at most" goal, its ok worked out. */
export function atMost(metric: string, value: number, unit: string, goal: number): BenchRow {
  return { metric, value, unit, goal: `≤ ${goal}`, ok: value <= goal };
}

export function printRows(title: string, rows: BenchRow[]): void {
  if (!rows.length) return;
  const cells = rows.map((r) => [
    r.metric,
    `${r.value} ${r.unit}`,
    r.goal === undefined ? '' : typeof r.goal === 'number' ? `≤ ${r.goal} ${r.unit}` : `${r.goal} ${r.unit}`,
    r.ok === undefined ? '' : r.ok ? 'met' : 'NOT MET',
  ]);
  const header = ['', 'figure', 'goal', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c: string[]) => '| ' + c.map((x, i) => (i === 1 ? x.padStart(widths[i]) : x.padEnd(widths[i]))).join(' | ') + ' |';
  console.log(`\n${title}`);
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const c of cells) console.log(line(c));
}

/**
 * Timings on a shared machine vary from run to run by more than the margins to their goals (the same
 * build's keystroke p75 measured 56 and 96 ms minutes apart). So a timing is measured `runs` times, in
 * fresh pages, and the run with the median figure is reported, beside every run's figure.
 */
export async function medianOfRuns<T>(runs: number, measure: () => Promise<T>, figure: (run: T) => number): Promise<{ median: T; figures: number[]; all: T[] }> {
  const all: T[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure());
  const sorted = [...all].sort((a, b) => figure(a) - figure(b));
  return { median: sorted[Math.floor((sorted.length - 1) / 2)], figures: all.map(figure), all };
}

/** The `p`th percentile of `xs` (nearest rank; `xs` need not be sorted). */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/**
 * One latency per interaction, ms, from Event Timing entries (`id`: the entry's interactionId): the slowest of
 * its events (keydown, keypress and keyup, or pointerdown, pointerup and click, share an id). Interactions the
 * browser did not report took under 16 ms, its smallest threshold: counted as 16, up to `expected` in all.
 */
export function latencyPerInteraction(entries: Array<{ id: number; duration: number }>, expected: number): number[] {
  const slowest = new Map<number, number>();
  for (const e of entries) if (e.id) slowest.set(e.id, Math.max(slowest.get(e.id) ?? 0, e.duration));
  return [...slowest.values(), ...Array<number>(Math.max(0, expected - slowest.size)).fill(16)];
}

/** Timing runs per figure (see medianOfRuns). */
export const TIMING_RUNS = 3;

/** How a median-of-runs figure names its runs in its row: "median of 3 runs (64, 72, 64 ms)". */
export const runsLabel = (figures: number[]) => `median of ${TIMING_RUNS} runs (${figures.join(', ')} ms)`;
