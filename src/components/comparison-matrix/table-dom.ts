/**
 * The settings island's hands on the server-rendered table (MatrixTable.astro):
 * it shows the chosen columns, rows and view by switching classes and
 * attributes, and turns each cell's value into a button that opens the cell's
 * note and sources in place. The table is not React's: it is the page's HTML,
 * sent once, and a view switch is one attribute per row, on the rows on
 * screen first (issue 15: the goal is a frame, 50 ms at 4x, with every
 * column; npm run bench says how close a switch comes).
 */
import { MATRIX_VIEWS, type MatrixCriterion, type MatrixSubject, type MatrixView } from '../../lib/matrix/model';
import { outlineFromCells, type MatrixOutline, type OutlineCell } from '../../lib/matrix/outline';
import type { MatrixLayout } from '../../lib/matrix/layout';

/** What the table shows besides the view (applyView). */
export interface TableSelection {
  /** Subjects shown. */
  subjects: Set<string>;
  /** Criteria shown (after the "show only" filters). */
  rows: Set<string>;
  layout: MatrixLayout;
  /** Number of subjects shown, for the cards' grid. */
  columns: number;
  /** The width the matrix has, in px: when it changes, so do the cards' heights. */
  width: number;
}

/** What applySelection last wrote on a table, so the next call writes only what changed. */
interface Applied {
  /** The view shown (applyView), or none before the first call. */
  view?: MatrixView;
  layout: string;
  perLine: string;
  subjects: string;
  rows: string;
  width: number;
  /** Counts the times the cards were laid out anew, so a late "settled" does not outlive a newer change. */
  laidOut: number;
  /** Whether the changed cells have pulsed on this page: they do so once, the first time the hindsight view comes in. */
  pulsed: boolean;
}
const applied = new WeakMap<HTMLElement, Applied>();

/**
 * For each table watched (watchRows), whether each body row is on screen, as the browser last said. A row it
 * has not yet reported on counts as on screen, and so does every row of a table not watched: nothing waits on
 * a guess.
 */
const rowsOnScreen = new WeakMap<HTMLTableElement, WeakMap<Element, boolean>>();

/**
 * Follows which of the table's body rows are on screen (an IntersectionObserver), so that a view switch can
 * show the new view on those rows in the click's frame and on the rest just after (applyView). Returns
 * the undo, for React.
 */
export function watchRows(table: HTMLTableElement): () => void {
  if (typeof IntersectionObserver === 'undefined') return () => {};
  const onScreen = new WeakMap<Element, boolean>();
  rowsOnScreen.set(table, onScreen);
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) onScreen.set(entry.target, entry.isIntersecting);
  });
  for (const row of table.tBodies[0].rows) observer.observe(row);
  return () => {
    observer.disconnect();
    rowsOnScreen.delete(table);
  };
}

/** Runs `then` in a task after the next frame is out: the click's or the key's paint does not wait for it. */
const afterPaint = (then: () => void) => requestAnimationFrame(() => setTimeout(then));

/** Shows `view` on a row (matrix.css: data-row-view; a row without it shows May 2006, as the page is sent). */
function showView(row: HTMLTableRowElement, view: MatrixView): void {
  if ((row.dataset.rowView ?? '2006') !== view) row.dataset.rowView = view;
}

/**
 * Shows what `sel` asks for; `subjectIds` and `criterionIds` are in the data's (and the table's) order. The
 * view is applyView's, called after this. It only writes, and only what differs from the last call. Reading a
 * size here would force a layout of the old state first, before the new one.
 */
export function applySelection(root: HTMLElement, table: HTMLTableElement, subjectIds: string[], criterionIds: string[], sel: TableSelection): void {
  const last = applied.get(root);
  const next: Applied = {
    view: last?.view,
    layout: sel.layout.kind,
    perLine: String(sel.layout.kind === 'cards' ? sel.layout.perLine : sel.columns),
    subjects: subjectIds.filter((id) => sel.subjects.has(id)).join(),
    rows: criterionIds.filter((id) => sel.rows.has(id)).join(),
    width: sel.width,
    laidOut: last?.laidOut ?? 0,
    pulsed: last?.pulsed ?? false,
  };
  applied.set(root, next);
  // Cards off screen are skipped (content-visibility: auto, matrix.css: data-settled) and keep the height they
  // had when last laid out. So whenever the cards change shape (layout, columns, rows, width), every card is
  // laid out once, in full, for a frame, before skipping resumes: a skipped card then takes its true height,
  // not a guess, and nothing moves as the reader scrolls to it. A view switch changes no card's height (the
  // two views lie on top of each other), so it keeps skipping.
  if (next.layout !== last?.layout || next.perLine !== last.perLine || next.subjects !== last.subjects || next.rows !== last.rows || next.width !== last.width) {
    const round = ++next.laidOut;
    delete root.dataset.settled;
    afterPaint(() => {
      if (applied.get(root)?.laidOut === round) root.dataset.settled = '';
    });
  }
  const bodyRows = table.tBodies[0].rows;
  if (next.layout !== last?.layout) root.dataset.layout = next.layout;
  // An inherited custom property: every element under the root is restyled when it changes, so only then.
  if (next.perLine !== last?.perLine) root.style.setProperty('--matrix-per-line', next.perLine);
  if (next.subjects !== last?.subjects) {
    const off = subjectIds.map((id) => !sel.subjects.has(id));
    const headRow = table.tHead!.rows[0];
    off.forEach((isOff, i) => headRow.cells[i + 1].classList.toggle('is-off', isOff));
    for (const row of bodyRows) off.forEach((isOff, i) => row.cells[i + 1].classList.toggle('is-off', isOff));
  }
  if (next.rows !== last?.rows)
    criterionIds.forEach((id, r) => {
      const shown = sel.rows.has(id);
      bodyRows[r].classList.toggle('is-off', !shown);
      // A row hidden by the filters counts as off screen, so a view switch may have left it for the catch-up;
      // brought back (the filters depend on the view), it shows the table's view in the same frame.
      if (shown && next.view) showView(bodyRows[r], next.view);
    });
}

/**
 * Shows `view` in the table, if it is not shown already. The view radios' handler calls it straight away
 * (ComparisonMatrix.tsx), so the rows on screen change in the click's frame, before React renders the
 * settings; the island's layout effect calls it when the view it has committed changes (a link, a searched
 * cell). Does nothing before applySelection's first call (the island not hydrated).
 */
export function applyView(root: HTMLElement, table: HTMLTableElement, view: MatrixView): void {
  const state = applied.get(root);
  if (!state || state.view === view) return;
  const first = state.view === undefined;
  state.view = view;
  root.dataset.view = view;
  // The rows on screen now, in this frame; the others (below or above the window, though the browser may keep
  // them rendered: measured on the phone profile, content-visibility: auto still rendered cards whose top was
  // 1,200 px below an 823 px window) in a task after the frame is out. On a phone the radios and the table are
  // rarely on screen together, and at 4x, with every column, the two cards below the window took 10 to 16 ms
  // of the click's restyle (issue 15). Each catch-up shows the latest view chosen, so a quick switch back is
  // never overtaken by an earlier one. The first view (at hydration, from a link) goes on every row at once.
  const onScreen = rowsOnScreen.get(table);
  for (const row of table.tBodies[0].rows) if (first || onScreen?.get(row) !== false) showView(row, view);
  // Changed cells pulse as the hindsight view first comes in (matrix.css, data-pulse), from the frame after
  // the one that shows the view: starting a hundred animations in that frame would delay the view itself.
  // Only the first time: the tint and the "Changed" mark say it after that, and the pulse is drawn by the
  // main thread, frame by frame, for 1.2 s, so a reader switching back and forth would wait on it (issue 15:
  // at 4x, clicked as npm run bench clicks, switches made while it ran read 20 to 30 ms longer).
  delete root.dataset.pulse;
  const pulse = view === 'hindsight' && !state.pulsed;
  if (pulse) state.pulsed = true;
  afterPaint(() => {
    const latest = applied.get(root)?.view;
    if (latest) for (const row of table.tBodies[0].rows) showView(row, latest);
    if (pulse && latest === 'hindsight') root.dataset.pulse = '';
  });
}

/** What each view of a cell says (value, note, sources), for finding a searched word. */
export function cellTexts(cell: HTMLElement): Record<MatrixView, string> {
  return Object.fromEntries(MATRIX_VIEWS.map((v) => [v, cell.querySelector(`.v-${v}`)?.textContent ?? ''])) as Record<MatrixView, string>;
}

/** What the details of a cell's view say (note, sources), to open them when a searched word is there. */
export function detailsText(cell: HTMLElement, view: MatrixView): string {
  return cell.querySelector(`.v-${view} > div`)?.textContent ?? '';
}

/**
 * Writes a cell's sources out in full, as the list under the table has them: the page cites them by number
 * ("[12]", a link to the entry), so that each is sent once (MatrixTable.astro); a reader who opens a cell
 * then sees each source named, linked to the place, or to the original and the archived copy, as before.
 * Once per cell: the numbers are gone afterwards.
 */
export function showSources(cell: HTMLElement): void {
  for (const ref of cell.querySelectorAll<HTMLAnchorElement>('.src a[href^="#r"]')) {
    const entry = document.getElementById(ref.hash.slice(1));
    if (!entry) continue;
    const full = document.createElement('span');
    if (entry.dataset.sourceId) full.dataset.sourceId = entry.dataset.sourceId;
    full.append(...[...entry.childNodes].map((n) => n.cloneNode(true)));
    ref.replaceWith(full);
  }
}

/** Opens or closes a cell's details (its sources written out), keeping every value button's aria-expanded in step. */
export function setCellOpen(cell: HTMLElement, open: boolean): void {
  if (open) showSources(cell);
  cell.classList.toggle('is-open', open);
  for (const b of cell.querySelectorAll('button.val')) b.setAttribute('aria-expanded', String(open));
}

/**
 * Makes each value a button that opens the cell's note, sources and link in
 * place (in the flow of the table, so they are never clipped), and Esc close
 * them again, returning focus to the value. In a changed cell's hindsight view
 * it adds the "Changed" mark and, in the details, what May 2006 said: the page
 * does not send them, since without JS both views show, one above the other
 * (MatrixTable.astro). Returns the undo, for React.
 */
export function enhanceCells(table: HTMLTableElement): () => void {
  const made: Array<[HTMLButtonElement, HTMLElement]> = [];
  const added: Element[] = [];
  // The value (a b in the page's HTML) becomes a button.val.
  for (const span of table.querySelectorAll<HTMLElement>('.matrix-v > b')) {
    const view = span.closest('.matrix-v')!;
    const details = view.querySelector<HTMLElement>(':scope > div')!;
    const cell = span.closest('td')!;
    const hindsight = view.classList.contains('v-hindsight');
    details.id = `${cell.id}-${hindsight ? 'hindsight' : '2006'}-details`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'val';
    button.textContent = span.textContent;
    button.setAttribute('aria-expanded', 'false');
    button.setAttribute('aria-controls', details.id);
    span.replaceWith(button);
    made.push([button, span]);
    if (hindsight && cell.classList.contains('is-changed')) {
      const badge = document.createElement('span');
      badge.className = 'matrix-badge';
      badge.textContent = 'Changed';
      button.after(badge);
      const then = cell.querySelector('.v-2006');
      const was = document.createElement('p');
      was.className = 'matrix-was';
      was.textContent = `In May 2006: ${!then || then.classList.contains('is-gap') ? 'no entry' : (then.firstElementChild?.textContent ?? '')}`;
      details.insertBefore(was, details.querySelector(':scope > .src'));
      added.push(badge, was);
    }
  }
  const onClick = (e: MouseEvent) => {
    const button = (e.target as Element).closest('button.val');
    const cell = button?.closest('td');
    if (cell) setCellOpen(cell, !cell.classList.contains('is-open'));
  };
  const onKey = (e: KeyboardEvent) => {
    const cell = (e.target as Element).closest('td');
    if (e.key !== 'Escape' || !cell?.classList.contains('is-open')) return;
    setCellOpen(cell, false);
    // Focus the value of the view on screen (the other lies under it, invisible: see matrix.css).
    const view = cell.closest('tr')?.dataset.rowView ?? '2006';
    cell.querySelector<HTMLButtonElement>(`.v-${view} button.val`)?.focus();
    e.stopPropagation();
  };
  table.addEventListener('click', onClick);
  table.addEventListener('keydown', onKey);
  return () => {
    table.removeEventListener('click', onClick);
    table.removeEventListener('keydown', onKey);
    for (const el of added) el.remove();
    for (const [button, span] of made) button.replaceWith(span);
  };
}

/** The first text of an element, without its children's (a header's label, not its "product" line). */
const ownText = (el: Element) => [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').trim();

/**
 * The matrix's outline read back from the page's table (and the subjects'
 * descriptions from the list of columns), so the island is not sent the
 * matrix a second time as props. Reduced by the same code as the server's
 * (outlineFromCells), and checked against it by tests/e2e/matrix.spec.ts.
 */
export function outlineFromTable(table: HTMLTableElement, descriptions: Element[]): MatrixOutline {
  const heads = [...table.tHead!.rows[0].cells].slice(1);
  const subjects: MatrixSubject[] = heads.map((th, i) => ({
    id: th.id.replace(/^col-/, ''),
    label: ownText(th),
    kind: th.classList.contains('is-camp') ? 'camp' : 'product',
    description: descriptions[i]?.textContent?.trim() ?? '',
  }));
  const rows = [...table.tBodies[0].rows];
  const criteria: MatrixCriterion[] = rows.map((tr) => {
    const th = tr.cells[0];
    return { id: th.id.replace(/^row-/, ''), label: ownText(th), fromNote: !th.querySelector('.matrix-added') };
  });
  const cells: OutlineCell[][] = rows.map((tr) =>
    [...tr.cells].slice(1).map((td) => {
      const text = (view: MatrixView) => {
        const v = td.querySelector(`.v-${view}`);
        return !v || v.classList.contains('is-gap') ? '' : (v.firstElementChild?.textContent ?? '').trim();
      };
      return { texts: { '2006': text('2006'), hindsight: text('hindsight') }, changed: td.classList.contains('is-changed') };
    }),
  );
  return outlineFromCells(subjects, criteria, cells);
}

/** Labels each cell with its subject, for the cards layout (its ::before), where the header row is not shown. */
export function labelCells(table: HTMLTableElement, subjects: MatrixSubject[]): void {
  for (const tr of table.tBodies[0].rows) subjects.forEach((s, i) => tr.cells[i + 1]?.setAttribute('data-label', s.label));
}
