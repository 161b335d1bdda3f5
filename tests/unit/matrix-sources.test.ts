/**
 * The sources we checked ourselves (content/data/sources.json) and the
 * matrix cells that cite them: every id resolves, every source is used, the
 * archived copy is the Wayback Machine's address for the original, a cell
 * citing an unknown id breaks the build; and how many cells are still empty,
 * each saying why.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import hindsight from '../../content/data/hindsight.json';
import matrixFile from '../../content/data/matrix.json';
import noteTable from '../../content/data/note-table.json';
import sourcesFile from '../../content/data/sources.json';
import { MATRIX_VIEWS, matrixDataSchema, noteTableRowSchema, type MatrixCell } from '../../src/lib/content-schemas';
import { buildMatrix } from '../../src/lib/matrix/model';
import { resolveSource, type SourceContext } from '../../src/lib/source-refs';
import { archiveUrl, sourceDateText, webSourceLabel, webSourcesById, webSourcesFileSchema, type WebSource } from '../../src/lib/web-sources';

const D = matrixDataSchema.parse(matrixFile);
const FILE = webSourcesFileSchema.parse(sourcesFile);
const BY_ID = webSourcesById(FILE);
const table = noteTable.map((r) => noteTableRowSchema.parse(r));
/** What the real matrix's other sources resolve against: the parts (from the MDX front matter) and the events. */
const ANALYSIS = join(import.meta.dirname, '..', '..', 'content', 'analysis');
const parts = Object.fromEntries(
  readdirSync(ANALYSIS).map((f) => {
    const text = readFileSync(join(ANALYSIS, f), 'utf8');
    return [f.replace(/\.mdx$/, ''), { part: Number(/^part:\s*(\d+)/m.exec(text)?.[1]), title: /^title:\s*"?([^"\n]+)"?/m.exec(text)?.[1] ?? '' }];
  }),
);
const events = Object.fromEntries(hindsight.events.map((e) => [e.id, { date: e.date, source: e.source }]));

/** Every cell as stored, with where it is. */
const stored = Object.entries(D.cells).flatMap(([subject, row]) =>
  Object.entries(row).flatMap(([criterion, views]) =>
    MATRIX_VIEWS.flatMap((view) => (views[view] ? [{ where: `${subject} × ${criterion} (${view})`, view, cell: views[view] as MatrixCell }] : [])),
  ),
);
const cited = (cell: MatrixCell) => ('sources' in cell ? cell.sources.flatMap((s) => ('sourceId' in s ? [s.sourceId] : [])) : []);

const ONE: WebSource = {
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
const CTX: SourceContext = { parts: {}, events: {}, tableSlug: 'the-independents', webSources: { [ONE.id]: ONE } };

describe('the sources file', () => {
  it('resolves every id a matrix cell cites, and every source is cited by some cell', () => {
    const ids = new Set(stored.flatMap(({ cell }) => cited(cell)));
    for (const { where, cell } of stored) for (const id of cited(cell)) expect(BY_ID[id], `${where}: no source "${id}"`).toBeDefined();
    for (const s of FILE.sources) expect(ids.has(s.id), `source "${s.id}" is cited nowhere`).toBe(true);
  });

  it('gives each source the Wayback Machine address built from its URL and the day it was checked', () => {
    for (const s of FILE.sources) {
      expect(s.archived, s.id).toBe(`https://web.archive.org/web/${s.checked.replace(/-/g, '')}/${s.url}`);
      expect(s.archived, s.id).toBe(archiveUrl(s.url, s.checked));
    }
  });

  it('rejects a duplicate id, an archived address that does not match, an unknown field or a bad confidence', () => {
    expect(webSourcesFileSchema.safeParse({ sources: [ONE] }).success).toBe(true);
    expect(webSourcesFileSchema.safeParse({ sources: [ONE, ONE] }).success).toBe(false);
    expect(webSourcesFileSchema.safeParse({ sources: [{ ...ONE, archived: 'https://web.archive.org/web/2020/https://example.com/doc' }] }).success).toBe(false);
    expect(webSourcesFileSchema.safeParse({ sources: [{ ...ONE, quote: 'copied words' }] }).success).toBe(false);
    expect(webSourcesFileSchema.safeParse({ sources: [{ ...ONE, confidence: 'certain' }] }).success).toBe(false);
    expect(webSourcesFileSchema.safeParse({ sources: [{ ...ONE, checked: '29 Nov 2026' }] }).success).toBe(false);
  });

  it('names a source by publisher, title and date, and says “undated” when the document carries no date', () => {
    expect(webSourceLabel(ONE)).toBe('Example Corp, “Example documentation page” (20 Jul 2009)');
    expect(sourceDateText('2019-04')).toBe('Apr 2019');
    expect(sourceDateText('2011')).toBe('2011');
    expect(sourceDateText(undefined)).toBe('undated');
  });
});

describe('a cell citing a source we checked', () => {
  it('resolves to the original address and the archived copy, with the confidence', () => {
    expect(resolveSource({ sourceId: 'example-doc' }, CTX)).toEqual({
      label: 'Example Corp, “Example documentation page” (20 Jul 2009)',
      href: 'https://example.com/doc',
      archived: 'https://web.archive.org/web/20261129/https://example.com/doc',
      confidence: 'high',
    });
  });

  it('fails the build when the id is unknown, or when no sources were given at all', () => {
    expect(() => resolveSource({ sourceId: 'no-such-source' }, CTX)).toThrow(/no source "no-such-source"/);
    expect(() => resolveSource({ sourceId: 'example-doc' }, { ...CTX, webSources: undefined })).toThrow(/no source "example-doc"/);
    const broken = structuredClone(D);
    broken.cells.kvm['hardware-assist'].hindsight = { value: 'Yes', sources: [{ sourceId: 'no-such-source' }] };
    const real = { parts, events, tableSlug: 'the-independents', webSources: BY_ID };
    expect(() => buildMatrix(D, table, real)).not.toThrow();
    expect(() => buildMatrix(broken, table, real)).toThrow(/no-such-source/);
  });

  it('appears only in the hindsight view: the May 2006 view says only what the note says', () => {
    for (const { where, view, cell } of stored) if (view === '2006') expect(cited(cell), where).toEqual([]);
  });
});

/*
 * How full the matrix is: 13 criteria × 11 subjects × 2 views = 286 cells,
 * counting the camps' May 2006 cells that come from the note's table.
 * Issue 16 asks for at most 40 empty ones. We are not there: the May 2006
 * view holds only what the note says or clearly implies, and 40 of its cells
 * stay empty for that reason alone (27 of them for KVM and AWS Nitro, which
 * did not exist yet), so the target needs every hindsight cell filled; 12
 * are still without a source we could find. The ceiling below is what the
 * sources found so far support; it may only go down.
 */
const TOTAL = 13 * 11 * 2;
const CEILING = 52;
const TARGET = 40;

describe('the empty cells', () => {
  const fromTable = D.subjects.filter((s) => s.kind === 'camp').length * D.criteria.filter((c) => c.fromNote).length;
  const gaps = stored.filter(({ cell }) => 'gap' in cell);

  it('covers all 286 cells, with the camps’ May 2006 cells from the note’s table', () => {
    expect(stored.length + fromTable).toBe(TOTAL);
  });

  it(`leaves at most ${CEILING} of ${TOTAL} cells empty (the issue’s target is ${TARGET})`, () => {
    expect(gaps.length).toBeLessThanOrEqual(CEILING);
  });

  it('says why each empty cell is empty, in a sentence', () => {
    for (const { where, cell } of gaps) expect('gap' in cell && /^[A-Z].{9,}[.)]$/s.test(cell.gap), where).toBe(true);
  });

  it.todo(`reach the issue’s target: at most ${TARGET} empty cells (needs sources for the May 2006 view beyond the note, a decision for the lead)`);
});
