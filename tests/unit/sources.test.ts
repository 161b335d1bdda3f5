/**
 * content/data/sources.json, the one file of sources: the schema's rules
 * (an address with its check date and Wayback copy, or a reason for having
 * none), how a source is named, that every id any data file cites exists and
 * every source is cited somewhere, and how /sources/ groups the places that
 * use one.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import sourcesFile from '../../content/data/sources.json';
import { archiveUrl, sourceByline, sourceById, sourceDateText, sourceLabel, sourcesById, sourcesFileSchema, type Source } from '../../src/lib/sources';
import { unusedSources, usesBySource } from '../../src/lib/source-uses';

const FILE = sourcesFileSchema.parse(sourcesFile);
const BY_ID = sourcesById(FILE);
const CONTENT = join(import.meta.dirname, '..', '..', 'content');

const ONE: Source = {
  id: 'example-doc',
  title: 'Example documentation page',
  publisher: 'Example Corp',
  date: '2009-07-20',
  url: 'https://example.com/doc',
  checked: '2026-11-29',
  archived: 'https://web.archive.org/web/20261129/https://example.com/doc',
  confidence: 'high',
  supports: 'What the page says that a cell relies on.',
};
const UNLINKED: Source = {
  id: 'example-note',
  title: '[A subscriber note]',
  publisher: 'Example Research',
  noLink: 'Sold to subscribers; we know of no public copy.',
  confidence: 'medium',
  supports: 'What the note says that we rely on.',
};

/** Every source id cited anywhere in the data: matrix cells, events, glossary, price books, the note table, the changelog. */
function citedIds(): Map<string, string[]> {
  const cited = new Map<string, string[]>();
  const note = (id: string, where: string) => cited.set(id, [...(cited.get(id) ?? []), where]);
  const walk = (node: unknown, where: string, key = ''): void => {
    if (Array.isArray(node)) node.forEach((v) => walk(v, where, key));
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'sourceId' && typeof v === 'string') note(v, where);
        else if (k === 'sources' && Array.isArray(v) && v.every((x) => typeof x === 'string')) v.forEach((id) => note(id as string, where));
        else walk(v, where, k);
      }
      // A glossary entry's source is { source, supports }; a changelog entry's is a bare id under "source".
      const o = node as Record<string, unknown>;
      if (typeof o.source === 'string' && (key === 'sources' || 'why' in o)) note(o.source, where);
    }
  };
  for (const file of ['data/hindsight.json', 'data/matrix.json', 'data/glossary.json', 'data/note-table.json', 'editions.json'])
    walk(JSON.parse(readFileSync(join(CONTENT, file), 'utf8')), file);
  for (const file of readdirSync(join(CONTENT, 'pricebooks'))) walk(JSON.parse(readFileSync(join(CONTENT, 'pricebooks', file), 'utf8')), `pricebooks/${file}`);
  // The analysis links some sources directly (footnote 3, an editor's remark): found by address.
  const analysis = readdirSync(join(CONTENT, 'analysis')).map((f) => readFileSync(join(CONTENT, 'analysis', f), 'utf8')).join('\n');
  for (const s of FILE.sources) if (s.url && analysis.includes(`(${s.url})`)) note(s.id, 'content/analysis');
  return cited;
}

describe('the sources file', () => {
  it('parses, each id once, each source with an address or a reason for having none', () => {
    expect(FILE.sources.length).toBeGreaterThan(100);
    for (const s of FILE.sources) expect(Boolean(s.url) !== Boolean(s.noLink), s.id).toBe(true);
  });

  it('gives each linked source the Wayback Machine address built from its URL and the day it was checked', () => {
    for (const s of FILE.sources.filter((x) => x.url)) expect(s.archived, s.id).toBe(archiveUrl(s.url!, s.checked!));
    expect(archiveUrl('http://example.org/a?b=1', '2006-05-22')).toBe('https://web.archive.org/web/20060522/http://example.org/a?b=1');
    expect(() => archiveUrl('http://example.org/', 'May 2006')).toThrow(/not a day/);
  });

  it('rejects a duplicate id, a wrong archived address, an unknown field, a bad confidence or date, and a source with neither address nor reason', () => {
    expect(sourcesFileSchema.safeParse({ sources: [ONE, UNLINKED] }).success).toBe(true);
    expect(sourcesFileSchema.safeParse({ sources: [ONE, ONE] }).success).toBe(false);
    expect(sourcesFileSchema.safeParse({ sources: [{ ...ONE, archived: 'https://web.archive.org/web/2020/https://example.com/doc' }] }).success).toBe(false);
    expect(sourcesFileSchema.safeParse({ sources: [{ ...ONE, quote: 'copied words' }] }).success).toBe(false);
    expect(sourcesFileSchema.safeParse({ sources: [{ ...ONE, confidence: 'certain' }] }).success).toBe(false);
    expect(sourcesFileSchema.safeParse({ sources: [{ ...ONE, checked: '29 Nov 2026' }] }).success).toBe(false);
    const { noLink: _, ...neither } = UNLINKED;
    expect(sourcesFileSchema.safeParse({ sources: [neither] }).success).toBe(false);
    expect(sourcesFileSchema.safeParse({ sources: [{ ...ONE, noLink: 'Both an address and a reason for none.' }] }).success).toBe(false);
    expect(sourcesFileSchema.safeParse({ sources: [{ ...UNLINKED, checked: '2026-11-29' }] }).success).toBe(false);
  });

  it('names a source by byline, title and date, and says “undated” when the document carries none', () => {
    expect(sourceLabel(ONE)).toBe('Example Corp, “Example documentation page” (20 Jul 2009)');
    expect(sourceLabel({ ...ONE, author: 'A. Writer', date: undefined })).toBe('A. Writer, Example Corp, “Example documentation page” (undated)');
    expect(sourceByline({ publisher: 'IBM' })).toBe('IBM');
    expect(sourceDateText('2019-04')).toBe('Apr 2019');
    expect(sourceDateText('2011')).toBe('2011');
  });

  it('fails, naming who asked, on an unknown id', () => {
    expect(() => sourceById(BY_ID, 'no-such-source', 'hindsight event x')).toThrow(/hindsight event x: no source "no-such-source"/);
  });
});

describe('every citation of a source', () => {
  const cited = citedIds();

  it('cites an id the sources file holds', () => {
    for (const [id, where] of cited) expect(BY_ID[id], `${where.join(', ')} cite${where.length > 1 ? '' : 's'} unknown "${id}"`).toBeDefined();
  });

  it('leaves no source in the file that nothing cites', () => {
    expect(FILE.sources.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('gives every hindsight event, glossary entry and sourced price at least one source', () => {
    const hindsight = JSON.parse(readFileSync(join(CONTENT, 'data/hindsight.json'), 'utf8'));
    for (const e of hindsight.events) expect(e.sources?.length, e.id).toBeGreaterThan(0);
    for (const file of readdirSync(join(CONTENT, 'pricebooks'))) {
      const book = JSON.parse(readFileSync(join(CONTENT, 'pricebooks', file), 'utf8'));
      for (const [key, v] of Object.entries<{ basis: string; sources?: string[] }>(book.values))
        if (v.basis === 'source') expect(v.sources?.length, `${file} ${key}`).toBeGreaterThan(0);
    }
  });
});

describe('the places that use a source', () => {
  const sources = { [ONE.id]: ONE, [UNLINKED.id]: UNLINKED };
  it('lists each place once per source, keeps every source (even unused), and reports the unused', () => {
    const byId = usesBySource(
      [
        { sourceId: 'example-doc', label: 'Glossary: Dom0', path: 'glossary/#term-dom0' },
        { sourceId: 'example-doc', label: 'Glossary: Dom0', path: 'glossary/#term-dom0' },
        { sourceId: 'example-doc', label: 'Hindsight: 5 Dec 2005', path: 'hindsight/#event-xen-3-0' },
      ],
      sources,
    );
    expect(byId.get('example-doc')?.map((u) => u.path)).toEqual(['glossary/#term-dom0', 'hindsight/#event-xen-3-0']);
    expect(unusedSources(byId)).toEqual(['example-note']);
  });
  it('fails on a use of an unknown id, naming the place', () => {
    expect(() => usesBySource([{ sourceId: 'nope', label: 'Matrix: KVM × Drivers', path: 'tools/matrix/' }], sources)).toThrow(/Matrix: KVM × Drivers: no source "nope"/);
  });
});
