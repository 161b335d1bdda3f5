/**
 * Citations, checked against citations written out by hand for one section
 * (§2) and one paragraph (§2, p-control), in all six formats.
 */
import { describe, expect, it } from 'vitest';
import { renderAccessed } from '../../src/lib/accessed-date';
import { CITATION_FORMATS, citationKey, citationUrl, formatAll, formatCitation, patchStyle, type CitationTarget } from '../../src/lib/citation';

const edition = { id: '2026-11', label: 'November 2026 edition', published: '2026-11-24', changes: ['First edition of the rework.'] };
const section: CitationTarget = {
  kind: 'part',
  title: 'Building into the OS',
  part: 2,
  pageUrl: 'https://hh.example.org/analysis/building-into-the-os/',
  edition,
  accessed: [2027, 9, 3],
};
const paragraph: CitationTarget = { ...section, kind: 'paragraph', anchor: 'p-control' };
const URL_S = 'https://hh.example.org/analysis/building-into-the-os/?edition=2026-11';
const URL_P = `${URL_S}#p-control`;
const CREDIT = 'Rework of G. Haff, “Hypervisor Home,” Illuminata Quick Note, 22 May 2006';

describe('a section citation', () => {
  it('APA 7', async () => {
    expect(await formatCitation(section, 'apa')).toBe(
      `Hypervisor Home project. (2026). §2 Building into the OS. In Hypervisor Home, reworked (November 2026 edition) [${CREDIT}]. Hypervisor Home project. Retrieved September 3, 2027, from ${URL_S}`,
    );
  });
  it('Chicago author-date', async () => {
    expect(await formatCitation(section, 'chicago')).toBe(
      `Hypervisor Home project. 2026. “§2 Building into the OS.” ${CREDIT}. Hypervisor Home, Reworked. November 2026 edition. Hypervisor Home project. Accessed September 3, 2027. ${URL_S}.`,
    );
  });
  it('MLA 9', async () => {
    expect(await formatCitation(section, 'mla')).toBe(
      `Hypervisor Home project. “§2 Building into the OS.” Hypervisor Home, Reworked, November 2026 edition, ${CREDIT}, Hypervisor Home project, 24 Nov. 2026, ${URL_S}. Accessed 3 Sept. 2027.`,
    );
  });
  it('BibTeX', async () => {
    expect(await formatCitation(section, 'bibtex')).toBe(
      [
        '@techreport{hypervisorhome2026_building_into_the_os,',
        '\tnote = {[Online; accessed 2027-09-03]},',
        '\tauthor = {{Hypervisor Home project}},',
        '\tedition = {November 2026 edition},',
        '\tyear = {2026},',
        '\tmonth = {nov 24},',
        '\tinstitution = {Hypervisor Home project},',
        '\ttitle = {\\textsection{}2 {Building} into the {OS}},',
        "\ttype = {Rework of {G}. {Haff}, ``{Hypervisor} {Home},'' {Illuminata} {Quick} {Note}, 22 {May} 2006},",
        `\turl = {${URL_S}},`,
        '}',
      ].join('\n'),
    );
  });
  it('RIS, one tag a line', async () => {
    expect(await formatCitation(section, 'ris')).toBe(
      [
        'TY  - RPRT',
        'AU  - Hypervisor Home project',
        'DA  - 2026/11/24/',
        'PY  - 2026',
        'ET  - November 2026 edition',
        'ID  - hypervisorhome2026_b',
        `M3  - ${CREDIT}`,
        'PB  - Hypervisor Home project',
        'TI  - §2 Building into the OS',
        `UR  - ${URL_S}`,
        'Y2  - 2027/9/3/',
        'ER  - ',
      ].join('\n'),
    );
  });
  it('CSL-JSON, with the original note as original-*', async () => {
    expect(JSON.parse(await formatCitation(section, 'csl-json'))).toEqual([
      {
        id: 'hypervisorhome2026_building_into_the_os',
        'citation-key': 'hypervisorhome2026_building_into_the_os',
        type: 'report',
        title: '§2 Building into the OS',
        author: [{ literal: 'Hypervisor Home project' }],
        publisher: 'Hypervisor Home project',
        edition: 'November 2026 edition',
        genre: CREDIT,
        issued: { 'date-parts': [[2026, 11, 24]] },
        accessed: { 'date-parts': [[2027, 9, 3]] },
        URL: URL_S,
        'container-title': 'Hypervisor Home, reworked',
        'original-author': [{ family: 'Haff', given: 'Gordon' }],
        'original-title': 'Hypervisor Home',
        'original-publisher': 'Illuminata, Inc.',
        'original-date': { 'date-parts': [[2006, 5, 22]] },
      },
    ]);
  });
});

describe('a paragraph citation', () => {
  it('APA 7', async () => {
    expect(await formatCitation(paragraph, 'apa')).toBe(
      `Hypervisor Home project. (2026). §2 Building into the OS, paragraph p-control. In Hypervisor Home, reworked (November 2026 edition) [${CREDIT}]. Hypervisor Home project. Retrieved September 3, 2027, from ${URL_P}`,
    );
  });
  it('Chicago author-date keeps the anchor id in lower case', async () => {
    expect(await formatCitation(paragraph, 'chicago')).toBe(
      `Hypervisor Home project. 2026. “§2 Building into the OS, Paragraph p-control.” ${CREDIT}. Hypervisor Home, Reworked. November 2026 edition. Hypervisor Home project. Accessed September 3, 2027. ${URL_P}.`,
    );
  });
  it('MLA 9', async () => {
    expect(await formatCitation(paragraph, 'mla')).toBe(
      `Hypervisor Home project. “§2 Building into the OS, Paragraph p-control.” Hypervisor Home, Reworked, November 2026 edition, ${CREDIT}, Hypervisor Home project, 24 Nov. 2026, ${URL_P}. Accessed 3 Sept. 2027.`,
    );
  });
  it('BibTeX', async () => {
    const bib = await formatCitation(paragraph, 'bibtex');
    expect(bib.split('\n')[0]).toBe('@techreport{hypervisorhome2026_building_into_the_os_p_control,');
    expect(bib).toContain('\ttitle = {\\textsection{}2 {Building} into the {OS}, paragraph {p-control}},\n');
    expect(bib).toContain(`\turl = {${URL_P}},\n`);
  });
  it('RIS', async () => {
    const ris = await formatCitation(paragraph, 'ris');
    expect(ris).toContain('\nTI  - §2 Building into the OS, paragraph p-control\n');
    expect(ris).toContain(`\nUR  - ${URL_P}\n`);
  });
  it('CSL-JSON', async () => {
    const [item] = JSON.parse(await formatCitation(paragraph, 'csl-json'));
    expect(item.title).toBe('§2 Building into the OS, paragraph p-control');
    expect(item.URL).toBe(URL_P);
  });
});

describe('what every citation carries', () => {
  it('names the section, the exact URL, the edition, the access date and the original note, in every format', async () => {
    const all = await formatAll(paragraph);
    for (const format of CITATION_FORMATS) {
      const text = all[format];
      // BibTeX spells the section sign as a LaTeX command and braces capitals.
      expect(text, format).toContain(format === 'bibtex' ? '\\textsection{}2 {Building} into the {OS}' : format === 'chicago' || format === 'mla' ? '§2 Building into the OS, Paragraph' : '§2 Building into the OS');
      expect(text, format).toContain(URL_P);
      expect(text, format).toContain('November 2026 edition');
      expect(text, format).toContain(renderAccessed(format, [2027, 9, 3]));
      expect(text, format).toMatch(/Haff/);
    }
  });

  it('renders the access date exactly as each format does, in every month', async () => {
    for (let month = 1; month <= 12; month++) {
      const accessed: [number, number, number] = [2028, month, month + 9];
      const all = await formatAll({ ...section, accessed });
      for (const format of CITATION_FORMATS) expect(all[format], `${format}, month ${month}`).toContain(renderAccessed(format, accessed));
    }
  });

  it('uses keys BibTeX keeps and URLs that name the edition', () => {
    expect(citationKey(paragraph)).toBe('hypervisorhome2026_building_into_the_os_p_control');
    expect(citationUrl(section)).toBe(URL_S);
    expect(citationKey({ ...section, kind: 'work', pageUrl: 'https://hh.example.org/analysis/' })).toBe('hypervisorhome2026_analysis');
  });

  it('refuses a style whose access-date rule changed, rather than drop the date', () => {
    expect(() => patchStyle('x', '<style/>', '<if variable="issued" match="none">', '<if variable="accessed">')).toThrow(/found it 0 times/);
  });
});
