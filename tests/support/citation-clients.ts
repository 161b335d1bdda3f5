/**
 * Real citation clients, for the unit and built-site tests:
 * - @retorquere/bibtex-parser, the parser behind Better BibTeX for Zotero;
 * - citeproc-js with the official CSL styles and locale, and the official
 *   CSL-JSON schema (ajv), from ../shared/csl when it sits beside the
 *   checkout (as in CI), otherwise from the site's unchanged copies in
 *   vendor/csl/ (which a test compares with ../shared/csl);
 * - Citation.js's RIS reader.
 * Each client is built here from the package itself, not through the site's
 * code, so a test compares the site's output with what the tool makes of it.
 */
import { parse as parseBibtex, type Library } from '@retorquere/bibtex-parser';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import Ajv from 'ajv';
import CSL from 'citeproc';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SHARED_CSL = join(ROOT, '..', 'shared', 'csl');
export const VENDORED_CSL = join(ROOT, 'vendor', 'csl');
/** The official files: ../shared/csl when present, else the vendored copies. */
export const OFFICIAL_CSL = existsSync(SHARED_CSL) ? SHARED_CSL : VENDORED_CSL;

export const OFFICIAL_STYLES = { apa: 'apa.csl', chicago: 'chicago-author-date.csl', mla: 'modern-language-association.csl' } as const;

/** Parses BibTeX; errors (warnings included: the parser reports both as errors) come back with the library. */
export function bibtex(text: string): Library {
  return parseBibtex(text, { sentenceCase: false });
}

let validator: ((data: unknown) => boolean) & { errors?: unknown } | undefined;
/** Validates CSL-JSON (an array of items) against the official schema; returns the problems. */
export function cslSchemaProblems(items: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(JSON.parse(readFileSync(join(OFFICIAL_CSL, 'csl-data.json'), 'utf8')));
  }
  return validator(items) ? [] : JSON.stringify(validator.errors).match(/"message":"[^"]*"|"instancePath":"[^"]*"/g) ?? ['invalid'];
}

const engines = new Map<string, { engine: InstanceType<typeof CSL.Engine>; items: Map<string, unknown> }>();
let serial = 0;

/**
 * Renders one CSL-JSON item with citeproc-js and an official style, as a
 * reference manager would. One engine per style (building one takes seconds),
 * each item registered alone under a fresh id so nothing carries over.
 */
export function renderOfficial(item: Record<string, unknown>, style: keyof typeof OFFICIAL_STYLES): string {
  let found = engines.get(style);
  if (!found) {
    const locale = readFileSync(join(OFFICIAL_CSL, 'locales-en-US.xml'), 'utf8');
    const items = new Map<string, unknown>();
    const engine = new CSL.Engine({ retrieveLocale: () => locale, retrieveItem: (id: string) => items.get(id) }, readFileSync(join(OFFICIAL_CSL, OFFICIAL_STYLES[style]), 'utf8'), 'en-US', true);
    engine.setOutputFormat('text');
    found = { engine, items };
    engines.set(style, found);
  }
  const id = `official-${++serial}`;
  found.items.clear();
  found.items.set(id, { ...item, id });
  found.engine.updateItems([id]);
  const result = found.engine.makeBibliography();
  if (!result) throw new Error('no bibliography');
  return result[1].join('').trim();
}

/** Reads RIS with Citation.js's RIS parser, to CSL-JSON items. */
export function readRis(text: string): Array<Record<string, unknown>> {
  return new Cite(text, { forceType: '@ris/file' }).data as Array<Record<string, unknown>>;
}
