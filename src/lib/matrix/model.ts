/**
 * The comparison matrix as the page uses it: content/data/matrix.json merged
 * with the note's table (content/data/note-table.json), every source resolved
 * to a label and a link, and the questions the page asks of it (what changed
 * since 2006, which rows differ). Pure: data in, data out.
 */
import { MATRIX_VIEWS, type MatrixCell, type MatrixData, type MatrixView, type NoteTableRow } from '../content-schemas';
import { resolveSource, type ResolvedSource, type SourceContext } from '../source-refs';

export { MATRIX_VIEWS, type MatrixView, type ResolvedSource, type SourceContext };

export const VIEW_LABELS: Record<MatrixView, string> = {
  '2006': 'As the note saw it, May 2006',
  hindsight: 'With hindsight, 2026',
};

export type ResolvedCell =
  | { kind: 'value'; value: string; note?: string; sources: ResolvedSource[] }
  | { kind: 'gap'; gap: string };

export interface MatrixCriterion {
  id: string;
  label: string;
  fromNote: boolean;
  question?: string;
}

export interface MatrixSubject {
  id: string;
  label: string;
  kind: 'camp' | 'product';
  description: string;
}

export interface Matrix {
  criteria: MatrixCriterion[];
  subjects: MatrixSubject[];
  /** cells[subject][criterion][view], complete: buildMatrix throws if one is missing. */
  cells: Record<string, Record<string, Record<MatrixView, ResolvedCell>>>;
}

/** The two camps' columns, as the note drew them: their May 2006 cells come from its table. */
const CAMP_COLUMNS: Record<string, keyof Pick<NoteTableRow, 'osEmbedded' | 'independent'>> = {
  'os-embedded': 'osEmbedded',
  independent: 'independent',
};

function resolveCell(cell: MatrixCell, ctx: SourceContext, rows: Map<string, NoteTableRow>): ResolvedCell {
  if ('gap' in cell) return { kind: 'gap', gap: cell.gap };
  return { kind: 'value', value: cell.value, note: cell.note, sources: cell.sources.map((s) => resolveSource(s, ctx, rows)) };
}

/** Merges the data with the note's table and resolves every source; throws on anything missing, so the build fails. */
export function buildMatrix(data: MatrixData, noteTable: NoteTableRow[], ctx: SourceContext): Matrix {
  const rows = new Map(noteTable.map((r) => [r.id, r]));
  const criteria = data.criteria.map((c) => {
    const row = rows.get(c.id);
    if (c.fromNote && !row) throw new Error(`matrix: criterion "${c.id}" is marked fromNote but the note's table has no such row`);
    const label = c.label ?? row?.criterion;
    if (!label) throw new Error(`matrix: criterion "${c.id}" needs a label`);
    return { id: c.id, label, fromNote: c.fromNote, question: c.question };
  });
  const cells: Matrix['cells'] = {};
  for (const subject of data.subjects) {
    cells[subject.id] = {};
    for (const criterion of criteria) {
      const given = data.cells[subject.id]?.[criterion.id];
      if (!given) throw new Error(`matrix: no cells for ${subject.id} × ${criterion.id}`);
      const column = CAMP_COLUMNS[subject.id];
      const fromTable = column && criterion.fromNote ? rows.get(criterion.id)! : undefined;
      if (fromTable && given['2006']) throw new Error(`matrix: ${subject.id} × ${criterion.id} (2006) repeats the note's table; leave it out`);
      const cell2006: MatrixCell | undefined = fromTable ? { value: fromTable[column], sources: [{ table: criterion.id }] } : given['2006'];
      if (!cell2006) throw new Error(`matrix: no 2006 cell for ${subject.id} × ${criterion.id}`);
      cells[subject.id][criterion.id] = { '2006': resolveCell(cell2006, ctx, rows), hindsight: resolveCell(given.hindsight, ctx, rows) };
    }
  }
  return { criteria, subjects: data.subjects, cells };
}

/** What a cell says, for comparing: its value, or that it is empty. */
export function cellText(cell: ResolvedCell): string {
  return cell.kind === 'value' ? cell.value : '';
}

/**
 * True when hindsight says something the 2006 view did not: a different
 * value, or a value where the note was silent. A hindsight gap is not a
 * change: it means the checked facts are silent, not that the claim failed.
 */
export function changedSince2006(m: Matrix, subject: string, criterion: string): boolean {
  const c = m.cells[subject][criterion];
  return c.hindsight.kind === 'value' && cellText(c['2006']) !== cellText(c.hindsight);
}

/** True when the chosen subjects' cells in this view are not all the same (a one-column table never differs). */
export function rowDiffers(m: Matrix, criterion: string, subjects: string[], view: MatrixView): boolean {
  return new Set(subjects.map((s) => cellText(m.cells[s][criterion][view]))).size > 1;
}

/** One source the matrix cites, with its number in the list under the table. */
export interface MatrixReference {
  number: number;
  /** As the first cell to cite it resolved it (for an outside source, `fact` and `label` are that cell's). */
  source: ResolvedSource;
}

/** What makes two citations the same source: the outside source's id, else the place on the site. */
export const referenceKey = (s: ResolvedSource) => (s.sourceId ? `source:${s.sourceId}` : s.path ? `path:${s.path}` : `label:${s.label}`);

/**
 * Every source the matrix cites, each once, numbered in the order a reader meets them: row by row, column by
 * column, the May 2006 view before hindsight. The page lists them under the table and a cell cites them by
 * number: a title, an address and an archived copy, or a place in the note or on /hindsight/, are then sent
 * once rather than in each of the cells that cite them (issue 15: the page within 180 KB).
 */
export function matrixReferences(m: Matrix): Map<string, MatrixReference> {
  const refs = new Map<string, MatrixReference>();
  for (const c of m.criteria)
    for (const s of m.subjects)
      for (const view of MATRIX_VIEWS) {
        const cell = m.cells[s.id][c.id][view];
        if (cell.kind !== 'value') continue;
        for (const src of cell.sources) if (!refs.has(referenceKey(src))) refs.set(referenceKey(src), { number: refs.size + 1, source: src });
      }
  return refs;
}

/** Anchor of a numbered source in the list under the matrix. */
export const referenceAnchor = (n: number) => `r${n}`;

/** Anchor of a criterion's row on /tools/matrix/. */
export const rowAnchor = (criterion: string) => `row-${criterion}`;
/** Anchor of one cell on /tools/matrix/. */
export const cellAnchor = (subject: string, criterion: string) => `cell-${subject}-${criterion}`;

/** The subject and criterion a cell anchor names, if any (ids contain hyphens, so it is looked up, not split). */
export function parseCellAnchor(m: Pick<Matrix, 'subjects' | 'criteria'>, anchor: string): { subject: string; criterion: string } | undefined {
  for (const s of m.subjects) for (const c of m.criteria) if (cellAnchor(s.id, c.id) === anchor) return { subject: s.id, criterion: c.id };
  return undefined;
}

/** What the reader chose to see (see url-state.ts). */
export interface MatrixSelection {
  view: MatrixView;
  subjects: string[];
  criteria: string[];
  onlyDifferences: boolean;
  onlyChanged: boolean;
}
