/**
 * The answer in words, computed from the comparison: which strategy costs
 * least, by how much against the runner-up, and which kinds of cost make
 * the difference; whether ranking by present value changes the answer; and
 * warnings about inputs the model had to read differently from what they say.
 */
import { CATEGORIES, datacenterUnpriced, usd, type Category, type Comparison, type StrategyId, type StrategyResult } from './model';
import type { Scenario } from './scenario';

export interface Verdict {
  /** Cheapest and runner-up by nominal total (A, B, C order on a tie). */
  cheapest: StrategyId;
  runnerUp: StrategyId;
  /** Cheapest by present value. */
  cheapestByPresentValue: StrategyId;
  /** The three strategies ordered by total, and by present value. */
  byTotal: StrategyId[];
  byPresentValue: StrategyId[];
  /** "C costs least over 5 years: $1,234,567 (12.3%) below B, mostly because …" */
  sentence: string;
  /** Set when the present-value ranking differs from the ranking by total: says how. */
  rankingNote: string | null;
}

/** The categories mid-sentence: common nouns in lower case, Windows and Linux kept as names. */
const CATEGORY_NOUNS: Record<Category, string> = {
  hardware: 'hosts',
  hypervisor: 'hypervisor licences',
  windows: 'Windows licences',
  linux: 'Linux subscriptions',
  management: 'management software',
  staff: 'administrators',
  training: 'training',
  power: 'power and cooling',
};

const percent = (n: number) => `${n < 10 ? n.toFixed(1) : Math.round(n)}%`;
// Ties go in A, B, C order. Compared as plain strings, not with localeCompare, which loads the browser's
// collation data on first use: a long task in the middle of hydrating (issue 15; format.ts says the same of numbers).
const idOrder = (a: StrategyResult, b: StrategyResult) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const rank = (strategies: StrategyResult[], value: (r: StrategyResult) => number) => [...strategies].sort((a, b) => value(a) - value(b) || idOrder(a, b)).map((r) => r.id);

/** Category differences runner-up minus cheapest, largest saving first. */
export function savingsByCategory(cheapest: StrategyResult, other: StrategyResult): Array<{ category: Category; dollars: number }> {
  return CATEGORIES.map((category) => ({ category, dollars: other.byCategory[category].total - cheapest.byCategory[category].total })).sort((a, b) => b.dollars - a.dollars);
}

/** "lower Windows licences ($1.2M) and administrators ($300K)": the savings that make up most of the gap. */
function because(cheapest: StrategyResult, other: StrategyResult): string {
  const diffs = savingsByCategory(cheapest, other);
  const savings = diffs.filter((d) => d.dollars > 0.5);
  const extra = diffs.filter((d) => d.dollars < -0.5).reverse();
  const gross = savings.reduce((a, d) => a + d.dollars, 0);
  // Name savings until they cover at least 70% of all savings, at most three.
  const named: typeof savings = [];
  let covered = 0;
  for (const d of savings) {
    if (named.length === 3 || (named.length > 0 && covered >= 0.7 * gross)) break;
    named.push(d);
    covered += d.dollars;
  }
  const list = (items: typeof savings) => {
    const parts = items.map((d) => `${CATEGORY_NOUNS[d.category]} (${usd(Math.abs(d.dollars))})`);
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
  };
  if (named.length === 0) return '';
  const lead = `, mostly because it spends less on ${list(named)}`;
  const offset = extra.length > 0 ? `, though it spends more on ${list(extra.slice(0, 2))}` : '';
  return `${lead}${offset}`;
}

export function verdict(result: Comparison, s: Pick<Scenario, 'years' | 'discountPct'>): Verdict {
  const { strategies } = result;
  const byId = Object.fromEntries(strategies.map((r) => [r.id, r])) as Record<StrategyId, StrategyResult>;
  const byTotal = rank(strategies, (r) => r.totalNominal);
  const byPresentValue = rank(strategies, (r) => r.totalDiscounted);
  const [cheapest, runnerUp] = byTotal;
  const c = byId[cheapest];
  const r = byId[runnerUp];
  const years = `${s.years} ${s.years === 1 ? 'year' : 'years'}`;
  const gap = r.totalNominal - c.totalNominal;
  let sentence: string;
  if (gap < 0.5) {
    sentence = `${cheapest} and ${runnerUp} cost the same over ${years}: ${usd(c.totalNominal)} each.`;
  } else {
    const pct = c.totalNominal > 0 ? ` (${percent((gap / r.totalNominal) * 100)})` : '';
    sentence = `${cheapest} costs least over ${years}: ${usd(gap)}${pct} below ${runnerUp}${because(c, r)}.`;
  }
  let rankingNote: string | null = null;
  if (byPresentValue.join() !== byTotal.join()) {
    const pv = byPresentValue[0];
    rankingNote =
      pv !== cheapest
        ? `Ranked by present value at ${s.discountPct}% a year instead, ${pv} costs least (${usd(byId[pv].totalDiscounted)} against ${usd(c.totalDiscounted)} for ${cheapest}): ${cheapest}’s savings come late, and later dollars count for less.`
        : `The cheapest is the same by present value at ${s.discountPct}% a year, but the other two swap places (${byPresentValue.join(', ')} by present value; ${byTotal.join(', ')} by total).`;
  }
  return { cheapest, runnerUp, cheapestByPresentValue: byPresentValue[0], byTotal, byPresentValue, sentence, rankingNote };
}

/** Inputs the model cannot use as they stand, in words for the page. */
export function scenarioWarnings(s: Scenario): string[] {
  const out: string[] = [];
  if (datacenterUnpriced(s)) {
    out.push('Datacenter is chosen for every host, but the Datacenter edition price is 0 (not sold at a known price), so Windows is priced with the per-VM edition. Enter a Datacenter price to price Datacenter.');
  }
  return out;
}
