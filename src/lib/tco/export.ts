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

/** A JSON export read back, checked like a link. Never throws. */
export function fromJson(text: string): DecodedState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ...decodeScenario(''), notices: ['That file is not JSON; nothing was imported.'] };
  }
  const scenario = (data as { scenario?: unknown })?.scenario;
  if ((data as { format?: unknown })?.format !== JSON_FORMAT || typeof scenario !== 'object' || scenario === null) {
    return { ...decodeScenario(''), notices: ['That file is not a scenario exported by this calculator; nothing was imported.'] };
  }
  const params = new URLSearchParams({ v: '1' });
  for (const [k, v] of Object.entries(scenario as Record<string, unknown>)) {
    if (k === 'priceBook') params.set('pb', String(v));
    else if (k === 'overrides' && typeof v === 'object' && v !== null) {
      for (const [pool, fields] of Object.entries(v as Record<string, unknown>)) {
        if (typeof fields === 'object' && fields !== null) for (const [f, x] of Object.entries(fields)) params.set(`ov.${pool}.${f}`, String(x));
      }
    } else if (typeof v === 'string' || typeof v === 'number') params.set(k, String(v));
  }
  return decodeScenario(params.toString());
}
