/**
 * Citations: the rules each format's users rely on, one at a time. What real
 * tools make of the results (BibTeX parser, citeproc-js with the official
 * styles, a RIS reader) is in citation-clients.test.ts; what the built pages
 * offer, in tests/e2e/citation-clients.spec.ts.
 */
import { describe, expect, it } from 'vitest';
import { renderAccessed } from '../../src/lib/accessed-date';
import { BIBTEX_KEY, caseProtected, risDate } from '../../src/lib/citation-files';
import {
  CITATION_FORMATS,
  GROUP_AUTHOR_FIELD,
  citationKey,
  citationTitle,
  citationUrl,
  cslItem,
  formatAll,
  formatCitation,
  formatOriginalNote,
  inTextCitation,
  type CitationTarget,
} from '../../src/lib/citation';
import { paragraphNumbers } from '../../src/lib/paragraph-numbers';

const november = { id: '2026-11', label: 'November 2026 edition', published: '2026-11-24', changes: ['First edition of the rework.'] };
const december = { id: '2026-12', label: 'December 2026 edition', published: '2026-11-29', changes: ['Corrected edition.'] };
const section: CitationTarget = {
  kind: 'part',
  title: 'Building into the OS',
  part: 2,
  pageUrl: 'https://hh.example.org/analysis/building-into-the-os/',
  edition: december,
  accessed: [2027, 9, 3],
};
const paragraph: CitationTarget = { ...section, kind: 'paragraph', anchor: 'p-control', paragraph: 4 };
const calculator: CitationTarget = { kind: 'page', title: 'TCO calculator', pageUrl: 'https://hh.example.org/tools/tco/', edition: december, accessed: [2027, 9, 3] };
const scenario = (query: string): CitationTarget => ({ ...calculator, kind: 'scenario', title: 'TCO calculator: a saved scenario', pageUrl: `https://hh.example.org/tools/tco/?${query}` });

describe('keys', () => {
  it('never give two different things one key: editions, parts, paragraphs, the calculator and each scenario', () => {
    const targets = [
      section,
      { ...section, edition: november },
      { ...section, pageUrl: 'https://hh.example.org/editions/2026-11/analysis/building-into-the-os/', edition: november },
      paragraph,
      { ...paragraph, edition: november },
      { ...paragraph, anchor: 'p-solaris', paragraph: 3 },
      { ...section, kind: 'work' as const },
      calculator,
      scenario('v=1&pb=today@1&windowsVms=400'),
      scenario('v=1&pb=today@1&windowsVms=401'),
    ];
    const keys = targets.map(citationKey);
    expect(new Set(keys).size).toBe(targets.length - 1); // the archived part's page and the November section are one thing
    expect(citationKey(targets[1])).toBe(citationKey(targets[2]));
    for (const key of keys) expect(key).toMatch(BIBTEX_KEY);
  });
  it('give the same scenario the same key every time', () => {
    expect(citationKey(scenario('v=1&a=2'))).toBe(citationKey(scenario('v=1&a=2')));
    expect(citationKey(scenario('v=1&a=2'))).not.toBe(citationKey(calculator));
  });
  it('name the edition, the page and the anchor', () => {
    expect(citationKey(paragraph)).toBe('hypervisorhome_2026_12_building_into_the_os_p_control');
  });
});

// Formatting APA, Chicago and MLA first builds citeproc-js engines, which takes seconds (a minute on a loaded machine).
describe('paragraphs', { timeout: 300_000 }, () => {
  it('are numbered in document order, counting only paragraph anchors', () => {
    const numbers = paragraphNumbers(['heading-a', 'p-one', 'hs-note', 'p-two', 'fn-note-3', 'p-three']);
    expect([...numbers]).toEqual([
      ['p-one', 1],
      ['p-two', 2],
      ['p-three', 3],
    ]);
  });
  it('are cited by section and number, and linked by their fixed anchor', async () => {
    expect(citationTitle(paragraph)).toBe('§2 Building into the OS, para. 4');
    expect(citationUrl(paragraph)).toBe('https://hh.example.org/analysis/building-into-the-os/?edition=2026-12#p-control');
    expect(await inTextCitation(paragraph)).toBe('(Hypervisor Home project, 2026, Section 2, para. 4)');
    const all = await formatAll(paragraph);
    for (const format of CITATION_FORMATS) {
      const numbered = format === 'bibtex' ? /\{\\S\}2 \{Building\} into the \{OS\}, para\. 4/ : /§2 Building into the OS(<span class=\\?"nocase\\?">)?, para\. 4/;
      expect(all[format], format).toMatch(numbered);
      expect(all[format], format).toContain('#p-control');
    }
  });
  it('refuse to be cited without a number', () => {
    expect(() => citationTitle({ ...paragraph, paragraph: undefined })).toThrow(/paragraph number/);
  });
});

describe('BibTeX', () => {
  it('writes the month as the macro both BibTeX and biber define, and the access date as urldate', async () => {
    const bib = await formatCitation(section, 'bibtex');
    expect(bib).toMatch(/\n\s+month\s+= nov,\n/);
    expect(bib).toMatch(/\n\s+year\s+= 2026,\n/);
    expect(bib).toMatch(/\n\s+urldate\s+= \{2027-09-03\},\n/);
  });
  it('keeps the group author one name and protects capitals from case changes', async () => {
    const bib = await formatCitation(calculator, 'bibtex');
    expect(bib).toMatch(/\n\s+author\s+= \{\{Hypervisor Home project\}\},\n/);
    expect(bib).toMatch(/\n\s+title\s+= \{\{TCO\} calculator\},\n/);
    expect(caseProtected('Xen and VMware, not x86')).toBe('{Xen} and {VMware}, not x86');
  });
  it('prints the site and edition in the note, which report styles print', async () => {
    expect(await formatCitation(section, 'bibtex')).toMatch(/\n\s+note\s+= \{\{In\} \{Hypervisor\} \{Home\}, reworked, \{December\} 2026 edition\. \{Rework\} of \{G\}\. \{Haff\}/);
  });
});

describe('RIS', () => {
  it('ends every line with CR LF, one record with a unique ID', async () => {
    const ris = await formatCitation(paragraph, 'ris');
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ris.split('\r\n')[0]).toBe('TY  - RPRT');
    expect(ris).toContain(`\r\nID  - ${citationKey(paragraph)}\r\n`);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
  });
  it('names the site (T2), the edition (ET), zero-padded dates and the group author as one name', async () => {
    const ris = await formatCitation(paragraph, 'ris');
    expect(ris).toContain('\r\nT2  - Hypervisor Home, reworked\r\n');
    expect(ris).toContain('\r\nET  - December 2026 edition\r\n');
    expect(ris).toContain('\r\nDA  - 2026/11/29/\r\n');
    expect(ris).toContain('\r\nY2  - 2027/09/03/\r\n');
    expect(ris).toContain(`\r\nAU  - ${GROUP_AUTHOR_FIELD}\r\n`);
    expect(risDate([2026, 1, 5])).toBe('2026/01/05/');
  });
});

describe('CSL-JSON', () => {
  it('credits the original note once (genre), with no original-* fields the styles would print again', () => {
    const item = cslItem(section);
    expect(Object.keys(item).filter((k) => k.startsWith('original-'))).toEqual([]);
    expect(item.genre).toMatch(/Haff/);
    expect(item.type).toBe('report');
  });
});

describe('access dates', { timeout: 300_000 }, () => {
  it('are recorded by BibTeX, RIS and CSL-JSON exactly as each writes them, in every month', async () => {
    for (let month = 1; month <= 12; month++) {
      const accessed: [number, number, number] = [2028, month, month + 9];
      const all = await formatAll({ ...section, accessed });
      for (const format of ['bibtex', 'ris', 'csl-json'] as const) expect(all[format], `${format}, month ${month}`).toContain(renderAccessed(format, accessed));
    }
  });
  it('are left out of APA, Chicago and MLA, as the official styles do for a dated work', async () => {
    const all = await formatAll(section);
    expect(all.apa).not.toMatch(/Retrieved/);
    expect(all.chicago).not.toMatch(/Accessed/);
    expect(all.mla).not.toMatch(/Accessed/);
  });
});

describe('the original note', { timeout: 300_000 }, () => {
  it('is a report by Gordon Haff with no address, in every format', async () => {
    expect(await formatOriginalNote('apa')).toBe('Haff, G. (2006). Hypervisor Home [Quick Note]. Illuminata, Inc.');
    expect(await formatOriginalNote('bibtex')).toMatch(/^@techreport\{haff2006hypervisor,[\s\S]*month\s+= may,/);
    expect(await formatOriginalNote('ris')).toContain('\r\nAU  - Haff, Gordon\r\n');
  });
});
