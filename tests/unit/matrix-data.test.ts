/**
 * content/data/matrix.json: every subject has every criterion in both views
 * (a value or a stated gap), and every source resolves to a place in the
 * analysis, an event on /hindsight/, a row of the shared facts file, or a
 * source we checked (content/data/sources.json; see matrix-sources.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../content/data/matrix.json';
import noteTable from '../../content/data/note-table.json';
import hindsight from '../../content/data/hindsight.json';
import sourcesFile from '../../content/data/sources.json';
import { matrixDataSchema, noteTableRowSchema, type MatrixCell } from '../../src/lib/content-schemas';
import { MATRIX_VIEWS, buildMatrix } from '../../src/lib/matrix/model';
import { blocksById } from '../../src/lib/editions';
import { webSourcesById, webSourcesFileSchema } from '../../src/lib/web-sources';

const ROOT = join(import.meta.dirname, '..', '..');
const ANALYSIS = join(ROOT, 'content', 'analysis');
const FACTS = join(ROOT, '..', 'shared', 'research', 'retrospective-facts.md');
const mdx = Object.fromEntries(readdirSync(ANALYSIS).map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(ANALYSIS, f), 'utf8')]));
const frontmatter = (text: string, key: string) => new RegExp(`^${key}:\\s*"?([^"\\n]+)"?`, 'm').exec(text)?.[1] ?? '';
const parts = Object.fromEntries(Object.entries(mdx).map(([slug, text]) => [slug, { part: Number(frontmatter(text, 'part')), title: frontmatter(text, 'title') }]));
const events = Object.fromEntries(hindsight.events.map((e) => [e.id, { date: e.date, source: e.source }]));
const webSources = webSourcesById(webSourcesFileSchema.parse(sourcesFile));

const D = matrixDataSchema.parse(data);
const table = noteTable.map((r) => noteTableRowSchema.parse(r));
const allCells = Object.entries(D.cells).flatMap(([subject, row]) =>
  Object.entries(row).flatMap(([criterion, views]) => MATRIX_VIEWS.flatMap((view) => (views[view] ? [{ where: `${subject} × ${criterion} (${view})`, cell: views[view] as MatrixCell }] : []))),
);

describe('the comparison matrix data', () => {
  it('has the note’s nine rows, in its order, and the columns the issue asks for', () => {
    expect(D.criteria.filter((c) => c.fromNote).map((c) => c.id)).toEqual(table.map((r) => r.id));
    expect(D.subjects.slice(0, 2).map((s) => s.kind)).toEqual(['camp', 'camp']);
    for (const id of ['vmware-esx', 'microsoft-hyper-v', 'kvm', 'aws-nitro', 'ibm-power']) expect(D.subjects.map((s) => s.id)).toContain(id);
  });
  it('gives every subject every criterion in both views, a value or a stated gap', () => {
    const m = buildMatrix(D, table, { parts, events, tableSlug: 'the-independents', webSources });
    for (const s of m.subjects) for (const c of m.criteria) for (const v of MATRIX_VIEWS) expect(m.cells[s.id][c.id][v].kind, `${s.id} × ${c.id} (${v})`).toMatch(/^(value|gap)$/);
    expect(Object.keys(D.cells).sort()).toEqual(D.subjects.map((s) => s.id).sort());
    for (const [subject, row] of Object.entries(D.cells)) expect(Object.keys(row).sort(), subject).toEqual(D.criteria.map((c) => c.id).sort());
  });
  it('draws the May 2006 view only from the note', () => {
    for (const [subject, row] of Object.entries(D.cells))
      for (const [criterion, views] of Object.entries(row)) {
        const cell = views['2006'];
        if (cell && 'sources' in cell) for (const s of cell.sources) expect('table' in s || 'note' in s, `${subject} × ${criterion}: ${JSON.stringify(s)}`).toBe(true);
      }
  });
  it('resolves every source: a paragraph or footnote of the analysis, a table row, an event', () => {
    const rows = new Set(table.map((r) => r.id));
    for (const { where, cell } of allCells) {
      if (!('sources' in cell)) continue;
      for (const s of cell.sources) {
        if ('note' in s) {
          const [slug, anchor] = s.note.split('#');
          expect(mdx[slug], `${where}: no part ${slug}`).toBeDefined();
          const footnote = /^fn-note-(\d+)$/.exec(anchor);
          const found = footnote ? mdx[slug].includes(`[^note-${footnote[1]}]:`) : blocksById(mdx[slug]).has(anchor);
          expect(found, `${where}: no #${anchor} in ${slug}`).toBe(true);
        }
        if ('table' in s) expect(rows.has(s.table), where).toBe(true);
        if ('event' in s) expect(events[s.event], `${where}: no event ${s.event}`).toBeDefined();
      }
    }
  });
  it('quotes each fact’s source as the shared facts file names it', () => {
    expect(existsSync(FACTS), 'needs ../shared/research/retrospective-facts.md beside the repository').toBe(true);
    const facts = readFileSync(FACTS, 'utf8');
    for (const { where, cell } of allCells)
      if ('sources' in cell) for (const s of cell.sources) if ('fact' in s) expect(facts.includes(s.source), `${where}: “${s.source}” is not in retrospective-facts.md`).toBe(true);
  });
});
