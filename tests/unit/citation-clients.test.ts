/**
 * The site's citations read by real tools: @retorquere/bibtex-parser
 * (Better BibTeX's parser), the official CSL-JSON schema, citeproc-js with
 * the official APA, Chicago author-date (18th) and MLA styles, and a RIS
 * reader. Every kind of target, in two editions. The built site's own
 * offerings are checked the same way in tests/e2e/citation-clients.spec.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatAll, formatCitation, type CitationTarget } from '../../src/lib/citation';
import { LOCALE_FILE, STYLE_FILES } from '../../src/lib/citation-csl';
import { OFFICIAL_STYLES, SHARED_CSL, VENDORED_CSL, bibtex, cslSchemaProblems, readRis, renderOfficial } from '../support/citation-clients';

const editions = [
  { id: '2026-11', label: 'November 2026 edition', published: '2026-11-24', changes: ['First edition.'] },
  { id: '2026-12', label: 'December 2026 edition', published: '2026-11-29', changes: ['Corrected edition.'] },
];
const origin = 'https://hh.example.org';
const targets: CitationTarget[] = editions.flatMap((edition) => {
  const base = { edition, accessed: [2027, 1, 5] as [number, number, number] };
  return [
    { ...base, kind: 'work' as const, title: '', pageUrl: `${origin}/analysis/` },
    { ...base, kind: 'part' as const, title: 'Building into the OS', part: 2, pageUrl: `${origin}/analysis/building-into-the-os/` },
    { ...base, kind: 'paragraph' as const, title: 'Building into the OS', part: 2, anchor: 'p-control', paragraph: 4, pageUrl: `${origin}/analysis/building-into-the-os/` },
    { ...base, kind: 'page' as const, title: 'TCO calculator', pageUrl: `${origin}/tools/tco/` },
    { ...base, kind: 'scenario' as const, title: 'TCO calculator: a saved scenario', pageUrl: `${origin}/tools/tco/?v=1&pb=today@1&windowsVms=400` },
    { ...base, kind: 'scenario' as const, title: 'TCO calculator: a saved scenario', pageUrl: `${origin}/tools/tco/?v=1&pb=2006@1` },
  ];
});

describe('the styles the site renders with', () => {
  it.skipIf(!existsSync(SHARED_CSL))('are the official files, unchanged', () => {
    for (const file of [...Object.values(STYLE_FILES), LOCALE_FILE, 'csl-data.json']) {
      expect(readFileSync(join(VENDORED_CSL, file), 'utf8'), file).toBe(readFileSync(join(SHARED_CSL, file), 'utf8'));
    }
  });
});

describe('BibTeX, read by @retorquere/bibtex-parser', () => {
  it('parses every kind of citation in both editions with no error or warning and no repeated key', async () => {
    const entries = await Promise.all(targets.map((t) => formatCitation(t, 'bibtex')));
    const library = bibtex(entries.join('\n\n'));
    expect(library.errors).toEqual([]);
    expect(library.entries).toHaveLength(targets.length);
    expect(new Set(library.entries.map((e) => e.key)).size).toBe(targets.length);
  });

  it('round-trips a paragraph: group author, title, site, edition, URL with anchor, access date', async () => {
    const paragraph = targets.find((t) => t.kind === 'paragraph' && t.edition.id === '2026-12')!;
    const [entry] = bibtex(await formatCitation(paragraph, 'bibtex')).entries;
    expect(entry.type).toBe('techreport');
    expect(entry.fields.author).toEqual([{ name: 'Hypervisor Home project' }]);
    expect(entry.fields.title).toBe('§2 Building into the OS, para. 4');
    expect(entry.fields.note).toContain('Hypervisor Home, reworked');
    expect(entry.fields.note).toContain('December 2026 edition');
    expect(entry.fields.edition).toBe('December 2026 edition');
    expect(entry.fields.url).toBe(`${origin}/analysis/building-into-the-os/?edition=2026-12#p-control`);
    expect(entry.fields.urldate).toBe('2027-01-05');
    expect(entry.fields.month).toBe('11');
    expect(entry.fields.year).toBe('2026');
  });
});

// Building a citeproc-js engine for APA or Chicago takes seconds (a minute on a loaded machine): generous timeouts.
describe('CSL-JSON, checked against the official schema and rendered by citeproc-js with the official styles', { timeout: 600_000 }, () => {
  it('is valid CSL-JSON for every kind of citation', async () => {
    for (const target of targets) expect(cslSchemaProblems(JSON.parse(await formatCitation(target, 'csl-json'))), target.pageUrl).toEqual([]);
  });

  it('renders to exactly the text the site shows, naming the original note once', async () => {
    for (const target of targets) {
      const all = await formatAll(target);
      const [item] = JSON.parse(all['csl-json']);
      for (const style of Object.keys(OFFICIAL_STYLES) as Array<keyof typeof OFFICIAL_STYLES>) {
        const official = renderOfficial(item, style);
        expect(all[style], `${style}: ${target.kind} ${target.edition.id}`).toBe(official);
        expect(official.match(/Haff/g), `${style}: ${official}`).toHaveLength(1);
        expect(official).toContain(target.edition.label);
      }
    }
  });

  it('keeps the paragraph locator in lower case in the title-casing styles', async () => {
    const [item] = JSON.parse(await formatCitation(targets[2], 'csl-json'));
    expect(renderOfficial(item, 'chicago')).toContain('“§2 Building into the OS, para. 4.”');
    expect(renderOfficial(item, 'mla')).toContain('“§2 Building into the OS, para. 4.”');
  });
});

describe('RIS, read back', () => {
  it('round-trips a paragraph: group author, title, site, edition, URL with anchor, access date', async () => {
    const paragraph = targets.find((t) => t.kind === 'paragraph' && t.edition.id === '2026-12')!;
    const [item] = readRis(await formatCitation(paragraph, 'ris'));
    expect(item.type).toBe('report');
    // One name with no given part: the trailing comma kept the reader from splitting it.
    expect(item.author).toEqual([{ family: 'Hypervisor Home project', given: '' }]);
    expect(item.title).toBe('§2 Building into the OS, para. 4');
    expect(item.edition).toBe('December 2026 edition');
    expect(item.URL).toBe(`${origin}/analysis/building-into-the-os/?edition=2026-12#p-control`);
    expect(item.accessed).toEqual({ 'date-parts': [[2027, 1, 5]] });
    expect(item.issued).toEqual({ 'date-parts': [[2026, 11, 29]] });
    expect(JSON.stringify(item)).toContain('Hypervisor Home, reworked');
  });
});
