/**
 * The TCO model: every formula of the calculator, in one place, next to its
 * tests (tests/unit/tco-model.test.ts). Pure functions, no I/O.
 *
 * Units: money in dollars of the price book's year (no inflation); time in
 * whole years, year 1 to `years`; power in watts. A cost is one-time (hosts,
 * perpetual licences, management servers: paid in the year bought) or
 * recurring (support, subscriptions, people, power: paid every year), and the
 * two are never mixed: a perpetual licence is counted once, not every year.
 *
 * Strategies (the note's alternatives, §3 and §5 of the analysis):
 *   A. OS-embedded, two silos: Windows guests on the Windows hypervisor,
 *      Linux guests on the distribution's; two pools, two platforms.
 *   B. Independent, one pool: every guest on one third-party hypervisor.
 *   C. OS-embedded, one platform: every guest on one OS vendor's hypervisor.
 *
 * Modelling assumptions (stated on the page too):
 * - VMs in year y = ceil(year-1 VMs × (1 + growth)^(y−1)).
 * - A pool needs ceil(VMs ÷ VMs per host) hosts plus its spares; an empty
 *   pool needs none. Hosts are bought when needed and replaced every
 *   `refreshYears`; licences move to the replacement host.
 * - A host that carries Windows licences is licensed for as many Windows VMs
 *   as it can run, min(VMs per host, Windows VMs): VMs move between the hosts
 *   of a pool, so each host must be covered for its peak, not its average.
 * - An administrator's load is the larger of hosts ÷ hosts-per-admin and
 *   VMs ÷ VMs-per-admin, with a minimum per platform; training is per
 *   administrator per platform per year.
 * - All costs of year y are discounted by (1 + rate)^(y−1): paid at its start.
 */
import { formatCount, formatNumber, type NumberStyle } from './format';
import type { PoolKey, Scenario } from './scenario';

export const CATEGORIES = ['hardware', 'hypervisor', 'windows', 'linux', 'management', 'staff', 'training', 'power'] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  hardware: 'Hosts',
  hypervisor: 'Hypervisor licences',
  windows: 'Windows licences',
  linux: 'Linux subscriptions',
  management: 'Management software',
  staff: 'Administrators',
  training: 'Training',
  power: 'Power and cooling',
};

export type StrategyId = 'A' | 'B' | 'C';
export const STRATEGY_LABELS: Record<StrategyId, string> = {
  A: 'A. OS-embedded, two silos',
  B: 'B. Independent, one pool',
  C: 'C. OS-embedded, one platform',
};

/** A cost line as computed: its working is a function, run only when asked for (the uncertainty run skips it). */
type DraftLine = Omit<CostLine, 'working'> & { why: () => string[] };

/** One cost of a strategy, year by year, with the arithmetic behind it. */
export interface CostLine {
  category: Category;
  /** What is paid for: "Hosts, Windows pool". */
  label: string;
  /** Paid once when bought, per year (index 0 is year 1), dollars. */
  oneTime: number[];
  /** Paid every year, per year, dollars. */
  recurring: number[];
  /** The formula with the numbers put in, for year 1 and where it changes. */
  working: string[];
}

export interface YearResult {
  year: number;
  windowsVms: number;
  linuxVms: number;
  /** Hosts in use at the end of the year, all pools. */
  hosts: number;
  oneTime: number;
  recurring: number;
  total: number;
  /** Total of this year and all before it, nominal. */
  cumulative: number;
  /** This year's total discounted to year 1. */
  discounted: number;
}

export interface StrategyResult {
  id: StrategyId;
  label: string;
  lines: CostLine[];
  years: YearResult[];
  byCategory: Record<Category, { oneTime: number; recurring: number; total: number }>;
  oneTimeTotal: number;
  recurringTotal: number;
  /** Sum over all years, dollars. */
  totalNominal: number;
  /** Present value at the discount rate, dollars. */
  totalDiscounted: number;
  /** Nominal total ÷ VM-years run: dollars per workload per year. */
  perVmYear: number;
  /** The most hosts in use in any year, and per pool in year 1. */
  peakHosts: number;
  pools: Array<{ label: string; hostsYear1: number }>;
}

export interface Comparison {
  strategies: StrategyResult[];
  /** The strategy with the lowest nominal total (first in A, B, C order on a tie). */
  cheapest: StrategyId;
}

// ---------------------------------------------------------------- helpers

// Written as Intl.NumberFormat('en-US') would, without it (format.ts says why).
const money: NumberStyle = { minFraction: 0, maxFraction: 0, currency: true };
const num: NumberStyle = { minFraction: 0, maxFraction: 2 };
// A unit price such as electricity ($0.1315 per kWh) is shown to the cent or finer, never rounded to "$0".
const rate: NumberStyle = { minFraction: 2, maxFraction: 4, currency: true };
/** "$12,345" */
export const usd = (n: number) => formatNumber(n, money);
/** "$0.1315": a price per unit, to the cent or finer. */
export const usdRate = (n: number) => formatNumber(n, rate);
/** "1,234.5" */
export const fmt = (n: number) => formatNumber(n, num);
/** "3.896": a count worked out as a fraction (administrators), to three decimals. */
export const fmt3 = formatCount;
/** "1 host", "3 hosts", "3.896 administrators": a count with its noun, singular only for exactly one. */
export const count = (n: number, one: string, many = `${one}s`) => `${n === 1 ? '1' : n % 1 === 0 ? fmt(n) : fmt3(n)} ${n === 1 ? one : many}`;

// fill, not Array.from with a callback: the charts and ranges run the model thousands of times, and this was its costliest line.
const zeros = (n: number): number[] => new Array<number>(n).fill(0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** VMs in each year: ceil(base × (1 + growth)^(y−1)), year 1 exactly `base`. */
export function vmsByYear(base: number, growthPct: number, years: number): number[] {
  return Array.from({ length: years }, (_, i) => (i === 0 ? base : Math.ceil(base * (1 + growthPct / 100) ** i - 1e-9)));
}

/** Hosts a pool needs for `vms`: ceil(vms ÷ vmsPerHost) + spares, none for no VMs. */
export function hostsFor(vms: number, vmsPerHost: number, spares: number): number {
  return vms > 0 ? Math.ceil(vms / vmsPerHost) + spares : 0;
}

/**
 * Hosts bought each year: new hosts when the pool grows, and replacements of
 * hosts that reach `refreshYears` of age (oldest first). Hosts no longer
 * needed are retired, newest last bought first, without cost.
 */
export function hostPurchases(hostsNeeded: number[], refreshYears: number): { bought: number[]; refreshed: number[] } {
  const bought = zeros(hostsNeeded.length);
  const refreshed = zeros(hostsNeeded.length);
  let cohorts: Array<{ year: number; count: number }> = [];
  hostsNeeded.forEach((needed, y) => {
    let owned = sum(cohorts.map((c) => c.count));
    // Retire what is no longer needed, newest first (they would be refreshed last).
    for (let i = cohorts.length - 1; i >= 0 && owned > needed; i--) {
      const drop = Math.min(cohorts[i].count, owned - needed);
      cohorts[i].count -= drop;
      owned -= drop;
    }
    cohorts = cohorts.filter((c) => c.count > 0);
    for (const c of cohorts) {
      if (y - c.year >= refreshYears) {
        refreshed[y] += c.count;
        c.year = y;
      }
    }
    if (needed > owned) {
      bought[y] = needed - owned;
      cohorts.push({ year: y, count: needed - owned });
    }
  });
  return { bought, refreshed };
}

/** Licensing units a host needs for Windows: 1 per server, or cores ÷ 16 with 8 per processor and 16 per server at the least. */
export function windowsUnitsPerHost(s: Pick<Scenario, 'winLicenceUnit' | 'socketsPerHost' | 'coresPerSocket'>): number {
  if (s.winLicenceUnit === 'server') return 1;
  return Math.max(16, s.socketsPerHost * Math.max(8, s.coresPerSocket)) / 16;
}

/** Datacenter chosen for every host while its price is 0 (not sold at a known price): the model prices the per-VM edition instead. */
export function datacenterUnpriced(s: Pick<Scenario, 'winEdition' | 'winDatacenterPrice'>): boolean {
  return s.winEdition === 'datacenter' && !(s.winDatacenterPrice > 0);
}

/**
 * Windows licence cost for one host running `windowsVms` Windows guests,
 * dollars: the per-VM-count edition stacks ceil(VMs ÷ VMs per licence)
 * licences; Datacenter is one licence for any number. `winEdition` picks.
 */
export function windowsCostPerHost(s: Scenario, windowsVms: number): { cost: number; edition: 'per-vm' | 'datacenter' | 'none' } {
  if (windowsVms <= 0) return { cost: 0, edition: 'none' };
  const units = windowsUnitsPerHost(s);
  const perVm = Math.ceil(windowsVms / s.winEditionVms) * s.winEditionPrice * units;
  const datacenterAvailable = s.winDatacenterPrice > 0;
  const datacenter = s.winDatacenterPrice * units;
  if (s.winEdition === 'datacenter' && datacenterAvailable) return { cost: datacenter, edition: 'datacenter' };
  if (s.winEdition === 'cheapest' && datacenterAvailable && datacenter < perVm) return { cost: datacenter, edition: 'datacenter' };
  return { cost: perVm, edition: 'per-vm' };
}

// ---------------------------------------------------------------- pools

/** The inputs a pool works with: the shared ones, with the pool's own hardware where it has any. */
export function poolSpec(s: Scenario, pool: PoolKey): Scenario {
  const own = s.overrides[pool];
  return own ? { ...s, ...own } : s;
}

interface PoolPlan {
  label: string;
  /** The label mid-sentence: "Windows pool" keeps its capital, "shared pool" does not. */
  name: string;
  /** The inputs this pool uses (shared, with its own hardware if overridden). */
  spec: Scenario;
  /** Which platform runs it: each platform has its own management, staff minimum and training. */
  platform: string;
  /** Independent (B) or OS-embedded (A, C) hypervisor and management. */
  kind: 'os' | 'independent';
  /** Hosts in use per year. */
  hosts: number[];
  /** Windows VMs and Linux VMs per year. */
  windowsVms: number[];
  linuxVms: number[];
  /** Hosts that carry Windows licences, and how many Windows VMs each may run at the most, per year. */
  windowsHosts: number[];
  windowsPerHost: number[];
  /** Hosts that carry a per-host Linux subscription, per year. */
  linuxHosts: number[];
  /** How the hosts were counted, for the working. */
  hostWorking: () => string;
}

type PoolShape = Pick<PoolPlan, 'hosts' | 'windowsHosts' | 'linuxHosts' | 'hostWorking'>;

/** The fields every pool has; `shape` is how its hosts are counted and which carry which licences. */
function pool(label: string, platform: string, kind: PoolPlan['kind'], win: number[], lin: number[], s: Scenario, shape: PoolShape): PoolPlan {
  // A Windows host is licensed for the Windows VMs it can run (see the header comment).
  const name = label.startsWith('Shared') ? label.toLowerCase() : label;
  return { label, name, spec: s, platform, kind, windowsVms: win, linuxVms: lin, windowsPerHost: win.map((w) => Math.min(s.vmsPerHost, w)), ...shape };
}

function plainPool(label: string, platform: string, kind: PoolPlan['kind'], win: number[], lin: number[], s: Scenario): PoolPlan {
  const hosts = win.map((w, y) => hostsFor(w + lin[y], s.vmsPerHost, s.haSpares));
  return pool(label, platform, kind, win, lin, s, {
    hosts,
    // Windows VMs may run on any host, spares included (they take over after a failure): all are licensed.
    windowsHosts: win.map((w, y) => (w > 0 ? hosts[y] : 0)),
    linuxHosts: lin.map((l, y) => (l > 0 ? hosts[y] : 0)),
    hostWorking: () => `ceil(${fmt(win[0] + lin[0])} VMs ÷ ${s.vmsPerHost} VMs per host) + ${count(s.haSpares, 'spare')} = ${count(hosts[0], 'host')} in year 1`,
  });
}

/** One shared pool with Windows VMs pinned to their own hosts (spares shared and licensed for both). */
function pinnedPool(label: string, platform: string, kind: PoolPlan['kind'], win: number[], lin: number[], s: Scenario): PoolPlan {
  const winActive = win.map((w) => (w > 0 ? Math.ceil(w / s.vmsPerHost) : 0));
  const linActive = lin.map((l) => (l > 0 ? Math.ceil(l / s.vmsPerHost) : 0));
  const spares = win.map((w, y) => (w + lin[y] > 0 ? s.haSpares : 0));
  const hosts = winActive.map((w, y) => w + linActive[y] + spares[y]);
  return pool(label, platform, kind, win, lin, s, {
    hosts,
    windowsHosts: winActive.map((w, y) => (w > 0 ? w + spares[y] : 0)),
    linuxHosts: linActive.map((l, y) => (l > 0 ? l + spares[y] : 0)),
    hostWorking: () => `ceil(${fmt(win[0])} Windows VMs ÷ ${s.vmsPerHost}) + ceil(${fmt(lin[0])} Linux VMs ÷ ${s.vmsPerHost}) + ${count(s.haSpares, 'shared spare')} = ${count(hosts[0], 'host')} in year 1`,
  });
}

function poolsOf(id: StrategyId, s: Scenario, win: number[], lin: number[]): PoolPlan[] {
  const none = zeros(win.length);
  const shared = s.winPlacement === 'pinned' ? pinnedPool : plainPool;
  switch (id) {
    case 'A':
      return [plainPool('Windows pool', 'windows', 'os', win, none, poolSpec(s, 'aWindows')), plainPool('Linux pool', 'linux', 'os', none, lin, poolSpec(s, 'aLinux'))];
    case 'B':
      return [shared('Shared pool', 'independent', 'independent', win, lin, poolSpec(s, 'b'))];
    case 'C':
      return [shared('Shared pool', 'os-single', 'os', win, lin, poolSpec(s, 'c'))];
  }
}

// ---------------------------------------------------------------- costs

function hypervisorLines(pool: PoolPlan, s: Scenario, years: number): DraftLine[] {
  const model = pool.kind === 'independent' ? s.indHvModel : s.osHvModel;
  const price = pool.kind === 'independent' ? s.indHvPrice : s.osHvPrice;
  const oneTime = zeros(years);
  const recurring = zeros(years);
  const label = `Hypervisor, ${pool.name}`;
  if (model === 'bundled' || pool.hosts.every((h) => h === 0)) {
    return [{ category: 'hypervisor', label, oneTime, recurring, why: () => [model === 'bundled' ? 'Bundled with the operating system: no separate charge.' : 'No hosts: no licences.'] }];
  }
  let why: () => string[];
  if (model === 'perpetual-per-2-sockets') {
    const perHost = Math.ceil(s.socketsPerHost / 2);
    const support = pool.kind === 'independent' ? s.indHvSupportPct : 0;
    let owned = 0;
    pool.hosts.forEach((h, y) => {
      const needed = h * perHost;
      if (needed > owned) {
        oneTime[y] = (needed - owned) * price;
        owned = needed;
      }
      recurring[y] = owned * price * (support / 100);
    });
    why = () => [
      `Licences: ${count(pool.hosts[0], 'host')} × ceil(${s.socketsPerHost} sockets ÷ 2) = ${pool.hosts[0] * perHost}, bought once at ${usd(price)} = ${usd(oneTime[0])}`,
      `Support: ${support}% × ${usd(price)} × licences owned, every year = ${usd(recurring[0])} in year 1`,
    ];
  } else if (model === 'subscription-per-socket') {
    pool.hosts.forEach((h, y) => (recurring[y] = h * s.socketsPerHost * price));
    why = () => [`${count(pool.hosts[0], 'host')} × ${count(s.socketsPerHost, 'socket')} × ${usd(price)} per socket per year = ${usd(recurring[0])} in year 1`];
  } else {
    const minCores = pool.kind === 'independent' ? s.indHvMinCoresPerCpu : 0;
    const minOrder = pool.kind === 'independent' ? s.indHvMinOrderCores : 0;
    const coresPerHost = s.socketsPerHost * Math.max(s.coresPerSocket, minCores);
    pool.hosts.forEach((h, y) => (recurring[y] = (h > 0 ? Math.max(h * coresPerHost, minOrder) : 0) * price));
    why = () => [
      `max(${count(pool.hosts[0], 'host')} × ${count(s.socketsPerHost, 'socket')} × max(${s.coresPerSocket} cores, ${minCores} minimum), ${minOrder} minimum order) = ${fmt(Math.max(pool.hosts[0] * coresPerHost, minOrder))} cores × ${usd(price)} per core per year = ${usd(recurring[0])} in year 1`,
    ];
  }
  return [{ category: 'hypervisor', label, oneTime, recurring, why }];
}

function windowsLine(pool: PoolPlan, s: Scenario, years: number): DraftLine | null {
  if (pool.windowsVms.every((w) => w === 0)) return null;
  const oneTime = zeros(years);
  const recurring = zeros(years);
  let ownedValue = 0;
  const editions = new Set<string>();
  pool.windowsHosts.forEach((hosts, y) => {
    const { cost, edition } = windowsCostPerHost(s, pool.windowsPerHost[y]);
    editions.add(edition);
    const needed = hosts * cost;
    // Licences are perpetual: buy only what the year needs beyond what is owned.
    if (needed > ownedValue) {
      oneTime[y] = needed - ownedValue;
      ownedValue = needed;
    }
    recurring[y] = ownedValue * (s.winAssurancePct / 100);
  });
  const why = () => {
    const first = windowsCostPerHost(s, pool.windowsPerHost[0]);
    const unitText = s.winLicenceUnit === 'core16' ? ` × ${fmt(windowsUnitsPerHost(s))} (16-core units per host)` : '';
    const editionText =
      first.edition === 'datacenter'
        ? `Datacenter ${usd(s.winDatacenterPrice)}${unitText}`
        : `ceil(${pool.windowsPerHost[0]} Windows VMs a host can run ÷ ${s.winEditionVms}) × ${usd(s.winEditionPrice)}${unitText}`;
    return [
      `${count(pool.windowsHosts[0], 'licensed host')} × (${editionText}) = ${usd(pool.windowsHosts[0] * first.cost)}, bought once; more as VMs grow`,
      ...(s.winAssurancePct > 0 ? [`Software Assurance: ${s.winAssurancePct}% of licences owned, every year`] : []),
      ...(editions.size > 1 ? ['The cheaper edition changes as VMs per host grow.'] : []),
      ...(datacenterUnpriced(s) ? ['Datacenter was chosen, but this scenario has no Datacenter price (0), so the per-VM edition is priced instead.'] : []),
    ];
  };
  return { category: 'windows', label: `Windows, ${pool.name}`, oneTime, recurring, why };
}

function linuxLine(pool: PoolPlan, s: Scenario, years: number): DraftLine | null {
  if (pool.linuxVms.every((l) => l === 0)) return null;
  const recurring = pool.linuxVms.map((l, y) => (s.linuxModel === 'per-host' ? pool.linuxHosts[y] : l) * s.linuxPrice);
  return {
    category: 'linux',
    label: `Linux, ${pool.name}`,
    oneTime: zeros(years),
    recurring,
    why: () => [
      s.linuxModel === 'per-host'
        ? `${count(pool.linuxHosts[0], 'host')} running Linux × ${usd(s.linuxPrice)} per host per year (unlimited guests) = ${usd(recurring[0])} in year 1`
        : `${count(pool.linuxVms[0], 'Linux VM')} × ${usd(s.linuxPrice)} per guest per year = ${usd(recurring[0])} in year 1`,
    ],
  };
}

function platformLines(platform: string, pools: PoolPlan[], s: Scenario, years: number): DraftLine[] {
  const kind = pools[0].kind;
  const hosts = zeros(years).map((_, y) => sum(pools.map((p) => p.hosts[y])));
  const vms = zeros(years).map((_, y) => sum(pools.map((p) => p.windowsVms[y] + p.linuxVms[y])));
  if (hosts.every((h) => h === 0)) return [];
  const name = { windows: 'Windows platform', linux: 'Linux platform', independent: 'independent platform', 'os-single': 'OS vendor’s platform' }[platform] ?? platform;
  const instance = kind === 'independent' ? s.indMgmtInstance : s.osMgmtInstance;
  const perHost = kind === 'independent' ? s.indMgmtPerHostYear : s.osMgmtPerHostYear;
  const mgmtOneTime = zeros(years);
  mgmtOneTime[0] = instance;
  const mgmtRecurring = hosts.map((h) => h * perHost);
  const admins = hosts.map((h, y) => Math.max(s.minStaffPerPlatform, h / s.hostsPerAdmin, vms[y] / s.vmsPerAdmin));
  return [
    {
      category: 'management',
      label: `Management, ${name}`,
      oneTime: mgmtOneTime,
      recurring: mgmtRecurring,
      why: () => [`One management server ${usd(instance)} once, plus ${count(hosts[0], 'host')} × ${usd(perHost)} per host per year = ${usd(mgmtRecurring[0])} in year 1`],
    },
    {
      category: 'staff',
      label: `Administrators, ${name}`,
      oneTime: zeros(years),
      recurring: admins.map((a) => a * s.adminCost),
      why: () => [
        `max(${fmt3(s.minStaffPerPlatform)} minimum, ${count(hosts[0], 'host')} ÷ ${s.hostsPerAdmin}, ${count(vms[0], 'VM')} ÷ ${s.vmsPerAdmin}) = ${count(admins[0], 'administrator')} × ${usd(s.adminCost)} = ${usd(admins[0] * s.adminCost)} in year 1`,
      ],
    },
    {
      category: 'training',
      label: `Training, ${name}`,
      oneTime: zeros(years),
      recurring: admins.map((a) => a * s.trainingPerAdmin),
      why: () => [`${count(admins[0], 'administrator')} × ${usd(s.trainingPerAdmin)} per administrator per year = ${usd(admins[0] * s.trainingPerAdmin)} in year 1`],
    },
  ];
}

/**
 * Every cost of one strategy, year by year. `explain: false` skips writing
 * out the working (the uncertainty run computes thousands of scenarios).
 */
export function computeStrategy(id: StrategyId, s: Scenario, { explain = true } = {}): StrategyResult {
  const years = s.years;
  const win = vmsByYear(s.windowsVms, s.growthPct, years);
  const lin = vmsByYear(s.linuxVms, s.growthPct, years);
  const pools = poolsOf(id, s, win, lin);
  const lines: DraftLine[] = [];

  for (const pool of pools) {
    const p = pool.spec; // this pool's hardware (shared, or its own)
    const { bought, refreshed } = hostPurchases(pool.hosts, p.refreshYears);
    if (pool.hosts.some((h) => h > 0)) {
      lines.push({
        category: 'hardware',
        label: `Hosts, ${pool.name}`,
        oneTime: bought.map((b, y) => (b + refreshed[y]) * p.hostPrice),
        recurring: zeros(years),
        why: () => [
          pool.hostWorking(),
          `${count(pool.hosts[0], 'host')} × ${usd(p.hostPrice)} = ${usd(pool.hosts[0] * p.hostPrice)} in year 1; new hosts as VMs grow, and each host replaced after ${count(p.refreshYears, 'year')}`,
        ],
      });
      const kwhPerYear = pool.hosts.map((h) => (h * p.wattsPerHost * 8760 * p.pue) / 1000);
      lines.push({
        category: 'power',
        label: `Power and cooling, ${pool.name}`,
        oneTime: zeros(years),
        recurring: kwhPerYear.map((k) => k * s.kwhPrice),
        why: () => [`${count(pool.hosts[0], 'host')} × ${fmt(p.wattsPerHost)} W × 8,760 h × PUE ${fmt(p.pue)} ÷ 1,000 = ${fmt(kwhPerYear[0])} kWh × ${usdRate(p.kwhPrice)} per kWh = ${usd(kwhPerYear[0] * p.kwhPrice)} in year 1`],
      });
    }
    lines.push(...hypervisorLines(pool, p, years));
    const w = windowsLine(pool, p, years);
    if (w) lines.push(w);
    const l = linuxLine(pool, p, years);
    if (l) lines.push(l);
  }
  for (const platform of new Set(pools.map((p) => p.platform))) {
    lines.push(...platformLines(platform, pools.filter((p) => p.platform === platform), s, years));
  }
  const done: CostLine[] = lines.map(({ why, ...line }) => ({ ...line, working: explain ? why() : [] }));
  return summarise(id, s, done, pools, win, lin);
}

function summarise(id: StrategyId, s: Scenario, lines: CostLine[], pools: PoolPlan[], win: number[], lin: number[]): StrategyResult {
  // One pass over the lines (this runs thousands of times for the charts and ranges).
  const n = s.years;
  const oneTimeByYear = zeros(n);
  const recurringByYear = zeros(n);
  const byCategory = {} as StrategyResult['byCategory'];
  for (const c of CATEGORIES) byCategory[c] = { oneTime: 0, recurring: 0, total: 0 };
  for (const line of lines) {
    let oneTime = 0;
    let recurring = 0;
    for (let y = 0; y < n; y++) {
      oneTimeByYear[y] += line.oneTime[y];
      recurringByYear[y] += line.recurring[y];
      oneTime += line.oneTime[y];
      recurring += line.recurring[y];
    }
    const c = byCategory[line.category];
    c.oneTime += oneTime;
    c.recurring += recurring;
    c.total += oneTime + recurring;
  }
  const years: YearResult[] = [];
  let cumulative = 0;
  let oneTimeTotal = 0;
  let recurringTotal = 0;
  let totalDiscounted = 0;
  let vmYears = 0;
  let peakHosts = 0;
  for (let y = 0; y < n; y++) {
    const total = oneTimeByYear[y] + recurringByYear[y];
    cumulative += total;
    oneTimeTotal += oneTimeByYear[y];
    recurringTotal += recurringByYear[y];
    const discounted = total / (1 + s.discountPct / 100) ** y;
    totalDiscounted += discounted;
    vmYears += win[y] + lin[y];
    let hosts = 0;
    for (const p of pools) hosts += p.hosts[y];
    peakHosts = Math.max(peakHosts, hosts);
    years.push({ year: y + 1, windowsVms: win[y], linuxVms: lin[y], hosts, oneTime: oneTimeByYear[y], recurring: recurringByYear[y], total, cumulative, discounted });
  }
  return {
    id,
    label: STRATEGY_LABELS[id],
    lines,
    years,
    byCategory,
    oneTimeTotal,
    recurringTotal,
    totalNominal: cumulative,
    totalDiscounted,
    perVmYear: vmYears > 0 ? cumulative / vmYears : 0,
    peakHosts,
    pools: pools.map((p) => ({ label: p.label, hostsYear1: p.hosts[0] })),
  };
}

/** All three strategies, and which costs least. */
export function compare(s: Scenario, options: { explain?: boolean } = {}): Comparison {
  const strategies = (['A', 'B', 'C'] as const).map((id) => computeStrategy(id, s, options));
  const cheapest = strategies.reduce((best, r) => (r.totalNominal < best.totalNominal ? r : best)).id;
  return { strategies, cheapest };
}

/** How much more `other` costs than `base`: dollars and percent of `base` (0% when base is 0). */
export function difference(base: StrategyResult, other: StrategyResult): { dollars: number; percent: number } {
  const dollars = other.totalNominal - base.totalNominal;
  return { dollars, percent: base.totalNominal > 0 ? (dollars / base.totalNominal) * 100 : 0 };
}
