/**
 * A TCO scenario: every input of the calculator, with its unit. Money is in
 * US dollars of the price book's year; nothing is inflated. Percentages are
 * written as percent (20 means 20%). Defaults come from a price book
 * (src/lib/tco/price-books.ts); limits reject absurd values with a message.
 */
import { z } from 'zod';

const money = (max: number) => z.number().finite().min(0).max(max);
const count = (min: number, max: number) => z.number().int().min(min).max(max);

export const HYPERVISOR_LICENCE_MODELS = ['bundled', 'perpetual-per-2-sockets', 'subscription-per-socket', 'subscription-per-core'] as const;
export type HypervisorLicenceModel = (typeof HYPERVISOR_LICENCE_MODELS)[number];

export const scenarioSchema = z.object({
  /** Which price book the defaults came from, with its version: "today@1". */
  priceBook: z.string().regex(/^[a-z0-9]+@\d+$/),

  // ---- Workloads ----
  /** Windows virtual machines in year 1. */
  windowsVms: count(0, 100_000),
  /** Linux virtual machines in year 1. */
  linuxVms: count(0, 100_000),
  /** Growth of both, percent per year (negative shrinks). */
  growthPct: z.number().finite().min(-50).max(100),
  /** Years compared, 1 to 10. */
  years: count(1, 10),
  /** Discount rate for the present value, percent per year. */
  discountPct: z.number().finite().min(0).max(50),

  // ---- Hosts (the same servers in every pool) ----
  /** Virtual machines one host runs. */
  vmsPerHost: count(1, 500),
  /** Processor sockets per host. */
  socketsPerHost: count(1, 8),
  /** Cores per processor. */
  coresPerSocket: count(1, 256),
  /** Price of one host, dollars, paid when bought and again at each refresh. */
  hostPrice: money(1_000_000),
  /** Years before a host is replaced. */
  refreshYears: count(1, 10),
  /** Spare hosts kept per pool for failover (N+1 is 1). */
  haSpares: count(0, 10),
  /** Average power a host draws, watts. */
  wattsPerHost: z.number().finite().min(0).max(10_000),
  /** Power usage effectiveness of the data centre (total power ÷ IT power, 1 or more). */
  pue: z.number().finite().min(1).max(4),
  /** Electricity, dollars per kWh. */
  kwhPrice: z.number().finite().min(0).max(5),

  // ---- Windows guests (whatever hypervisor runs them) ----
  /** How Windows licences are priced: per server (2003 era) or per 16 cores (2016 on: all cores, at least 8 per processor and 16 per server). */
  winLicenceUnit: z.enum(['server', 'core16']),
  /** Price of one licence of the per-VM-count edition (2003 R2 Enterprise; 2016+ Standard), dollars per unit. */
  winEditionPrice: money(1_000_000),
  /** Windows VMs one licence of that edition covers on one host (Enterprise 4; Standard 2). */
  winEditionVms: count(1, 100),
  /** Price of Datacenter (unlimited VMs on a host), dollars per unit; 0 when it cannot be bought at a known price. */
  winDatacenterPrice: money(1_000_000),
  /** Which edition hosts carry: the cheaper per host, or one of them. */
  winEdition: z.enum(['cheapest', 'per-vm', 'datacenter']),
  /** Yearly Software Assurance on Windows licences, percent of their price. */
  winAssurancePct: z.number().finite().min(0).max(100),
  /** In one shared pool: every host licensed for Windows, or Windows VMs pinned to some hosts. */
  winPlacement: z.enum(['all-hosts', 'pinned']),

  // ---- Linux guests ----
  /** A subscription per physical host (unlimited guests) or per guest. */
  linuxModel: z.enum(['per-host', 'per-guest']),
  /** Linux subscription, dollars per host or per guest, per year. */
  linuxPrice: money(100_000),

  // ---- Hypervisor licences ----
  /** OS-embedded hypervisors (strategies A and C): how they are licensed. */
  osHvModel: z.enum(HYPERVISOR_LICENCE_MODELS),
  /** Their price: per 2 sockets (perpetual), per socket per year, or per core per year. */
  osHvPrice: money(100_000),
  /** Independent hypervisor (strategy B): how it is licensed. */
  indHvModel: z.enum(HYPERVISOR_LICENCE_MODELS),
  /** Its price: per 2 sockets (perpetual), per socket per year, or per core per year. */
  indHvPrice: money(100_000),
  /** Yearly support on a perpetual licence, percent of its price. */
  indHvSupportPct: z.number().finite().min(0).max(100),
  /** Per-core licensing: cores counted per processor at the least. */
  indHvMinCoresPerCpu: count(0, 256),
  /** Per-core licensing: smallest order, in cores (0 for none). */
  indHvMinOrderCores: count(0, 10_000),

  // ---- Management software ----
  /** OS vendors' management server, dollars once per platform. */
  osMgmtInstance: money(1_000_000),
  /** OS vendors' management, dollars per host per year. */
  osMgmtPerHostYear: money(100_000),
  /** Independent vendor's management server, dollars once. */
  indMgmtInstance: money(1_000_000),
  /** Independent vendor's management, dollars per host per year. */
  indMgmtPerHostYear: money(100_000),

  // ---- People ----
  /** Hosts one administrator looks after. */
  hostsPerAdmin: count(1, 1000),
  /** VMs one administrator looks after. */
  vmsPerAdmin: count(1, 10_000),
  /** Administrators each platform needs at the least, whatever its size. */
  minStaffPerPlatform: z.number().finite().min(0).max(100),
  /** Loaded cost of one administrator, dollars per year. */
  adminCost: money(2_000_000),
  /** Training per administrator per platform, dollars per year. */
  trainingPerAdmin: money(100_000),
});

export type Scenario = z.infer<typeof scenarioSchema>;
export type ScenarioKey = keyof Scenario;
