/**
 * The test reader of Zotero's Embedded Metadata rules
 * (tests/support/zotero-embedded-metadata.ts), rule by rule, as issue 13
 * describes Zotero's behaviour: if the reader were wrong, the built-site
 * test that uses it would prove nothing.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { GROUP_AUTHOR_FIELD, REWORK_AUTHOR } from '../../src/lib/citation';
import { highwireCreators, zoteroItem } from '../support/zotero-embedded-metadata';

const head = (tags: Array<[string, string]>) =>
  new JSDOM(`<!doctype html><html><head>${tags.map(([n, c]) => `<meta name="${n}" content="${c}">`).join('')}</head><body></body></html>`).window.document;

describe('creators', () => {
  it('splits a name without a comma into given and family: a group becomes a person', () => {
    expect(highwireCreators([REWORK_AUTHOR])).toEqual([{ firstName: 'Hypervisor Home', lastName: 'project', creatorType: 'author' }]);
  });
  it('splits "Family, Given" at the comma', () => {
    expect(highwireCreators(['Haff, Gordon'])).toEqual([{ lastName: 'Haff', firstName: 'Gordon', creatorType: 'author' }]);
  });
  it('keeps a name with a trailing comma as one single-field name', () => {
    expect(highwireCreators([GROUP_AUTHOR_FIELD])).toEqual([{ lastName: 'Hypervisor Home project', fieldMode: 1, creatorType: 'author' }]);
  });
  it('splits a list at semicolons', () => {
    expect(highwireCreators(['Haff, Gordon; Doe, Jane']).map((c) => c.lastName)).toEqual(['Haff', 'Doe']);
  });
});

describe('item type', () => {
  it('comes from the last Highwire type tag in document order', () => {
    expect(zoteroItem(head([['citation_title', 'x'], ['citation_technical_report_institution', 'A'], ['citation_inbook_title', 'B']]))?.itemType).toBe('bookSection');
    expect(zoteroItem(head([['citation_title', 'x'], ['citation_inbook_title', 'B'], ['citation_technical_report_institution', 'A']]))?.itemType).toBe('report');
  });
  it('is a guessed journal article from a title alone, and nothing without Highwire tags', () => {
    expect(zoteroItem(head([['citation_title', 'x']]))?.itemType).toBe('journalArticle');
    expect(zoteroItem(head([['description', 'x']]))).toBeNull();
  });
});

describe('fields', () => {
  it('takes the URL from citation_public_url and DC.type into a report’s type', () => {
    const item = zoteroItem(head([['citation_title', 'x'], ['citation_technical_report_institution', 'A'], ['citation_public_url', 'https://e.org/a/'], ['DC.type', 'Text']]));
    expect(item?.url).toBe('https://e.org/a/');
    expect(item?.reportType).toBe('Text');
  });
});
