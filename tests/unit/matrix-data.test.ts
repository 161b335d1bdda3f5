/**
 * content/data/matrix.json: every subject has every criterion in both views
 * (a value or a stated gap), and every source resolves to a place in the
 * analysis, an event on /hindsight/, a row of the shared facts file, or a
 * source we checked (content/data/sources.json; see matrix-sources.test.ts).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../content/data/matrix.json';
import noteTable from '../../content/data/note-table.json';
import hindsight from '../../content/data/hindsight.json';
import sourcesFile from '../../content/data/sources.json';
import { matrixDataSchema, noteTableRowSchema, type MatrixCell } from '../../src/lib/content-schemas';
import { MATRIX_VIEWS, buildMatrix } from '../../src/lib/matrix/model';
import { blocksById } from '../../src/lib/editions';
import { sourcesById, sourcesFileSchema } from '../../src/lib/sources';

const ROOT = join(import.meta.dirname, '..', '..');
const ANALYSIS = join(ROOT, 'content', 'analysis');
const mdx = Object.fromEntries(readdirSync(ANALYSIS).map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(ANALYSIS, f), 'utf8')]));
const frontmatter = (text: string, key: string) => new RegExp(`^${key}:\\s*"?([^"\\n]+)"?`, 'm').exec(text)?.[1] ?? '';
const parts = Object.fromEntries(Object.entries(mdx).map(([slug, text]) => [slug, { part: Number(frontmatter(text, 'part')), title: frontmatter(text, 'title') }]));
const events = Object.fromEntries(hindsight.events.map((e) => [e.id, { date: e.date }]));
const sources = sourcesById(sourcesFileSchema.parse(sourcesFile));

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
    const m = buildMatrix(D, table, { parts, events, tableSlug: 'the-independents', sources });
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
  it('cites every fact it takes from a source by the source’s id, with the fact in our words', () => {
    let facts = 0;
    for (const { where, cell } of allCells)
      if ('sources' in cell)
        for (const s of cell.sources)
          if ('fact' in s && s.fact) {
            facts++;
            expect(sources[s.sourceId], `${where}: no source ${s.sourceId}`).toBeDefined();
          }
    expect(facts).toBeGreaterThan(0);
  });
});

/* Issue 12: the corrected cells, pinned. */
const cellOf = (subject: string, criterion: string, view: '2006' | 'hindsight') => {
  const cell = D.cells[subject][criterion][view];
  if (!cell || !('value' in cell)) throw new Error(`${subject} × ${criterion} (${view}) is not a value`);
  return cell;
};
const text = (c: { value: string; note?: string }) => `${c.value} ${c.note ?? ''}`;
const eventIds = (c: { sources: Array<Record<string, unknown>> }) => c.sources.flatMap((s) => ('event' in s ? [s.event as string] : []));

describe('the comparison matrix: facts corrected in issue 12', () => {
  it('says Sun shipped xVM in Solaris Express 1/08 and OpenSolaris up to 2009.06, never in Solaris 10', () => {
    const packaging = cellOf('sun-xvm', 'packaging', 'hindsight');
    expect(packaging.value).toMatch(/Solaris Express 1\/08/);
    expect(packaging.value).toMatch(/2009\.06/);
    expect(packaging.value).toMatch(/never in Solaris 10/);
    expect(eventIds(packaging)).toEqual(expect.arrayContaining(['sxde-1-08-xvm', 'opensolaris-2009-06-xvm']));
    expect(cellOf('sun-xvm', 'first-available', 'hindsight').value).toMatch(/1\/08/);
  });
  it('labels AWS Nitro as our analogy and counts it for neither camp', () => {
    const nitro = D.subjects.find((s) => s.id === 'aws-nitro')!;
    expect(nitro.label).toMatch(/our analogy/);
    expect(nitro.description).toMatch(/analogy/);
    expect(text(cellOf('aws-nitro', 'packaging', 'hindsight'))).toMatch(/analogy/);
    for (const camp of ['os-embedded', 'independent'])
      for (const [criterion, views] of Object.entries(D.cells[camp]))
        for (const cell of Object.values(views)) if (cell && 'sources' in cell) expect(eventIds(cell).filter((e) => e.startsWith('aws-')), `${camp} × ${criterion}`).toEqual([]);
  });
  it('dates KVM’s merge to December 2006 and its first release to Linux 2.6.20 (February 2007)', () => {
    const kvm = D.subjects.find((s) => s.id === 'kvm')!;
    expect(kvm.description).toMatch(/December 2006.*2\.6\.20 \(February 2007\)/);
    expect(cellOf('kvm', 'technologies', 'hindsight').value).toBe('KVM, first released in Linux 2.6.20 (February 2007)');
    expect(eventIds(cellOf('kvm', 'first-available', 'hindsight'))).toContain('kvm-merged-tree');
  });
  it('has ESX Server 3i as an option on servers from 2008, not a standard part', () => {
    for (const [subject, view] of [['vmware-esx', 'hindsight'], ['independent', 'hindsight']] as const) {
      const c = cellOf(subject, 'packaging', view);
      expect(text(c), subject).toMatch(/option/);
      expect(eventIds(c), subject).toContain('esx-3i-oem-ships');
    }
  });
  it('keeps the note’s 2002 for ESX in the 2006 view and marks our sourced 2001 correction', () => {
    const note = cellOf('vmware-esx', 'first-available', '2006');
    expect(note.value).toBe('2002');
    expect(note.note).toMatch(/Our correction: ESX Server 1\.0 shipped in 2001/);
    const ours = cellOf('vmware-esx', 'first-available', 'hindsight');
    expect(ours.value).toMatch(/2001 \(the note says 2002\)/);
    expect(ours.sources.some((s) => 'sourceId' in s && /2001/.test(s.fact ?? '') && sources[s.sourceId].url)).toBe(true);
    expect(cellOf('vmware-esx', 'status-today', '2006').value).toMatch(/in fact 2001/);
  });
  it('says VMware’s 85 percent was measured before Hyper-V existed', () => {
    for (const subject of ['vmware-esx', 'independent']) {
      const c = cellOf(subject, 'status-today', 'hindsight');
      expect(eventIds(c), subject).toContain('vmware-share-85');
      expect(c.note, subject).toMatch(/August 2007, before Hyper-V existed/);
    }
  });
  it('restores the note’s hedges in the 2006 view', () => {
    expect(cellOf('microsoft-hyper-v', 'packaging', '2006').value).toMatch(/bundled into Windows or sold as an add-on/);
    expect(cellOf('microsoft-hyper-v', 'multi-os', '2006').value).toMatch(/wholehearted/);
    expect(cellOf('independent', 'licensing', '2006').value).toMatch(/price will fall/);
    expect(cellOf('os-embedded', 'status-today', '2006').note).toMatch(/might well become/);
    expect(cellOf('vmware-esx', 'control', '2006').note).toMatch(/resource management, the virtual network and device I\/O, which Xen leaves to Dom0/);
    expect(cellOf('independent', 'free-edition', '2006').note).toMatch(/main subject/);
    for (const { where, cell } of allCells) if ('value' in cell) expect(text(cell), where).not.toMatch(/Xen leaves (resource )?scheduling/);
  });
});
