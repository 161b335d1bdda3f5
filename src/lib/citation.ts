/**
 * Citations: what is cited (a target) becomes one CSL-JSON item, and
 * Citation.js formats that item in six formats with official CSL styles.
 * Runs at build time only; the browser receives finished text.
 *
 * Decisions, each tested in tests/unit/citation.test.ts:
 * - Type "report" in a container named after the site: every style then
 *   names the site and the edition.
 * - The edition as words ("November 2026 edition"): CSL reads "2026-11" as a
 *   number range ("2026th–11th ed.").
 * - The original note credited in `genre`, the one field all three styles
 *   print (in brackets for APA). `original-*` fields, which the styles do not
 *   print, are kept for the CSL-JSON export.
 * - The access date always printed. APA, Chicago and MLA print it only for
 *   undated pages; this site changes between editions, so each style's
 *   condition is patched (patchStyle) to print it whenever it is known.
 * - URLs name the edition (?edition=2026-11) so a reader who follows an old
 *   citation can be told that the paragraph has changed since.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Edition } from './content-schemas';
import { SITE, SOURCE_NOTE } from './source';

export const CITATION_FORMATS = ['apa', 'chicago', 'mla', 'bibtex', 'ris', 'csl-json'] as const;
export type CitationFormat = (typeof CITATION_FORMATS)[number];

export const FORMAT_LABELS: Record<CitationFormat, string> = {
  apa: 'APA 7',
  chicago: 'Chicago (author-date)',
  mla: 'MLA 9',
  bibtex: 'BibTeX',
  ris: 'RIS',
  'csl-json': 'CSL-JSON',
};

/** Who the rework is by and who publishes it: the project, as a group author. */
export const REWORK_AUTHOR = 'Hypervisor Home project';

/** A calendar date as [year, month 1-12, day 1-31]. */
export type DateParts = [number, number, number];

export interface CitationTarget {
  /** The whole analysis, one part, one paragraph of a part, another page of the site, or a calculator scenario. */
  kind: 'work' | 'part' | 'paragraph' | 'page' | 'scenario';
  /** The cited thing's own title: "Building into the OS", "About this rework". Ignored for 'work'. */
  title: string;
  /** The part's number (§) for parts and their paragraphs. */
  part?: number;
  /** The paragraph's anchor id, for 'paragraph'. */
  anchor?: string;
  /** Absolute URL of the page, without query or fragment. */
  pageUrl: string;
  /** The edition the citation is copied from. */
  edition: Edition;
  /** When the reader accessed it. */
  accessed: DateParts;
}

/** The citation's title: "§2 Building into the OS, paragraph p-control". */
export function citationTitle(target: CitationTarget): string {
  switch (target.kind) {
    case 'work':
      return SITE.name;
    case 'part':
      return `§${target.part} ${target.title}`;
    case 'paragraph':
      return `§${target.part} ${target.title}, paragraph ${target.anchor}`;
    default:
      return target.title;
  }
}

/** The exact URL cited: the page, the edition it was read in, and the anchor. */
export function citationUrl(target: CitationTarget): string {
  const url = new URL(target.pageUrl);
  url.searchParams.set('edition', target.edition.id);
  if (target.kind === 'paragraph' && target.anchor) url.hash = target.anchor;
  return url.href;
}

/**
 * A stable BibTeX key: "hypervisorhome2026_building_into_the_os_p_control".
 * Underscores, because Citation.js replaces a key holding "-" or ":" with
 * one of its own.
 */
export function citationKey(target: CitationTarget): string {
  const page = new URL(target.pageUrl).pathname.split('/').filter(Boolean).pop() ?? 'home';
  const parts = ['hypervisorhome' + target.edition.id.slice(0, 4), target.kind === 'work' ? 'analysis' : page, target.anchor ?? ''];
  return parts.filter(Boolean).join('_').replace(/[^A-Za-z0-9_]/g, '_');
}

const NOTE_CREDIT = `Rework of G. Haff, “${SOURCE_NOTE.title},” Illuminata ${SOURCE_NOTE.kind}, ${SOURCE_NOTE.dateText}`;

/** The CSL-JSON item for a target (what every format is made from). */
export function cslItem(target: CitationTarget, { withOriginal = false, protectCase = false } = {}): Record<string, unknown> {
  const [year, month, day] = target.edition.published.split('-').map(Number);
  const item: Record<string, unknown> = {
    id: citationKey(target),
    'citation-key': citationKey(target),
    type: 'report',
    // For CSL styles and BibTeX, "nocase" keeps title case off the anchor id (p-control, not p-Control).
    title: protectCase ? citationTitle(target).replace(/paragraph ([a-z0-9-]+)$/, 'paragraph <span class="nocase">$1</span>') : citationTitle(target),
    author: [{ literal: REWORK_AUTHOR }],
    publisher: REWORK_AUTHOR,
    edition: target.edition.label,
    genre: NOTE_CREDIT,
    issued: { 'date-parts': [[year, month, day]] },
    accessed: { 'date-parts': [target.accessed] },
    URL: citationUrl(target),
  };
  if (target.kind !== 'work') item['container-title'] = SITE.name;
  if (withOriginal) {
    const [oy, om, od] = SOURCE_NOTE.date.split('-').map(Number);
    Object.assign(item, {
      'original-author': [{ family: 'Haff', given: 'Gordon' }],
      'original-title': SOURCE_NOTE.title,
      'original-publisher': SOURCE_NOTE.publisher,
      'original-date': { 'date-parts': [[oy, om, od]] },
    });
  }
  return item;
}

/**
 * A style with its access-date condition replaced so the date always prints.
 * Throws when the expected condition is not found exactly once, so a new
 * version of a style cannot silently drop the date.
 */
export function patchStyle(name: string, xml: string, condition: string, replacement: string): string {
  const count = xml.split(condition).length - 1;
  if (count !== 1) throw new Error(`CSL style ${name}: expected its access-date condition once, found it ${count} times`);
  return xml.replace(condition, replacement);
}

const STYLE_IDS: Record<'apa' | 'chicago' | 'mla', string> = { apa: 'hh-apa', chicago: 'hh-chicago-author-date', mla: 'hh-mla' };
let stylesReady: Promise<void> | undefined;

/**
 * The CSL XML of a style rehype-citation ships (dist/node/styles/<name>.js,
 * a module whose default export is the XML in a template literal). Read as a
 * file: the package's folder export is not resolvable by Node or Vite.
 */
async function vendoredStyle(name: 'chicago' | 'mla'): Promise<string> {
  const entry = createRequire(import.meta.url).resolve('rehype-citation');
  const source = await readFile(join(dirname(entry), 'styles', `${name}.js`), 'utf8');
  const xml = /^export default `([\s\S]*)`;?\s*$/.exec(source)?.[1];
  if (!xml || xml.includes('${') || !xml.includes('<style')) throw new Error(`rehype-citation's ${name} style is not in the expected form`);
  return xml;
}

/** Registers the patched styles once. Chicago and MLA come from rehype-citation's copies of the official CSL files. */
export function loadStyles(): Promise<void> {
  stylesReady ??= (async () => {
    const csl = plugins.config.get('@csl');
    const chicago = await vendoredStyle('chicago');
    const mla = await vendoredStyle('mla');
    // APA: "Retrieved <date>, from" only when neither issued nor status is known.
    csl.styles.add(STYLE_IDS.apa, patchStyle('apa', csl.styles.get('apa'), '<if match="none" variable="issued status">', '<if variable="accessed">'));
    // Chicago and MLA: "Accessed <date>" only when there is no issued date.
    const undated = '<if variable="issued" match="none"><group delimiter=" "><text term="accessed"';
    const known = '<if variable="accessed"><group delimiter=" "><text term="accessed"';
    csl.styles.add(STYLE_IDS.chicago, patchStyle('chicago-author-date', chicago, undated, known));
    csl.styles.add(STYLE_IDS.mla, patchStyle('mla', mla, undated, known));
  })();
  return stylesReady;
}

/** The target in one format, as plain text. */
export async function formatCitation(target: CitationTarget, format: CitationFormat): Promise<string> {
  await loadStyles();
  if (format === 'csl-json') return JSON.stringify([cslItem(target, { withOriginal: true })], null, 2);
  if (format === 'ris') return risText(new Cite(cslItem(target)).format('ris', { format: 'object' }) as unknown as Array<Record<string, string | string[]>>);
  const cite = new Cite(cslItem(target, { protectCase: true }));
  if (format === 'bibtex') return cite.format('bibtex', { format: 'text' }).trim();
  return cite.format('bibliography', { format: 'text', template: STYLE_IDS[format], lang: 'en-US' }).trim();
}

/**
 * RIS from Citation.js's mapped entries, one tag a line. (Its own text output
 * breaks every value at 70 characters, URLs included, which importers read as
 * two values or a broken link.)
 */
function risText(entries: Array<Record<string, string | string[]>>): string {
  return entries
    .map((entry) => {
      const lines = [`TY  - ${entry.TY}`];
      for (const [tag, value] of Object.entries(entry)) {
        if (tag !== 'TY') for (const v of ([] as string[]).concat(value)) lines.push(`${tag}  - ${v}`);
      }
      return [...lines, 'ER  - '].join('\n');
    })
    .join('\n');
}

/**
 * The in-text citation that goes with a quotation, in APA style:
 * "(Hypervisor Home project, 2026, para. p-control)".
 */
export async function inTextCitation(target: CitationTarget): Promise<string> {
  await loadStyles();
  const item = cslItem(target, { protectCase: true });
  const entry = target.anchor ? [{ id: item.id, locator: target.anchor, label: 'paragraph' }] : [{ id: item.id }];
  return new Cite(item).format('citation', { format: 'text', template: STYLE_IDS.apa, lang: 'en-US', entry }).trim();
}

/** The original note itself, for readers who cite the source rather than the rework. */
export async function formatOriginalNote(format: Exclude<CitationFormat, 'csl-json'>): Promise<string> {
  await loadStyles();
  const [year, month, day] = SOURCE_NOTE.date.split('-').map(Number);
  const cite = new Cite({
    id: 'haff2006hypervisor',
    'citation-key': 'haff2006hypervisor',
    type: 'report',
    title: SOURCE_NOTE.title,
    author: [{ family: 'Haff', given: 'Gordon' }],
    genre: SOURCE_NOTE.kind,
    publisher: SOURCE_NOTE.publisher,
    issued: { 'date-parts': [[year, month, day]] },
  });
  if (format === 'bibtex') return cite.format('bibtex', { format: 'text' }).trim();
  if (format === 'ris') return risText(cite.format('ris', { format: 'object' }) as unknown as Array<Record<string, string | string[]>>);
  return cite.format('bibliography', { format: 'text', template: STYLE_IDS[format], lang: 'en-US' }).trim();
}

/** All six formats. */
export async function formatAll(target: CitationTarget): Promise<Record<CitationFormat, string>> {
  const out = {} as Record<CitationFormat, string>;
  for (const format of CITATION_FORMATS) out[format] = await formatCitation(target, format);
  return out;
}
