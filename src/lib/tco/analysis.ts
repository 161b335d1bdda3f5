/**
 * What the calculator shows beyond the totals: where the cheapest strategy
 * changes (break-even), which inputs move the result most (sensitivity), and
 * how wide the result is when uncertain inputs vary (uncertainty). All
 * computed with the model in model.ts; nothing here prices anything itself.
 */
import { compare, computeStrategy, type StrategyId } from './model';
import { FIELD_BY_KEY, bounds, type FieldKey } from './fields';
import { defaultsOf, type PriceBook } from './price-books';
import { encodeScenario } from './url-state';
import { verdict } from './verdict';
import type { Scenario } from './scenario';

const IDS: StrategyId[] = ['A', 'B', 'C'];

// ------------------------------------------------------------- break-even

export interface BreakEvenPoint {
  /** Share of workloads that are Linux, percent. */
  linuxShare: number;
  totals: Record<StrategyId, number>;
  cheapest: StrategyId;
}

/**
 * Totals at every `step` percent of Linux share, the number of VMs held, and
 * the shares at which the cheapest strategy changes.
 */
export function breakEven(s: Scenario, step = 5): { points: BreakEvenPoint[]; switches: Array<{ linuxShare: number; from: StrategyId; to: StrategyId }> } {
  const total = s.windowsVms + s.linuxVms;
  const points: BreakEvenPoint[] = [];
  for (let share = 0; share <= 100; share += step) {
    const linuxVms = Math.round((total * share) / 100);
    const r = compare({ ...s, linuxVms, windowsVms: total - linuxVms }, { explain: false });
    points.push({ linuxShare: share, totals: Object.fromEntries(r.strategies.map((x) => [x.id, x.totalNominal])) as Record<StrategyId, number>, cheapest: r.cheapest });
  }
  const switches = points.slice(1).flatMap((p, i) => (p.cheapest !== points[i].cheapest ? [{ linuxShare: p.linuxShare, from: points[i].cheapest, to: p.cheapest }] : []));
  return { points, switches };
}

// ------------------------------------------------------------ sensitivity

/** Inputs the sensitivity chart moves by ±20%. */
export const SENSITIVITY_INPUTS: FieldKey[] = [
  'windowsVms', 'linuxVms', 'growthPct', 'vmsPerHost', 'hostPrice', 'wattsPerHost', 'kwhPrice', 'winEditionPrice', 'winDatacenterPrice',
  'linuxPrice', 'osHvPrice', 'indHvPrice', 'indHvSupportPct', 'osMgmtInstance', 'indMgmtInstance', 'hostsPerAdmin', 'vmsPerAdmin', 'adminCost', 'trainingPerAdmin',
];

/** An input moved by `factor`, kept within its limits and whole where it must be. */
function moved(s: Scenario, key: FieldKey, factor: number): Scenario {
  const b = bounds(key)!;
  let v = (s[key] as number) * factor;
  if (b.int) v = Math.round(v);
  return { ...s, [key]: Math.min(b.max, Math.max(b.min, v)) };
}

/**
 * How much each input, at −20% and +20%, moves the difference
 * total(`pair[1]`) − total(`pair[0]`). Sorted by swing, largest first;
 * inputs that do not move it are left out.
 */
export function sensitivity(s: Scenario, pair: [StrategyId, StrategyId], inputs = SENSITIVITY_INPUTS) {
  const diff = (x: Scenario) => computeStrategy(pair[1], x, { explain: false }).totalNominal - computeStrategy(pair[0], x, { explain: false }).totalNominal;
  const base = diff(s);
  const bars = inputs
    .map((key) => ({ key, label: FIELD_BY_KEY[key].label, low: diff(moved(s, key, 0.8)), high: diff(moved(s, key, 1.2)) }))
    .filter((b) => Math.abs(b.high - b.low) > 0.005 || Math.abs(b.low - base) > 0.005)
    .sort((a, b) => Math.abs(b.high - b.low) - Math.abs(a.high - a.low));
  return { base, bars };
}

// ------------------------------------------------------------ both, for the charts

/** Break-even and sensitivity of one scenario, as the charts draw them (computed in a worker in the browser). */
export interface Analysis {
  /** Windows plus Linux VMs in year 1: the break-even chart moves the share among these. */
  workloads: number;
  breakEven: ReturnType<typeof breakEven>;
  /** The pair the sensitivity is of, as [base, other]: the chart shows other minus base. */
  pair: [StrategyId, StrategyId];
  sensitivity: ReturnType<typeof sensitivity>;
}

export function analyse(s: Scenario, pair: [StrategyId, StrategyId]): Analysis {
  return { workloads: s.windowsVms + s.linuxVms, breakEven: breakEven(s), pair, sensitivity: sensitivity(s, pair) };
}

/** An analysis with the scenario and pair it is of, as `analysisKey` names them. */
export interface KeyedAnalysis {
  key: string;
  analysis: Analysis;
}

export const analysisKey = (s: Scenario, pair: [StrategyId, StrategyId]) => `${encodeScenario(s)}#${pair.join('-')}`;

/** The analysis of a book's default scenario, for the pair the chart starts with (the runner-up minus the cheapest). */
export function defaultAnalysis(book: PriceBook): KeyedAnalysis {
  const s = defaultsOf(book);
  const v = verdict(compare(s, { explain: false }), s);
  const pair: [StrategyId, StrategyId] = [v.cheapest, v.runnerUp];
  return { key: analysisKey(s, pair), analysis: analyse(s, pair) };
}

// ------------------------------------------------------------ uncertainty

/**
 * The uncertain inputs. Prices enter the totals linearly once the quantities
 * are fixed, so each draw's total is exact as a constant plus price ×
 * coefficient, with the coefficients computed by the model itself. VMs per
 * host changes quantities; it is drawn as a whole number and the model is run
 * once per value drawn.
 */
export const PRICE_INPUTS = ['hostPrice', 'kwhPrice', 'linuxPrice', 'indHvPrice', 'adminCost', 'trainingPerAdmin'] as const;
export const QUANTITY_INPUT = 'vmsPerHost' as const;
export type UncertainKey = (typeof PRICE_INPUTS)[number] | typeof QUANTITY_INPUT;

export interface Range {
  low: number;
  likely: number;
  high: number;
}

/** Ranges from the price book, widened to include the reader's value, which is the most likely. */
export function uncertainRanges(book: PriceBook, s: Scenario): Partial<Record<UncertainKey, Range>> {
  const out: Partial<Record<UncertainKey, Range>> = {};
  for (const key of [...PRICE_INPUTS, QUANTITY_INPUT]) {
    const range = book.values[key]?.range;
    if (!range) continue;
    const likely = s[key] as number;
    out[key] = { low: Math.min(range[0], likely), likely, high: Math.max(range[1], likely) };
  }
  return out;
}

/** A small, fast, seeded generator (mulberry32), so a scenario always gives the same ranges. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A draw from the triangular distribution (low, likely, high) for a uniform u in [0, 1). */
export function triangular({ low, likely, high }: Range, u: number): number {
  if (high <= low) return likely;
  const cut = (likely - low) / (high - low);
  return u < cut ? low + Math.sqrt(u * (high - low) * (likely - low)) : high - Math.sqrt((1 - u) * (high - low) * (high - likely));
}

/** The p-th percentile (0 to 100) of sorted numbers, by linear interpolation. */
export function percentile(sorted: Float64Array | number[], p: number): number {
  if (sorted.length === 0) return 0;
  const at = (p / 100) * (sorted.length - 1);
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

export interface UncertaintyResult {
  draws: number;
  byStrategy: Record<StrategyId, { p10: number; p50: number; p90: number; cheapestShare: number }>;
}

/** Totals of the three strategies over `draws` random draws of the uncertain inputs. */
export function uncertainty(s: Scenario, ranges: Partial<Record<UncertainKey, Range>>, draws = 10_000, seed = 1): UncertaintyResult {
  const random = seededRandom(seed);
  const priceKeys = PRICE_INPUTS.filter((k) => ranges[k]);
  // Constant and price coefficients of each strategy's total, per VMs-per-host value.
  const cache = new Map<number, { constant: number[]; coef: number[][] }>();
  const linearModel = (vmsPerHost: number) => {
    let m = cache.get(vmsPerHost);
    if (m) return m;
    const zeroed: Scenario = { ...s, vmsPerHost };
    for (const k of priceKeys) (zeroed as Record<string, unknown>)[k] = 0;
    const totals = (x: Scenario) => IDS.map((id) => computeStrategy(id, x, { explain: false }).totalNominal);
    const constant = totals(zeroed);
    const coef = priceKeys.map((k) => totals({ ...zeroed, [k]: 1 }).map((t, i) => t - constant[i]));
    m = { constant, coef };
    cache.set(vmsPerHost, m);
    return m;
  };
  const results = IDS.map(() => new Float64Array(draws));
  const cheapestCount = [0, 0, 0];
  const qRange = ranges[QUANTITY_INPUT];
  const prices = new Float64Array(priceKeys.length);
  for (let d = 0; d < draws; d++) {
    const vph = qRange ? Math.max(1, Math.round(triangular(qRange, random()))) : s.vmsPerHost;
    for (let k = 0; k < priceKeys.length; k++) prices[k] = triangular(ranges[priceKeys[k]]!, random());
    const { constant, coef } = linearModel(vph);
    let best = 0;
    for (let i = 0; i < 3; i++) {
      let total = constant[i];
      for (let k = 0; k < priceKeys.length; k++) total += coef[k][i] * prices[k];
      results[i][d] = total;
      if (total < results[best][d]) best = i;
    }
    cheapestCount[best]++;
  }
  const byStrategy = {} as UncertaintyResult['byStrategy'];
  IDS.forEach((id, i) => {
    const sorted = results[i].sort();
    byStrategy[id] = { p10: percentile(sorted, 10), p50: percentile(sorted, 50), p90: percentile(sorted, 90), cheapestShare: cheapestCount[i] / draws };
  });
  return { draws, byStrategy };
}
