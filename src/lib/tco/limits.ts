/**
 * Every input of the TCO calculator: what it is, its unit, and the values it
 * may take. Plain data, so the browser needs no validation library: the form
 * and the URL parser check values against it (fields.ts), and scenario.ts
 * derives the zod schema the build and the tests use. Money is in US dollars
 * of the price book's year; percentages are written as percent (20 is 20%).
 */

export const HYPERVISOR_LICENCE_MODELS = ['bundled', 'perpetual-per-2-sockets', 'subscription-per-socket', 'subscription-per-core'] as const;
export type HypervisorLicenceModel = (typeof HYPERVISOR_LICENCE_MODELS)[number];

export interface NumberLimit {
  kind: 'number';
  min: number;
  max: number;
  /** Whole numbers only. */
  int: boolean;
}
export interface ChoiceLimit {
  kind: 'choice';
  values: readonly string[];
}

export const LIMITS = {

  // ---- Workloads ----
  /** Windows virtual machines in year 1. */
  windowsVms: { kind: 'number', min: 0, max: 100_000, int: true },
  /** Linux virtual machines in year 1. */
  linuxVms: { kind: 'number', min: 0, max: 100_000, int: true },
  /** Growth of both, percent per year (negative shrinks). */
  growthPct: { kind: 'number', min: -50, max: 100, int: false },
  /** Years compared, 1 to 10. */
  years: { kind: 'number', min: 1, max: 10, int: true },
  /** Discount rate for the present value, percent per year. */
  discountPct: { kind: 'number', min: 0, max: 50, int: false },

  // ---- Hosts (the same servers in every pool) ----
  /** Virtual machines one host runs. */
  vmsPerHost: { kind: 'number', min: 1, max: 500, int: true },
  /** Processor sockets per host. */
  socketsPerHost: { kind: 'number', min: 1, max: 8, int: true },
  /** Cores per processor. */
  coresPerSocket: { kind: 'number', min: 1, max: 256, int: true },
  /** Price of one host, dollars, paid when bought and again at each refresh. */
  hostPrice: { kind: 'number', min: 0, max: 1_000_000, int: false },
  /** Years before a host is replaced. */
  refreshYears: { kind: 'number', min: 1, max: 10, int: true },
  /** Spare hosts kept per pool for failover (N+1 is 1). */
  haSpares: { kind: 'number', min: 0, max: 10, int: true },
  /** Average power a host draws, watts. */
  wattsPerHost: { kind: 'number', min: 0, max: 10_000, int: false },
  /** Power usage effectiveness of the data centre (total power ÷ IT power, 1 or more). */
  pue: { kind: 'number', min: 1, max: 4, int: false },
  /** Electricity, dollars per kWh. */
  kwhPrice: { kind: 'number', min: 0, max: 5, int: false },

  // ---- Windows guests (whatever hypervisor runs them) ----
  /** How Windows licences are priced: per server (2003 era) or per 16 cores (2016 on: all cores, at least 8 per processor and 16 per server). */
  winLicenceUnit: { kind: 'choice', values: ['server', 'core16'] },
  /** Price of one licence of the per-VM-count edition (2003 R2 Enterprise; 2016+ Standard), dollars per unit. */
  winEditionPrice: { kind: 'number', min: 0, max: 1_000_000, int: false },
  /** Windows VMs one licence of that edition covers on one host (Enterprise 4; Standard 2). */
  winEditionVms: { kind: 'number', min: 1, max: 100, int: true },
  /** Price of Datacenter (unlimited VMs on a host), dollars per unit; 0 when it cannot be bought at a known price. */
  winDatacenterPrice: { kind: 'number', min: 0, max: 1_000_000, int: false },
  /** Which edition hosts carry: the cheaper per host, or one of them. */
  winEdition: { kind: 'choice', values: ['cheapest', 'per-vm', 'datacenter'] },
  /** Yearly Software Assurance on Windows licences, percent of their price. */
  winAssurancePct: { kind: 'number', min: 0, max: 100, int: false },
  /** In one shared pool: every host licensed for Windows, or Windows VMs pinned to some hosts. */
  winPlacement: { kind: 'choice', values: ['all-hosts', 'pinned'] },

  // ---- Linux guests ----
  /** A subscription per physical host (unlimited guests) or per guest. */
  linuxModel: { kind: 'choice', values: ['per-host', 'per-guest'] },
  /** Linux subscription, dollars per host or per guest, per year. */
  linuxPrice: { kind: 'number', min: 0, max: 100_000, int: false },

  // ---- Hypervisor licences ----
  /** OS-embedded hypervisors (strategies A and C): how they are licensed. */
  osHvModel: { kind: 'choice', values: HYPERVISOR_LICENCE_MODELS },
  /** Their price: per 2 sockets (perpetual), per socket per year, or per core per year. */
  osHvPrice: { kind: 'number', min: 0, max: 100_000, int: false },
  /** Independent hypervisor (strategy B): how it is licensed. */
  indHvModel: { kind: 'choice', values: HYPERVISOR_LICENCE_MODELS },
  /** Its price: per 2 sockets (perpetual), per socket per year, or per core per year. */
  indHvPrice: { kind: 'number', min: 0, max: 100_000, int: false },
  /** Yearly support on a perpetual licence, percent of its price. */
  indHvSupportPct: { kind: 'number', min: 0, max: 100, int: false },
  /** Per-core licensing: cores counted per processor at the least. */
  indHvMinCoresPerCpu: { kind: 'number', min: 0, max: 256, int: true },
  /** Per-core licensing: smallest order, in cores (0 for none). */
  indHvMinOrderCores: { kind: 'number', min: 0, max: 10_000, int: true },

  // ---- Management software ----
  /** OS vendors' management server, dollars once per platform. */
  osMgmtInstance: { kind: 'number', min: 0, max: 1_000_000, int: false },
  /** OS vendors' management, dollars per host per year. */
  osMgmtPerHostYear: { kind: 'number', min: 0, max: 100_000, int: false },
  /** Independent vendor's management server, dollars once. */
  indMgmtInstance: { kind: 'number', min: 0, max: 1_000_000, int: false },
  /** Independent vendor's management, dollars per host per year. */
  indMgmtPerHostYear: { kind: 'number', min: 0, max: 100_000, int: false },

  // ---- People ----
  /** Hosts one administrator looks after. */
  hostsPerAdmin: { kind: 'number', min: 1, max: 1000, int: true },
  /** VMs one administrator looks after. */
  vmsPerAdmin: { kind: 'number', min: 1, max: 10_000, int: true },
  /** Administrators each platform needs at the least, whatever its size. */
  minStaffPerPlatform: { kind: 'number', min: 0, max: 100, int: false },
  /** Loaded cost of one administrator, dollars per year. */
  adminCost: { kind: 'number', min: 0, max: 2_000_000, int: false },
  /** Training per administrator per platform, dollars per year. */
  trainingPerAdmin: { kind: 'number', min: 0, max: 100_000, int: false },

} as const satisfies Record<string, NumberLimit | ChoiceLimit>;

export type InputKey = keyof typeof LIMITS;

/** The pools of the three strategies. Hardware is shared unless a pool overrides it. */
export const POOL_KEYS = ['aWindows', 'aLinux', 'b', 'c'] as const;
export type PoolKey = (typeof POOL_KEYS)[number];
export const POOL_LABELS: Record<PoolKey, string> = { aWindows: 'A, Windows pool', aLinux: 'A, Linux pool', b: 'B, shared pool', c: 'C, shared pool' };

/** The host inputs a pool may set for itself. */
export const HOST_FIELDS = ['vmsPerHost', 'socketsPerHost', 'coresPerSocket', 'hostPrice', 'refreshYears', 'haSpares', 'wattsPerHost'] as const;
export type HostField = (typeof HOST_FIELDS)[number];

/** Per pool, the host inputs that differ from the shared ones (same limits). */
export type PoolOverrides = Partial<Record<PoolKey, Partial<Record<HostField, number>>>>;

/** A scenario: the price book it started from ("today@1"), every input, and any pool's own hardware. */
export type Scenario = { priceBook: string; overrides: PoolOverrides } & {
  -readonly [K in InputKey]: (typeof LIMITS)[K] extends { kind: 'choice'; values: readonly (infer V)[] } ? V : number;
};
export type ScenarioKey = keyof Scenario;
