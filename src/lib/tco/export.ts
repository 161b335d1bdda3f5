/**
 * Export and import of a scenario: CSV (inputs, results, year by year) for a
 * spreadsheet, JSON for the calculator itself. Import goes through the same
 * checks as a link: bad values are ignored with a notice, never trusted.
 */
import { CATEGORIES, CATEGORY_LABELS, type Comparison } from './model';
import { FIELDS, FIELD_BY_KEY } from './fields';
import { POOL_LABELS, type HostField, type PoolKey } from './limits';
import { decodeScenario, type DecodedState } from './url-state';
import type { Scenario } from './scenario';
import { csvRow } from '../csv';

export const JSON_FORMAT = 'hypervisor-home-tco';
export const JSON_VERSION = 1;

const row = csvRow;

export function toCsv(s: Scenario, result: Comparison, link: string): string {
  const ids = result.strategies.map((r) => r.id);
  const lines = [
    row('Hypervisor Home TCO calculator'),
    row('Link', link),
    row('Price book', s.priceBook),
    row('Money', 'US dollars of the price book’s year'),
    '',
    row('Input', 'Value', 'Unit'),
    ...FIELDS.map((f) => row(f.label, String(s[f.key]), f.unit)),
    ...Object.entries(s.overrides).flatMap(([pool, fields]) =>
      Object.entries(fields ?? {}).map(([f, v]) => row(`${POOL_LABELS[pool as PoolKey]}: ${FIELD_BY_KEY[f as HostField].label}`, String(v), FIELD_BY_KEY[f as HostField].unit)),
    ),
    '',
    row('Result', ...result.strategies.map((r) => r.label)),
    row('Total, nominal', ...result.strategies.map((r) => r.totalNominal)),
    row(`Present value at ${s.discountPct}%`, ...result.strategies.map((r) => r.totalDiscounted)),
    row('One-time', ...result.strategies.map((r) => r.oneTimeTotal)),
    row('Recurring', ...result.strategies.map((r) => r.recurringTotal)),
    row('Per workload per year', ...result.strategies.map((r) => r.perVmYear)),
    row('Hosts at peak', ...result.strategies.map((r) => r.peakHosts)),
    ...CATEGORIES.map((c) => row(CATEGORY_LABELS[c], ...result.strategies.map((r) => r.byCategory[c].total))),
    '',
    row('Year', 'Windows VMs', 'Linux VMs', ...ids.flatMap((id) => [`${id} hosts`, `${id} one-time`, `${id} recurring`, `${id} cumulative`])),
    ...result.strategies[0].years.map((y, i) =>
      row(y.year, y.windowsVms, y.linuxVms, ...result.strategies.flatMap((r) => [r.years[i].hosts, r.years[i].oneTime, r.years[i].recurring, r.years[i].cumulative])),
    ),
  ];
  return lines.join('\n') + '\n';
}

export function toJson(s: Scenario): string {
  return JSON.stringify({ format: JSON_FORMAT, version: JSON_VERSION, scenario: s }, null, 2) + '\n';
}

/**
 * The largest file import reads. An export is about 2 KB (every input, every
 * pool override); a file 30 times that is not one of ours, and reading
 * megabytes of keys would freeze the tab.
 */
export const MAX_IMPORT_BYTES = 64 * 1024;

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** The message for a file too large to read, or null. Checked before the file is read. */
export function importTooLarge(bytes: number): string | null {
  return bytes > MAX_IMPORT_BYTES ? `That file is ${kb(bytes)}; a scenario exported by this calculator is a few KB, so it was not read (the limit is ${kb(MAX_IMPORT_BYTES)}). Nothing was imported.` : null;
}

/** What a JSON value is, in words, for a notice ("an object", "a list", "true"). */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'boolean') return String(v);
  return `a ${typeof v}`;
}
const shortKey = (k: string) => k.slice(0, 30);

/** A JSON export read back, checked like a link; anything ignored is named in a notice. Never throws. */
export function fromJson(text: string): DecodedState {
  const tooLarge = importTooLarge(text.length);
  if (tooLarge) return { ...decodeScenario(''), notices: [tooLarge] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...decodeScenario(''), notices: ['That file is not JSON; nothing was imported.'] };
  }
  const file = (typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {}) as Record<string, unknown>;
  const scenario = file.scenario;
  if (file.format !== JSON_FORMAT || typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) {
    return { ...decodeScenario(''), notices: ['That file is not a scenario exported by this calculator; nothing was imported.'] };
  }
  const notices: string[] = [];
  if (file.version !== JSON_VERSION) {
    notices.push(`The file says it is version ${String(JSON.stringify(file.version) ?? 'none').slice(0, 12)}; this calculator writes version ${JSON_VERSION}, so it was read as far as possible.`);
  }
  const params = new URLSearchParams({ v: String(JSON_VERSION) });
  // Object.entries lists own keys only, and "__proto__" from JSON.parse is an own key: it is named below as unknown, never assigned.
  for (const [k, v] of Object.entries(scenario as Record<string, unknown>)) {
    if (k === 'priceBook') {
      if (typeof v === 'string') params.set('pb', v);
      else notices.push(`Ignored priceBook: it should be text like "today@1", not ${kindOf(v)}; using the default price book.`);
    } else if (k === 'overrides') {
      if (typeof v !== 'object' || v === null || Array.isArray(v)) {
        notices.push(`Ignored overrides: it should be an object of pools, not ${kindOf(v)}.`);
        continue;
      }
      for (const [pool, fields] of Object.entries(v as Record<string, unknown>)) {
        if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) {
          notices.push(`Ignored overrides.${shortKey(pool)}: it should be an object of host inputs, not ${kindOf(fields)}.`);
          continue;
        }
        for (const [f, x] of Object.entries(fields as Record<string, unknown>)) {
          if (typeof x === 'number' || typeof x === 'string') params.append(`ov.${pool}.${f}`, String(x));
          else notices.push(`Ignored overrides.${shortKey(pool)}.${shortKey(f)}: it should be a number, not ${kindOf(x)}.`);
        }
      }
    } else if (typeof v === 'string' || typeof v === 'number') params.append(k, String(v));
    else notices.push(`Ignored ${shortKey(k)}: it should be a number or a choice, not ${kindOf(v)}.`);
  }
  const decoded = decodeScenario(params.toString());
  return { scenario: decoded.scenario, notices: [...notices, ...decoded.notices] };
}
