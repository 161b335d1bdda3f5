import { describe, expect, it } from 'vitest';
import { anchorsOf, excerptAround, hitHref, hitShows, hitsByAnchor, kindOfAnchor, queryTerms, searchPageOf, type PagefindFragment } from '../../src/lib/search';

const words = (n: number, w = 'word') => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ');
const FRAGMENT: PagefindFragment = {
  url: '/analysis/building-into-the-os/',
  // 0-9 title/intro, 10-29 p-a, 30-49 fn-note-3
  content: `${words(10, 't')} ${words(5, 'a')} Viridian arrives ${words(13, 'b')} ${words(4, 'c')} VirtualCenter is ${words(14, 'd')}`,
  meta: { title: '§2 Building into the OS' },
  anchors: [
    { element: 'h2', id: 'os-vendors', text: 'Every OS vendor is moving in', location: 8 },
    { element: 'p', id: 'p-all-vendors', location: 10 },
    { element: 'li', id: 'fn-note-5', location: 30 },
  ],
  locations: [15, 34, 3],
};

describe('search results to the paragraph', () => {
  it('classifies anchors by the site’s id conventions', () => {
    expect([kindOfAnchor('fn-note-3'), kindOfAnchor('p-control'), kindOfAnchor('what-vendors-gain'), kindOfAnchor('ed-slogans'), kindOfAnchor('hs-xen-solaris'), kindOfAnchor('table-drivers'), kindOfAnchor('cell-kvm-drivers'), kindOfAnchor('row-licensing'), kindOfAnchor('fig-vmware-esx')]).toEqual([
      'footnote',
      'paragraph',
      'heading',
      'note',
      'hindsight',
      'table',
      'matrix-cell',
      'matrix-row',
      'figure',
    ]);
  });
  it('gives each match to the last anchor before it, and drops matches in the title', () => {
    const hits = hitsByAnchor(FRAGMENT);
    expect(hits.map((h) => [h.id, h.kind, h.url, h.count, h.section])).toEqual([
      ['p-all-vendors', 'paragraph', '/analysis/building-into-the-os/#p-all-vendors', 1, 'Every OS vendor is moving in'],
      ['fn-note-5', 'footnote', '/analysis/building-into-the-os/#fn-note-5', 1, 'Every OS vendor is moving in'],
    ]);
  });
  it('builds an excerpt around the match with the query’s words marked', () => {
    const ex = excerptAround('one two three Viridian five six', 3, queryTerms('Viridian'));
    expect(ex).toEqual([['one two three ', false], ['Viridian', true], [' five six', false]]);
    // Stemmed and hyphenated matches are marked too, as Pagefind finds them.
    const stemmed = excerptAround('the principal driver connections and device-driver I/O', 2, queryTerms('drivers'));
    expect(stemmed.filter(([, m]) => m).map(([w]) => w)).toEqual(['driver', 'device-driver']);
  });
  it('keeps the footnote filter to footnotes', () => {
    const hits = hitsByAnchor(FRAGMENT);
    expect(hits.filter((h) => hitShows(h, 'footnote')).map((h) => h.id)).toEqual(['fn-note-5']);
    expect(hits.filter((h) => hitShows(h, 'all'))).toHaveLength(2);
  });
  it('links to the anchor with the words to highlight', () => {
    expect(hitHref(hitsByAnchor(FRAGMENT)[0], 'Viridian code')).toBe('/analysis/building-into-the-os/?highlight=viridian%20code#p-all-vendors');
  });
});

describe('the page list: results and places before any page’s text is fetched', () => {
  const full = FRAGMENT;
  const listed = searchPageOf({ ...full, anchors: [...full.anchors, { element: 'p', id: 'p-later', text: 'Long paragraph text, not kept', location: 40 }] });
  it('keeps a page’s address, title and anchors, and the text only of headings', () => {
    expect(listed.url).toBe(full.url);
    expect(listed.meta.title).toBe('§2 Building into the OS');
    expect(JSON.stringify(listed)).not.toContain('Long paragraph text');
    expect(listed).not.toHaveProperty('content');
  });
  it('finds the same places, counts and sections as the full fragment, with the excerpts left to fill', () => {
    const fromList = hitsByAnchor({ url: listed.url, anchors: anchorsOf(listed), locations: full.locations });
    const fromFragment = hitsByAnchor(full);
    expect(fromList).toEqual(fromFragment);
    // The excerpt, once the page's text is there, is cut around the hit's own match.
    const excerpt = excerptAround(full.content, fromList[0].location, queryTerms('viridian'));
    expect(excerpt.filter(([, marked]) => marked).map(([w]) => w)).toEqual(['Viridian']);
  });
});

describe('search results in the comparison matrix', () => {
  // As Pagefind reports /tools/matrix/: the heading above the table, the column and row headers, then cells.
  const MATRIX: PagefindFragment = {
    url: '/tools/matrix/',
    content: `${words(10, 't')} Criterion KVM product Sun xVM product Device drivers ${words(6, 'a')} Hindsight Xen-based ${words(6, 'b')}`,
    meta: { title: 'Comparison matrix' },
    anchors: [
      { element: 'h2', id: 'how-to-read', text: 'How to read it', location: 2 },
      { element: 'th', id: 'col-kvm', text: 'KVM', location: 11 },
      { element: 'th', id: 'col-sun-xvm', text: 'Sun xVM', location: 13 },
      { element: 'th', id: 'row-drivers', text: 'Device drivers', location: 16 },
      { element: 'td', id: 'cell-kvm-drivers', text: '', location: 18 },
      { element: 'td', id: 'cell-sun-xvm-drivers', text: '', location: 24 },
    ],
    locations: [17, 26],
  };
  it('names a cell by its column and row, not by the heading above the table', () => {
    expect(hitsByAnchor(MATRIX).map((h) => [h.id, h.kind, h.section])).toEqual([
      ['row-drivers', 'matrix-row', 'Device drivers'],
      ['cell-sun-xvm-drivers', 'matrix-cell', 'Sun xVM, Device drivers'],
    ]);
  });
  it('names cells the same from the page list, which keeps the headers’ text', () => {
    const listed = searchPageOf(MATRIX);
    const fromList = hitsByAnchor({ url: listed.url, anchors: anchorsOf(listed), locations: MATRIX.locations });
    expect(fromList.map((h) => [h.id, h.section])).toEqual([
      ['row-drivers', 'Device drivers'],
      ['cell-sun-xvm-drivers', 'Sun xVM, Device drivers'],
    ]);
  });
  it('links to the cell with the words, for the matrix to open on it', () => {
    const hit = hitsByAnchor(MATRIX).find((h) => h.kind === 'matrix-cell')!;
    expect(hitHref(hit, 'Xen')).toBe('/tools/matrix/?highlight=xen#cell-sun-xvm-drivers');
  });
});
