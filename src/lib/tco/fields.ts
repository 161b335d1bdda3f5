/**
 * The calculator's inputs as the reader sees them: label, unit, group, and
 * the one function that turns typed text into a valid value or a clear
 * message. The form and the URL parser both use it, so a bad value gets the
 * same message wherever it comes from.
 */
import { formatCount } from './format';
import { HOST_FIELDS, HYPERVISOR_LICENCE_MODELS, LIMITS, POOL_KEYS, POOL_LABELS, type HostField, type PoolKey, type Scenario, type ScenarioKey } from './limits';

export type FieldKey = Exclude<ScenarioKey, 'priceBook' | 'overrides'>;

export interface FieldMeta {
  key: FieldKey;
  label: string;
  /** Shown after the value: "VMs", "$", "%", "years". */
  unit: string;
  group: 'Workloads' | 'Hosts and power' | 'Windows guests' | 'Linux guests' | 'Hypervisor licences' | 'Management and people';
  options?: Array<{ value: string; label: string }>;
}

const LICENCE_LABELS: Record<(typeof HYPERVISOR_LICENCE_MODELS)[number], string> = {
  bundled: 'Bundled (no charge)',
  'perpetual-per-2-sockets': 'Perpetual, per 2 sockets, plus support',
  'subscription-per-socket': 'Subscription per socket',
  'subscription-per-core': 'Subscription per core',
};
const licenceOptions = HYPERVISOR_LICENCE_MODELS.map((value) => ({ value, label: LICENCE_LABELS[value] }));

export const FIELDS: FieldMeta[] = [
  { key: 'windowsVms', label: 'Windows VMs', unit: 'VMs', group: 'Workloads' },
  { key: 'linuxVms', label: 'Linux VMs', unit: 'VMs', group: 'Workloads' },
  { key: 'growthPct', label: 'Growth per year', unit: '%', group: 'Workloads' },
  { key: 'years', label: 'Years compared', unit: 'years', group: 'Workloads' },
  { key: 'discountPct', label: 'Discount rate', unit: '% a year', group: 'Workloads' },
  { key: 'vmsPerHost', label: 'VMs per host', unit: 'VMs', group: 'Hosts and power' },
  { key: 'socketsPerHost', label: 'Sockets per host', unit: 'sockets', group: 'Hosts and power' },
  { key: 'coresPerSocket', label: 'Cores per socket', unit: 'cores', group: 'Hosts and power' },
  { key: 'hostPrice', label: 'Host price', unit: '$', group: 'Hosts and power' },
  { key: 'refreshYears', label: 'Host refresh', unit: 'years', group: 'Hosts and power' },
  { key: 'haSpares', label: 'Spare hosts per pool', unit: 'hosts', group: 'Hosts and power' },
  { key: 'wattsPerHost', label: 'Power per host', unit: 'W', group: 'Hosts and power' },
  { key: 'pue', label: 'PUE', unit: '×', group: 'Hosts and power' },
  { key: 'kwhPrice', label: 'Electricity', unit: '$ per kWh', group: 'Hosts and power' },
  { key: 'winLicenceUnit', label: 'Windows licensed', unit: '', group: 'Windows guests', options: [{ value: 'server', label: 'Per server (2003 rules)' }, { value: 'core16', label: 'Per 16 cores (2016 on)' }] },
  { key: 'winEditionPrice', label: 'Per-VM edition price', unit: '$ per licence', group: 'Windows guests' },
  { key: 'winEditionVms', label: 'VMs per licence of that edition', unit: 'VMs', group: 'Windows guests' },
  // 0 means the edition cannot be bought at a known price (2006: sold through OEMs only); the help under the field says so.
  { key: 'winDatacenterPrice', label: 'Datacenter edition price', unit: '$ per licence', group: 'Windows guests' },
  { key: 'winEdition', label: 'Edition on each host', unit: '', group: 'Windows guests', options: [{ value: 'cheapest', label: 'Whichever is cheaper' }, { value: 'per-vm', label: 'Per-VM edition' }, { value: 'datacenter', label: 'Datacenter' }] },
  { key: 'winAssurancePct', label: 'Software Assurance', unit: '% a year', group: 'Windows guests' },
  { key: 'winPlacement', label: 'In one shared pool', unit: '', group: 'Windows guests', options: [{ value: 'all-hosts', label: 'License every host for Windows' }, { value: 'pinned', label: 'Pin Windows VMs to their own hosts' }] },
  { key: 'linuxModel', label: 'Linux subscription', unit: '', group: 'Linux guests', options: [{ value: 'per-host', label: 'Per host, unlimited guests' }, { value: 'per-guest', label: 'Per guest' }] },
  { key: 'linuxPrice', label: 'Linux price', unit: '$ a year', group: 'Linux guests' },
  { key: 'osHvModel', label: 'OS-embedded hypervisor (A, C)', unit: '', group: 'Hypervisor licences', options: licenceOptions },
  { key: 'osHvPrice', label: 'OS-embedded hypervisor price', unit: '$', group: 'Hypervisor licences' },
  { key: 'indHvModel', label: 'Independent hypervisor (B)', unit: '', group: 'Hypervisor licences', options: licenceOptions },
  { key: 'indHvPrice', label: 'Independent hypervisor price', unit: '$', group: 'Hypervisor licences' },
  { key: 'indHvSupportPct', label: 'Independent hypervisor support (perpetual licence)', unit: '% of price a year', group: 'Hypervisor licences' },
  { key: 'indHvMinCoresPerCpu', label: 'Minimum cores per CPU (per-core)', unit: 'cores', group: 'Hypervisor licences' },
  { key: 'indHvMinOrderCores', label: 'Minimum order (per-core)', unit: 'cores', group: 'Hypervisor licences' },
  { key: 'osMgmtInstance', label: 'OS vendors’ management server, each platform', unit: '$ once', group: 'Management and people' },
  { key: 'osMgmtPerHostYear', label: 'OS vendors’ management per host', unit: '$ a year', group: 'Management and people' },
  { key: 'indMgmtInstance', label: 'Independent management server', unit: '$ once', group: 'Management and people' },
  { key: 'indMgmtPerHostYear', label: 'Independent management per host', unit: '$ a year', group: 'Management and people' },
  { key: 'hostsPerAdmin', label: 'Hosts per administrator', unit: 'hosts', group: 'Management and people' },
  { key: 'vmsPerAdmin', label: 'VMs per administrator', unit: 'VMs', group: 'Management and people' },
  { key: 'minStaffPerPlatform', label: 'Minimum administrators per platform', unit: 'people', group: 'Management and people' },
  { key: 'adminCost', label: 'Administrator, loaded cost', unit: '$ a year', group: 'Management and people' },
  { key: 'trainingPerAdmin', label: 'Training per administrator per platform', unit: '$ a year', group: 'Management and people' },
];

export const FIELD_BY_KEY = Object.fromEntries(FIELDS.map((f) => [f.key, f])) as Record<FieldKey, FieldMeta>;


/** Bounds of a numeric input: [min, max, whole numbers only], or null for a choice. */
export function bounds(key: FieldKey): { min: number; max: number; int: boolean } | null {
  const limit = LIMITS[key];
  return limit.kind === 'number' ? { min: limit.min, max: limit.max, int: limit.int } : null;
}

/**
 * A complete scenario checked against the limits, field by field, with the
 * same messages as the form. Throws the first problem (for data files that
 * must be right, such as price books).
 */
export function checkScenario(raw: Record<string, unknown>): Scenario {
  if (typeof raw.priceBook !== 'string' || !/^[a-z0-9]+@\d+$/.test(raw.priceBook)) throw new Error(`priceBook must look like "today@1", not ${String(raw.priceBook)}`);
  for (const f of FIELDS) {
    const parsed = parseField(f.key, String(raw[f.key] ?? ''));
    if (!parsed.ok) throw new Error(parsed.message);
    if (parsed.value !== raw[f.key]) throw new Error(`${f.label}: ${String(raw[f.key])} is not a ${typeof parsed.value}`);
  }
  const overrides = raw.overrides ?? {};
  if (typeof overrides !== 'object' || overrides === null) throw new Error('overrides must be an object');
  for (const [pool, fields] of Object.entries(overrides as Record<string, Record<string, unknown>>)) {
    for (const [field, value] of Object.entries(fields ?? {})) {
      const parsed = parsePoolField(pool, field, String(value));
      if (!parsed.ok) throw new Error(parsed.message);
    }
  }
  return { ...raw, overrides } as Scenario;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
/** Commas that group thousands the US way: "1,000", "12,345.5". */
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/;
/** One comma between digits and no point: a decimal comma, "2,5". */
const DECIMAL_COMMA = /^[+-]?\d*,\d+$/;

/**
 * Typed text as a number. Spaces and "$" are dropped; a comma is read as a
 * thousands separator only where it groups digits in threes ("12,500"), and
 * as a decimal comma where it is the only separator and is not followed by
 * exactly three digits ("2,5" is 2.5). Anything else with a comma is refused:
 * "2,5" must never become 25 without a word. `note` says when a comma was read as a decimal point.
 */
export function readNumber(raw: string): { ok: true; value: number; note?: string } | { ok: false } {
  const text = raw.trim().replace(/[\s$]/g, '');
  if (!text.includes(',')) return NUMBER.test(text) ? { ok: true, value: Number(text) } : { ok: false };
  if (GROUPED.test(text)) return { ok: true, value: Number(text.replace(/,/g, '')) };
  if (DECIMAL_COMMA.test(text)) {
    const value = Number(text.replace(',', '.'));
    return { ok: true, value, note: `Read “${raw.trim().slice(0, 20)}” as ${String(value)}, the comma as a decimal point.` };
  }
  return { ok: false };
}

export type ParsedField = { ok: true; value: Scenario[FieldKey]; note?: string } | { ok: false; message: string };

/**
 * Text typed by a reader or read from a URL, made into a value of the input,
 * or a message saying what is wrong and what is allowed. Never throws. A
 * value read from text with a comma carries a `note` saying how it was read.
 */
export function parseField(key: FieldKey, raw: string): ParsedField {
  const meta = FIELD_BY_KEY[key];
  if (meta.options) {
    const option = meta.options.find((o) => o.value === raw.trim());
    return option ? { ok: true, value: option.value as Scenario[FieldKey] } : { ok: false, message: `${meta.label}: choose one of ${meta.options.map((o) => o.label).join(', ')}.` };
  }
  const b = bounds(key)!;
  // Written only for a message: formatting numbers is the costliest step, and valid values (every default a page checks as it hydrates) need none.
  const range = () => `${b.int ? 'a whole number' : 'a number'} from ${formatCount(b.min)} to ${formatCount(b.max)}`;
  if (raw.trim() === '') return { ok: false, message: `${meta.label} is empty: enter ${range()}.` };
  const read = readNumber(raw);
  if (!read.ok) {
    const comma = raw.includes(',') ? ' Use a point for decimals (2.5) and commas only between groups of three digits (12,500).' : '';
    return { ok: false, message: `${meta.label} must be ${range()}; “${raw.trim().slice(0, 20)}” is not a number.${comma}` };
  }
  const value = read.value + 0; // + 0 turns "-0" into 0, so every value has one spelling in a URL
  if (!Number.isFinite(value) || value < b.min || value > b.max || (b.int && !Number.isInteger(value))) {
    const how = read.note && b.int && !Number.isInteger(value) ? ` ${read.note}` : '';
    return { ok: false, message: `${meta.label} must be ${range()}.${how}` };
  }
  return read.note ? { ok: true, value: value as Scenario[FieldKey], note: read.note } : { ok: true, value: value as Scenario[FieldKey] };
}

/**
 * One pool's own value for a host input ("ov.b.hostPrice" in a link): the
 * pool and the input must exist, and the value obeys the shared input's limits.
 */
export function parsePoolField(pool: string, field: string, raw: string): { ok: true; pool: PoolKey; field: HostField; value: number } | { ok: false; message: string } {
  if (!(POOL_KEYS as readonly string[]).includes(pool)) return { ok: false, message: `There is no pool “${pool.slice(0, 20)}”; the pools are ${POOL_KEYS.join(', ')}.` };
  if (!(HOST_FIELDS as readonly string[]).includes(field)) return { ok: false, message: `A pool cannot set “${field.slice(0, 30)}”; it can set ${HOST_FIELDS.join(', ')}.` };
  const parsed = parseField(field as HostField, raw);
  if (!parsed.ok) return { ok: false, message: `${POOL_LABELS[pool as PoolKey]}: ${parsed.message}` };
  return { ok: true, pool: pool as PoolKey, field: field as HostField, value: parsed.value as number };
}
