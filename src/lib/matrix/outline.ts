/**
 * What the matrix's settings need to know: the subjects and criteria, which
 * cells say the same thing in a row (for "show only differences") and which
 * changed since 2006 (for "only what changed"). The page renders the cells
 * once, as HTML; the settings island reads this outline back from that
 * table (table-dom.ts) instead of receiving the matrix again as props, so
 * nothing is sent twice (issue 15). Pure.
 */
import { MATRIX_VIEWS, changedSince2006, cellText, type Matrix, type MatrixCriterion, type MatrixSelection, type MatrixSubject, type MatrixView } from './model';

export interface MatrixOutline {
  subjects: MatrixSubject[];
  criteria: MatrixCriterion[];
  /**
   * sameAs[criterion][view][i]: a number for subject i (data order); two
   * subjects have the same number exactly when their cells say the same (an
   * empty cell is its own value, shared by every empty cell of the row).
   */
  sameAs: Record<string, Record<MatrixView, number[]>>;
  /** changed[criterion]: the subjects whose hindsight value differs from May 2006 (see changedSince2006). */
  changed: Record<string, string[]>;
}

/** A row's cells as read from anywhere (the data, or the page's table): what each says in each view ("" if empty), and whether it changed. */
export interface OutlineCell {
  texts: Record<MatrixView, string>;
  changed: boolean;
}

/** The outline from cells[criterion index][subject index]: the one place "same" and "changed" are reduced. */
export function outlineFromCells(subjects: MatrixSubject[], criteria: MatrixCriterion[], cells: OutlineCell[][]): MatrixOutline {
  const sameAs: MatrixOutline['sameAs'] = {};
  const changed: MatrixOutline['changed'] = {};
  criteria.forEach((c, r) => {
    const byView = {} as Record<MatrixView, number[]>;
    for (const view of MATRIX_VIEWS) {
      const seen: string[] = [];
      byView[view] = cells[r].map(({ texts }) => {
        const at = seen.indexOf(texts[view]);
        return at >= 0 ? at : seen.push(texts[view]) - 1;
      });
    }
    sameAs[c.id] = byView;
    changed[c.id] = subjects.filter((_, i) => cells[r][i].changed).map((s) => s.id);
  });
  return { subjects, criteria, sameAs, changed };
}

/** The outline of the full matrix (the server's, and the tests' check on the one read from the page). */
export function outlineOf(m: Matrix): MatrixOutline {
  const cells = m.criteria.map((c) =>
    m.subjects.map((s) => ({
      texts: { '2006': cellText(m.cells[s.id][c.id]['2006']), hindsight: cellText(m.cells[s.id][c.id].hindsight) },
      changed: changedSince2006(m, s.id, c.id),
    })),
  );
  return outlineFromCells(m.subjects, m.criteria, cells);
}

/** True when the chosen subjects' cells in this view are not all the same (a one-column table never differs). */
export function outlineRowDiffers(o: MatrixOutline, criterion: string, subjects: string[], view: MatrixView): boolean {
  const index = new Map(o.subjects.map((s, i) => [s.id, i]));
  return new Set(subjects.map((s) => o.sameAs[criterion][view][index.get(s)!])).size > 1;
}

/** The rows shown for a selection, in the data's order. "Changed since 2006" applies to the hindsight view only. */
export function visibleCriteria(o: MatrixOutline, sel: MatrixSelection): MatrixCriterion[] {
  return o.criteria.filter(
    (c) =>
      sel.criteria.includes(c.id) &&
      (!sel.onlyDifferences || outlineRowDiffers(o, c.id, sel.subjects, sel.view)) &&
      (!sel.onlyChanged || sel.view !== 'hindsight' || sel.subjects.some((s) => o.changed[c.id].includes(s))),
  );
}
