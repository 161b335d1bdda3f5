/**
 * The Atom feed (RFC 4287) of editions and their changelog entries, so a
 * researcher can follow what changed in what they cited. Pure: editions in,
 * XML out. Reads only the fields it needs, so editions may carry more (a
 * per-paragraph list of changes, say) without the feed breaking.
 */

/** What the feed needs of an edition (content/editions.json). */
export interface FeedEdition {
  id: string;
  label: string;
  /** YYYY-MM-DD. */
  published: string;
  changes: readonly string[];
}

export interface FeedOptions {
  /** The feed's own absolute URL. */
  selfUrl: string;
  /** The changelog page's absolute URL; each edition is its #edition-<id> section. */
  changelogUrl: string;
  title: string;
  author: string;
  /** Where to read an edition: the current text for the newest, frozen copies for older ones. */
  readAt: (edition: FeedEdition) => Array<{ label: string; url: string }>;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const instant = (date: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Edition date "${date}" is not YYYY-MM-DD`);
  return `${date}T00:00:00Z`;
};

/** The feed, newest edition first. */
export function atomFeed(editions: readonly FeedEdition[], options: FeedOptions): string {
  if (!editions.length) throw new Error('An Atom feed needs at least one edition');
  const newestFirst = [...editions].sort((a, b) => b.published.localeCompare(a.published) || b.id.localeCompare(a.id));
  const entries = newestFirst.map((edition) => {
    const url = `${options.changelogUrl}#edition-${edition.id}`;
    const links = options.readAt(edition);
    const html = [
      `<p>${xml(edition.label)}, published ${edition.published}.</p>`,
      `<ul>${edition.changes.map((c) => `<li>${xml(c)}</li>`).join('')}</ul>`,
      links.length ? `<p>Read it: ${links.map((l) => `<a href="${xml(l.url)}">${xml(l.label)}</a>`).join(' · ')}</p>` : '',
    ].join('');
    return [
      '  <entry>',
      `    <id>${xml(url)}</id>`,
      `    <title>${xml(edition.label)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(url)}"/>`,
      `    <published>${instant(edition.published)}</published>`,
      `    <updated>${instant(edition.published)}</updated>`,
      `    <summary>${xml(edition.changes.join(' '))}</summary>`,
      `    <content type="html">${xml(html)}</content>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${xml(options.changelogUrl)}</id>`,
    `  <title>${xml(options.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(options.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(options.changelogUrl)}"/>`,
    `  <updated>${instant(newestFirst[0].published)}</updated>`,
    `  <author><name>${xml(options.author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
