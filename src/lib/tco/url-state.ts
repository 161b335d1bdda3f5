/**
 * The whole scenario in the URL, so a link reproduces it anywhere:
 *
 *   ?v=1&pb=today@1&windowsVms=400&winPlacement=pinned
 *
 * `v` is the format version, `pb` the price book and its version (books are
 * never edited, so the defaults are the same later), then every input that
 * differs from the book's default, then any pool's own hardware
 * (ov.<pool>.<input>=value). Reading never throws: unknown or malformed
 * parameters are ignored, each with a notice, and everything else is kept.
 */
import { FIELDS, parseField, parsePoolField, type FieldKey } from './fields';
import { HOST_FIELDS, POOL_KEYS } from './limits';
import { PRICE_BOOKS, currentBooks, defaultsOf, findBook, bookKey } from './price-books';
import type { Scenario } from './scenario';
import { readQuery } from '../url-query';

export const STATE_VERSION = 1;
const FIELD_KEYS = new Set<string>(FIELDS.map((f) => f.key));

/** The default book when a link names none: today's, newest version. */
export function defaultBookKey(): string {
  return bookKey(currentBooks().find((b) => b.id === 'today') ?? currentBooks()[0]);
}

/** The query string for a scenario (without "?"): only what differs from its book. */
export function encodeScenario(s: Scenario): string {
  const book = findBook(s.priceBook) ?? findBook(defaultBookKey())!;
  const defaults = defaultsOf(book);
  const params = new URLSearchParams({ v: String(STATE_VERSION), pb: bookKey(book) });
  for (const f of FIELDS) {
    if (s[f.key] !== defaults[f.key]) params.set(f.key, String(s[f.key]));
  }
  for (const pool of POOL_KEYS) {
    for (const field of HOST_FIELDS) {
      const v = s.overrides[pool]?.[field];
      if (v !== undefined) params.set(`ov.${pool}.${field}`, String(v));
    }
  }
  return params.toString().replace(/%40/g, '@');
}

export interface DecodedState {
  scenario: Scenario;
  /** What was ignored and why, for a notice on the page. */
  notices: string[];
}

/** Reads a query string (with or without "?"), keeping every valid input. */
export function decodeScenario(search: string, books = PRICE_BOOKS): DecodedState {
  const notices: string[] = [];
  const params = readQuery(search);
  for (const key of ['v', 'pb']) {
    const given = params.getAll(key);
    if (given.length > 1) notices.push(`“${key}” was given ${given.length} times; the first value was used.`);
    if (given.length > 0 && given[0].trim() === '') notices.push(key === 'v' ? 'The link’s format version (v) is empty; it was read as the current one.' : 'The link names no price book (pb is empty); using the default.');
  }
  const version = params.get('v');
  if (version && version !== String(STATE_VERSION)) {
    notices.push(`This link was made by another version of the calculator (v=${version.slice(0, 10)}); its settings were read as far as possible.`);
  }
  const requested = params.get('pb');
  let book = requested ? findBook(requested, books) : undefined;
  if (requested && !book) {
    const sameId = currentBooks(books).find((b) => b.id === requested.split('@')[0]);
    book = sameId ?? findBook(defaultBookKey(), books);
    notices.push(`Price book “${requested.slice(0, 30)}” is unknown; using ${bookKey(book!)} instead.`);
  }
  book ??= findBook(defaultBookKey(), books)!;
  const scenario: Scenario = defaultsOf(book);
  const seen = new Set<string>();
  for (const [key, raw] of params) {
    if (key === 'v' || key === 'pb') continue;
    const pool = /^ov\.([^.]*)\.(.*)$/.exec(key);
    if (pool) {
      if (seen.has(key)) {
        notices.push(`“${key.slice(0, 40)}” was given twice; the first value was kept.`);
        continue;
      }
      seen.add(key);
      const parsed = parsePoolField(pool[1], pool[2], raw);
      if (parsed.ok) scenario.overrides = { ...scenario.overrides, [parsed.pool]: { ...scenario.overrides[parsed.pool], [parsed.field]: parsed.value } };
      else notices.push(`Ignored ${key.slice(0, 40)}=“${raw.slice(0, 20)}”: ${parsed.message}`);
      continue;
    }
    if (!FIELD_KEYS.has(key)) {
      notices.push(`Ignored an unknown setting “${key.slice(0, 30)}”.`);
      continue;
    }
    if (seen.has(key)) {
      notices.push(`“${key}” was given twice; the first value was kept.`);
      continue;
    }
    seen.add(key);
    const parsed = parseField(key as FieldKey, raw);
    if (parsed.ok) {
      (scenario as Record<string, unknown>)[key] = parsed.value;
      if (parsed.note) notices.push(`${key}: ${parsed.note}`);
    } else notices.push(`Ignored ${key}=“${raw.slice(0, 20)}”: ${parsed.message}`);
  }
  return { scenario, notices };
}
