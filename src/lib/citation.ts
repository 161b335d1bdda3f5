/**
 * Citations: what is cited (a target) becomes one CSL-JSON item; APA,
 * Chicago and MLA are that item rendered by citeproc-js with the official
 * styles (citation-csl.ts), BibTeX and RIS the same facts written to their
 * specs (citation-files.ts). Runs at build time only; the browser receives
 * finished text.
 *
 * Decisions, each tested in tests/unit/citation.test.ts and, with real
 * clients, in tests/unit/citation-clients.test.ts:
 * - One type everywhere: a report (CSL "report", BibTeX @techreport, RIS
 *   RPRT, Zotero "Report" from the page's citation_technical_report_institution).
 *   The rework is a dated analysis issued in editions by a project, which is
 *   what a report is; a section is cited as a titled part of it, inside a
 *   container named after the site, so every style prints the site and edition.
 * - The author is a group: "Hypervisor Home project" as one literal name,
 *   never split into given and family names.
 * - The edition in words ("December 2026 edition"): CSL reads "2026-12" as a
 *   number range ("2026th–12th ed.").
 * - The original note credited once, in `genre`, which all three styles print
 *   (in brackets for APA). No `original-*` fields: the official styles print
 *   those too, and the note would appear twice.
 * - The styles are used unchanged, so they print an access date only for
 *   undated works. Ours are dated and each edition stays readable at its own
 *   address (/editions/<id>/), the case in which APA 7 (§9.16) says no
 *   retrieval date is needed; BibTeX (urldate), RIS (Y2) and CSL-JSON
 *   (accessed) still record it for reference managers.
 * - Paragraphs are cited by number within their part ("§2, para. 3"), as APA
 *   and Chicago cite unpaginated works; the anchor id stays in the URL.
 * - URLs name the edition (?edition=2026-12) so a reader who follows an old
 *   citation can be told that the paragraph has changed since.
 * - Keys are unique across the site and its editions: edition, page, anchor
 *   and, for a calculator scenario, a hash of the scenario's inputs.
 */
import { bibliographyEntry, inTextEntry, type CslItem } from './citation-csl';
import { bibtexEntry, monthMacro, risDate, risRecord, type BibField } from './citation-files';
import type { Edition } from './content-schemas';
import { scenarioToken } from './scenario-token';
export { scenarioToken };
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

/**
 * The group author as name fields that split names (Highwire citation_author,
 * RIS AU) must carry it: with a trailing comma. Zotero's Embedded Metadata
 * and RIS translators split a name at its comma ("Family, Given"); with
 * nothing after the comma the whole name is the family part and Zotero saves
 * it as one single-field name. Without the comma Zotero guesses a person,
 * "Project, H. H.". Google Scholar documents only "Family, Given" and
 * "Given Family"; this is the first form with an empty given name, so it
 * reads the project as the family name, never as initials.
 */
export const GROUP_AUTHOR_FIELD = `${REWORK_AUTHOR},`;

/** The one type a citation of this site has, in each vocabulary. */
export const WORK_TYPE = { csl: 'report', bibtex: 'techreport', ris: 'RPRT', zotero: 'report' } as const;

/** A calendar date as [year, month 1-12, day 1-31]. */
export type DateParts = [number, number, number];

export interface CitationTarget {
  /** The whole analysis, one part, one paragraph of a part, another page of the site, or a calculator scenario. */
  kind: 'work' | 'part' | 'paragraph' | 'page' | 'scenario';
  /** The cited thing's own title: "Building into the OS", "About this rework". Ignored for 'work'. */
  title: string;
  /** The part's number (§) for parts and their paragraphs. */
  part?: number;
  /** The paragraph's anchor id, for 'paragraph' (the URL's fragment). */
  anchor?: string;
  /** The paragraph's number within its part (1 = first), for 'paragraph': how it is cited. */
  paragraph?: number;
  /** Absolute URL of the page, without fragment; a scenario's carries its inputs as the query. */
  pageUrl: string;
  /** The edition the citation is copied from. */
  edition: Edition;
  /** When the reader accessed it. */
  accessed: DateParts;
}

/** "§2, para. 3": how a paragraph is located, in the words APA and Chicago use for unpaginated works. */
export function paragraphLocator(target: Pick<CitationTarget, 'part' | 'paragraph'>): string {
  if (target.part === undefined || target.paragraph === undefined) throw new Error('A paragraph citation needs its part and paragraph number');
  return `§${target.part}, para. ${target.paragraph}`;
}

/** The citation's title: "§2 Building into the OS", "§2 Building into the OS, para. 3". */
export function citationTitle(target: Omit<CitationTarget, 'accessed'>): string {
  switch (target.kind) {
    case 'work':
      return SITE.name;
    case 'part':
      return `§${target.part} ${target.title}`;
    case 'paragraph':
      paragraphLocator(target); // throws without a part and paragraph number
      return `§${target.part} ${target.title}, para. ${target.paragraph}`;
    default:
      return target.title;
  }
}

/** The exact URL cited: the page, the edition it was read in, and the anchor. */
export function citationUrl(target: Pick<CitationTarget, 'kind' | 'pageUrl' | 'edition' | 'anchor'>): string {
  const url = new URL(target.pageUrl);
  url.searchParams.set('edition', target.edition.id);
  if (target.kind === 'paragraph' && target.anchor) url.hash = target.anchor;
  return url.href;
}

/**
 * A BibTeX key unique across the site and its editions:
 * "hypervisorhome_2026_12_building_into_the_os_p_control",
 * "hypervisorhome_2026_11_analysis", "hypervisorhome_2026_12_tco_s0k2m1x9".
 * Lowercase letters, digits and underscores only, which every BibTeX tool,
 * biber and Citation.js accept as they are.
 */
export function citationKey(target: Pick<CitationTarget, 'kind' | 'pageUrl' | 'edition' | 'anchor'>): string {
  const url = new URL(target.pageUrl);
  const segments = url.pathname.split('/').filter(Boolean);
  // An archived part's path (/editions/<id>/analysis/<slug>/) names its edition already; the key names it once.
  const page = target.kind === 'work' ? 'analysis' : (segments.pop() ?? 'home');
  const parts = ['hypervisorhome', target.edition.id, page, target.anchor ?? '', target.kind === 'scenario' ? scenarioToken(url.search.replace(/^\?/, '')) : ''];
  return parts
    .filter(Boolean)
    .join('_')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_');
}

/** The rework's credit to the note, printed once by every style (CSL `genre`). */
export const NOTE_CREDIT = `Rework of G. Haff, “${SOURCE_NOTE.title},” Illuminata ${SOURCE_NOTE.kind}, ${SOURCE_NOTE.dateText}`;

const dateParts = (iso: string): DateParts => iso.split('-').map(Number) as DateParts;

/**
 * The CSL-JSON item for a target: what the CSL-JSON download holds and what
 * APA, Chicago and MLA are rendered from. The paragraph number in a title is
 * marked `nocase` (CSL's markup), so title-casing styles keep "para. 3".
 */
export function cslItem(target: CitationTarget): CslItem {
  const title = citationTitle(target);
  const item: CslItem = {
    id: citationKey(target),
    'citation-key': citationKey(target),
    type: WORK_TYPE.csl,
    title: target.kind === 'paragraph' ? title.replace(/, para\. (\d+)$/, '<span class="nocase">, para. $1</span>') : title,
    author: [{ literal: REWORK_AUTHOR }],
    publisher: REWORK_AUTHOR,
    edition: target.edition.label,
    genre: NOTE_CREDIT,
    issued: { 'date-parts': [dateParts(target.edition.published)] },
    accessed: { 'date-parts': [target.accessed] },
    URL: citationUrl(target),
    language: 'en',
  };
  if (target.kind !== 'work') item['container-title'] = SITE.name;
  return item;
}

function bibtexOf(target: CitationTarget): string {
  const [year, month] = dateParts(target.edition.published);
  const container = target.kind === 'work' ? '' : `In ${SITE.name}, `;
  const fields: BibField[] = [
    { name: 'author', value: `{${REWORK_AUTHOR}}`, kind: 'name' },
    { name: 'title', value: citationTitle(target) },
    { name: 'institution', value: `{${REWORK_AUTHOR}}`, kind: 'name' },
    { name: 'year', value: String(year), kind: 'macro' },
    { name: 'month', value: monthMacro(month), kind: 'macro' },
    { name: 'edition', value: target.edition.label },
    // note: the field BibTeX's and biblatex's report styles both print, so the site and edition are never lost.
    { name: 'note', value: `${container}${target.edition.label}. ${NOTE_CREDIT}` },
    { name: 'url', value: citationUrl(target), kind: 'literal' },
    { name: 'urldate', value: target.accessed.map((n, i) => (i ? String(n).padStart(2, '0') : String(n))).join('-'), kind: 'literal' },
    { name: 'language', value: 'english', kind: 'literal' },
  ];
  return bibtexEntry(WORK_TYPE.bibtex, citationKey(target), fields);
}

function risOf(target: CitationTarget): string {
  const published = dateParts(target.edition.published);
  return risRecord(WORK_TYPE.ris, [
    ['ID', citationKey(target)],
    ['AU', GROUP_AUTHOR_FIELD],
    ['TI', citationTitle(target)],
    ['T2', target.kind === 'work' ? undefined : SITE.name],
    ['ET', target.edition.label],
    ['PY', String(published[0])],
    ['DA', risDate(published)],
    ['PB', REWORK_AUTHOR],
    ['M3', NOTE_CREDIT],
    ['UR', citationUrl(target)],
    ['Y2', risDate(target.accessed)],
    ['LA', 'en'],
  ]);
}

/** The target in one format, as plain text. */
export async function formatCitation(target: CitationTarget, format: CitationFormat): Promise<string> {
  switch (format) {
    case 'csl-json':
      return JSON.stringify([cslItem(target)], null, 2);
    case 'bibtex':
      return bibtexOf(target);
    case 'ris':
      return risOf(target);
    default:
      return bibliographyEntry(cslItem(target), format);
  }
}

/**
 * The in-text citation that goes with a quotation, in APA style:
 * "(Hypervisor Home project, 2026, Section 2, para. 3)".
 */
export async function inTextCitation(target: CitationTarget): Promise<string> {
  const locator = target.kind === 'paragraph' ? { label: 'section', locator: paragraphLocator(target).replace(/^§/, '') } : undefined;
  return inTextEntry(cslItem(target), 'apa', locator);
}

/** The original note as a CSL item (it has no public address, so no URL). */
export function originalNoteItem(): CslItem {
  return {
    id: 'haff2006hypervisor',
    'citation-key': 'haff2006hypervisor',
    type: 'report',
    title: SOURCE_NOTE.title,
    author: [{ family: 'Haff', given: 'Gordon' }],
    genre: SOURCE_NOTE.kind,
    publisher: SOURCE_NOTE.publisher,
    issued: { 'date-parts': [dateParts(SOURCE_NOTE.date)] },
  };
}

/** The original note itself, for readers who cite the source rather than the rework. */
export async function formatOriginalNote(format: Exclude<CitationFormat, 'csl-json'>): Promise<string> {
  const [year, month] = dateParts(SOURCE_NOTE.date);
  if (format === 'bibtex') {
    return bibtexEntry('techreport', 'haff2006hypervisor', [
      { name: 'author', value: 'Haff, Gordon', kind: 'name' },
      { name: 'title', value: SOURCE_NOTE.title },
      { name: 'institution', value: SOURCE_NOTE.publisher },
      { name: 'type', value: SOURCE_NOTE.kind },
      { name: 'year', value: String(year), kind: 'macro' },
      { name: 'month', value: monthMacro(month), kind: 'macro' },
    ]);
  }
  if (format === 'ris') {
    return risRecord('RPRT', [
      ['ID', 'haff2006hypervisor'],
      ['AU', 'Haff, Gordon'],
      ['TI', SOURCE_NOTE.title],
      ['PY', String(year)],
      ['DA', risDate(dateParts(SOURCE_NOTE.date))],
      ['PB', SOURCE_NOTE.publisher],
      ['M3', SOURCE_NOTE.kind],
    ]);
  }
  return bibliographyEntry(originalNoteItem(), format);
}

/** All six formats. */
export async function formatAll(target: CitationTarget): Promise<Record<CitationFormat, string>> {
  const out = {} as Record<CitationFormat, string>;
  for (const format of CITATION_FORMATS) out[format] = await formatCitation(target, format);
  return out;
}
