/**
 * What Zotero's Connector saves from a page's <meta> tags, following its
 * Embedded Metadata translator (zotero/translators, "Embedded Metadata.js"):
 *
 * - item type: each Highwire type tag met in document order sets it, so the
 *   last one wins (citation_journal_title → journalArticle,
 *   citation_technical_report_institution → report, citation_conference_title
 *   → conferencePaper, citation_book_title / citation_inbook_title →
 *   bookSection, citation_dissertation_institution → thesis); with none,
 *   citation_title alone makes it guess journalArticle;
 * - creators from citation_author: split at ";"; a single name with a comma
 *   and two words on both sides is split at the comma as a list; then each
 *   name goes through ZU.cleanAuthor, which splits "Family, Given" at the
 *   comma and a name without a comma at its last space ("Given Family").
 *   A name whose given part comes out empty is a single-field name
 *   (fieldMode 1), which is how a group author survives;
 * - title, date (citation_publication_date, citation_date, then
 *   citation_online_date), publisher, institution, language from the
 *   Highwire map; the URL from citation_public_url;
 * - DC.type lands in a report's "report type" (printed by APA in brackets).
 *
 * A reimplementation of those rules, not Zotero itself: the rules are quoted
 * from the translator and from issue 13, and each is asserted on its own in
 * tests/unit/zotero-embedded-metadata.test.ts.
 */

export interface ZoteroCreator {
  firstName?: string;
  lastName: string;
  /** 1 = a single-field name (an organisation). */
  fieldMode?: 1;
  creatorType: 'author';
}

export interface ZoteroItem {
  itemType?: string;
  title?: string;
  creators: ZoteroCreator[];
  date?: string;
  publisher?: string;
  institution?: string;
  url?: string;
  language?: string;
  reportType?: string;
  publicationTitle?: string;
  bookTitle?: string;
}

const TYPE_TAGS: Record<string, string> = {
  citation_journal_title: 'journalArticle',
  citation_technical_report_institution: 'report',
  citation_conference_title: 'conferencePaper',
  citation_conference: 'conferencePaper',
  citation_book_title: 'bookSection',
  citation_inbook_title: 'bookSection',
  citation_dissertation_institution: 'thesis',
};

/** ZU.cleanAuthor(author, 'author', useComma). */
export function cleanAuthor(raw: string, useComma: boolean): ZoteroCreator {
  const author = raw.replace(/\s+/g, ' ').trim();
  if (useComma) {
    const at = author.indexOf(',');
    const lastName = author.slice(0, at).trim();
    const firstName = author.slice(at + 1).trim();
    return firstName ? { lastName, firstName, creatorType: 'author' } : { lastName, fieldMode: 1, creatorType: 'author' };
  }
  const space = author.lastIndexOf(' ');
  if (space < 0) return { lastName: author, fieldMode: 1, creatorType: 'author' };
  return { firstName: author.slice(0, space), lastName: author.slice(space + 1), creatorType: 'author' };
}

/** The creators Zotero makes from the citation_author values. */
export function highwireCreators(values: string[]): ZoteroCreator[] {
  const creators: ZoteroCreator[] = [];
  for (const value of values) {
    let authors = value.split(/\s*;\s*/);
    if (authors.length === 1) {
      const byComma = authors[0].split(/\s*,\s*/);
      if (byComma.length > 1 && byComma[0].includes(' ') && byComma[1].includes(' ')) authors = byComma;
    }
    for (const a of authors) {
      const author = a.trim();
      if (!author || !/[^\s,\-.;]/.test(author)) continue;
      creators.push(cleanAuthor(author, author.includes(',')));
    }
  }
  return creators;
}

/** The item Zotero saves from a document's head, or null when no Highwire tag makes it a citable item. */
export function zoteroItem(document: Document): ZoteroItem | null {
  const metas = [...document.head.querySelectorAll('meta[name]')].map((m) => ({ name: m.getAttribute('name')!, content: m.getAttribute('content') ?? '' }));
  const first = (name: string) => metas.find((m) => m.name === name && m.content.trim())?.content.trim();
  let itemType: string | undefined;
  let guess: string | undefined;
  for (const { name } of metas) {
    if (TYPE_TAGS[name]) itemType = TYPE_TAGS[name];
    else if (name === 'citation_title') guess ??= 'journalArticle';
  }
  itemType ??= guess;
  if (!itemType) return null;
  const item: ZoteroItem = {
    itemType,
    title: first('citation_title'),
    creators: highwireCreators(metas.filter((m) => m.name === 'citation_author' || m.name === 'citation_authors').map((m) => m.content)),
    date: first('citation_publication_date') ?? first('citation_date') ?? first('citation_online_date'),
    publisher: first('citation_publisher'),
    institution: first('citation_technical_report_institution'),
    url: first('citation_public_url'),
    language: first('citation_language'),
    publicationTitle: first('citation_journal_title') ?? first('citation_inbook_title'),
    bookTitle: first('citation_book_title'),
  };
  const dcType = first('DC.type');
  if (dcType && itemType === 'report') item.reportType = dcType;
  return item;
}
