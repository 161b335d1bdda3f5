/**
 * The matrix as the reader sees it, as CSV for a spreadsheet: one row per
 * criterion shown, and for each subject chosen its value, its note and its
 * sources (a source off the site with its address). An empty cell says why it is empty.
 */
import { csvRow } from '../csv';
import { VIEW_LABELS, type Matrix, type MatrixSelection } from './model';
import { outlineOf, visibleCriteria } from './outline';

export function matrixCsv(m: Matrix, sel: MatrixSelection, link: string): string {
  const subjects = sel.subjects.map((id) => m.subjects.find((s) => s.id === id)!).filter(Boolean);
  const lines = [
    csvRow('Criterion', ...subjects.flatMap((s) => [s.label, `${s.label}: note`, `${s.label}: sources`])),
    ...visibleCriteria(outlineOf(m), sel).map((c) =>
      csvRow(
        c.label,
        ...subjects.flatMap((s) => {
          const cell = m.cells[s.id][c.id][sel.view];
          if (cell.kind === 'gap') return ['', `No entry: ${cell.gap}`, ''];
          return [cell.value, cell.note ?? '', cell.sources.map((src) => (src.href ? `${src.label} <${src.href}>` : src.label)).join('; ')];
        }),
      ),
    ),
    '',
    csvRow('View', VIEW_LABELS[sel.view]),
    csvRow('Link', link),
    csvRow('Source', 'Gordon Haff, “Hypervisor Home”, Illuminata, 22 May 2006; restated and extended by Hypervisor Home'),
  ];
  return lines.join('\r\n') + '\r\n';
}

/** A file name that says which view it holds. */
export const matrixCsvName = (sel: MatrixSelection) => `hypervisor-matrix-${sel.view}.csv`;
