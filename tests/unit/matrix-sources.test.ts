/**
 * The matrix cells that cite content/data/sources.json: every id resolves, a
 * cell citing an unknown id breaks the build, the May 2006 view cites only
 * the note and the facts of its time; and how many cells are still empty,
 * each saying why. The sources file itself: tests/unit/sources.test.ts.
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
import { sourcesById, sourcesFileSchema, type Source } from '../../src/lib/sources';

const D = matrixDataSchema.parse(matrixFile);
const BY_ID = sourcesById(sourcesFileSchema.parse(sourcesFile));
const table = noteTable.map((r) => noteTableRowSchema.parse(r));
/** What the real matrix's other sources resolve against: the parts (from the MDX front matter) and the events. */
const ANALYSIS = join(import.meta.dirname, '..', '..', 'content', 'analysis');
const parts = Object.fromEntries(
  readdirSync(ANALYSIS).map((f) => {
    const text = readFileSync(join(ANALYSIS, f), 'utf8');
    return [f.replace(/\.mdx$/, ''), { part: Number(/^part:\s*(\d+)/m.exec(text)?.[1]), title: /^title:\s*"?([^"\n]+)"?/m.exec(text)?.[1] ?? '' }];
  }),
);
const events = Object.fromEntries(hindsight.events.map((e) => [e.id, { date: e.date }]));

/** Every cell as stored, with where it is. */
const stored = Object.entries(D.cells).flatMap(([subject, row]) =>
  Object.entries(row).flatMap(([criterion, views]) =>
    MATRIX_VIEWS.flatMap((view) => (views[view] ? [{ where: `${subject} × ${criterion} (${view})`, view, cell: views[view] as MatrixCell }] : [])),
  ),
);
const cited = (cell: MatrixCell) => ('sources' in cell ? cell.sources.flatMap((s) => ('sourceId' in s ? [s.sourceId] : [])) : []);
/** Sources cited for what they say beyond the note, without a fact of the time (`fact`) that the cell takes from them. */
const citedBeyondNote = (cell: MatrixCell) => ('sources' in cell ? cell.sources.flatMap((s) => ('sourceId' in s && !s.fact ? [s.sourceId] : [])) : []);

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
const CTX: SourceContext = { parts: {}, events: {}, tableSlug: 'the-independents', sources: { [ONE.id]: ONE } };

describe('the matrix’s sources', () => {
  it('resolves every id a matrix cell cites', () => {
    for (const { where, cell } of stored) for (const id of cited(cell)) expect(BY_ID[id], `${where}: no source "${id}"`).toBeDefined();
  });
});

describe('a cell citing a source we checked', () => {
  it('resolves to the original address and the archived copy, with the confidence', () => {
    expect(resolveSource({ sourceId: 'example-doc' }, CTX)).toEqual({
      label: 'Example Corp, “Example documentation page” (20 Jul 2009)',
      href: 'https://example.com/doc',
      archived: 'https://web.archive.org/web/20261129/https://example.com/doc',
      confidence: 'high',
      sourceId: 'example-doc',
    });
    expect(resolveSource({ sourceId: 'example-doc', fact: 'The fact the cell takes from it.' }, CTX).label).toBe(
      'Example Corp, “Example documentation page” (20 Jul 2009): The fact the cell takes from it.',
    );
  });

  it('fails the build when the id is unknown, or when no sources were given at all', () => {
    expect(() => resolveSource({ sourceId: 'no-such-source' }, CTX)).toThrow(/no source "no-such-source"/);
    expect(() => resolveSource({ sourceId: 'example-doc' }, { ...CTX, sources: undefined })).toThrow(/no source "example-doc"/);
    const broken = structuredClone(D);
    broken.cells.kvm['hardware-assist'].hindsight = { value: 'Yes', sources: [{ sourceId: 'no-such-source' }] };
    const real = { parts, events, tableSlug: 'the-independents', sources: BY_ID };
    expect(() => buildMatrix(D, table, real)).not.toThrow();
    expect(() => buildMatrix(broken, table, real)).toThrow(/no-such-source/);
  });

  it('appears in the May 2006 view only for a fact of the time the cell takes from it: that view says what the note says', () => {
    for (const { where, view, cell } of stored) if (view === '2006') expect(citedBeyondNote(cell), where).toEqual([]);
  });
});

/*
 * How full the matrix is: 13 criteria × 11 subjects × 2 views = 286 cells,
 * counting the camps' May 2006 cells that come from the note's table.
 * Issue 16 asks for at most 40 empty ones. We are not there: the May 2006
 * view holds only what the note says or clearly implies, and 40 of its cells
 * stay empty for that reason alone (26 of them for KVM and AWS Nitro, which
 * did not exist yet), so the target needs every hindsight cell filled; 3
 * (Virtual Iron's security, ship date and free edition) are still without a
 * source we could find. The ceiling below is what the sources found so far
 * support; it may only go down.
 */
const TOTAL = 13 * 11 * 2;
const CEILING = 43;
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
