/**
 * The comparison matrix's settings: view, columns, rows, "show only", copy
 * link, CSV. The matrix itself is the table the server rendered once
 * (MatrixTable.astro): the page without JavaScript, and what search indexes.
 * This island gets no data as props: it reads the matrix's outline
 * (src/lib/matrix/outline.ts) back from that table, so nothing is sent
 * twice, and it shows the reader's choice
 * by switching classes on that table (table-dom.ts), so a view switch costs
 * one style pass of the rows on screen, not a re-render of every cell
 * (issue 15). Every model question (what changed, which rows differ, the
 * layout) is answered in src/lib/matrix/. Beside this file: what a link asks
 * for on arrival (arrival.ts), the view radios (ViewChoice.tsx), and the
 * column and row choosers (Chooser.tsx).
 */
import { startTransition, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from "react";
import {
  VIEW_LABELS,
  type Matrix,
  type MatrixView,
} from "../../lib/matrix/model";
import { visibleCriteria, type MatrixOutline } from "../../lib/matrix/outline";
import { matrixLayout } from "../../lib/matrix/layout";
import {
  defaultState,
  encodeState,
  revealTarget,
  type MatrixIds,
  type MatrixState,
} from "../../lib/matrix/url-state";
import { matrixCsv, matrixCsvName } from "../../lib/matrix/export";
import { download } from "../shared/download";
import { Notices } from "../shared/Notices";
import { useCopy } from "../shared/useCopy";
import { addressOf, useQueryInUrl } from "../shared/useQueryInUrl";
import {
  applySelection,
  applyView,
  enhanceCells,
  labelCells,
  outlineFromTable,
  watchRows,
} from "./table-dom";
import { arrivalFromLink } from "./arrival";
import { Chooser } from "./Chooser";
import { ViewChoice } from "./ViewChoice";

interface Props {
  /** Where the full matrix is, as JSON, for the CSV (fetched only when a reader asks for one). */
  dataUrl: string;
  /** The table (MatrixTable.astro), passed as static HTML: React renders it once and never again. */
  children?: ReactNode;
}

/** The table, once the island has found it (it is the page's, not React's). */
function matrixElements() {
  const root = document.getElementById("matrix");
  const table = document.getElementById(
    "matrix-table",
  ) as HTMLTableElement | null;
  return root && table ? { root, table } : undefined;
}

/** The space the matrix has: its width and the root font size, in px (both read only when its size changes). */
interface Room {
  width: number;
  rem: number;
}
const measureRoom = (root: HTMLElement): Room => ({
  width: root.clientWidth,
  rem: parseFloat(getComputedStyle(document.documentElement).fontSize) || 16,
});

const idsOf = (outline: MatrixOutline): MatrixIds => ({
  subjects: outline.subjects.map((s) => s.id),
  criteria: outline.criteria.map((c) => c.id),
  // The note's table is the camps' columns: the default view, and a preset.
  defaultSubjects: outline.subjects
    .filter((s) => s.kind === "camp")
    .map((s) => s.id),
});
const NO_OUTLINE: MatrixOutline = {
  subjects: [],
  criteria: [],
  sameAs: {},
  changed: {},
};

export default function ComparisonMatrix({ dataUrl, children }: Props) {
  // Read from the page's table once hydrated; until then the settings are shown disabled.
  const [outline, setOutline] = useState<MatrixOutline>(NO_OUTLINE);
  const ids = useMemo(() => idsOf(outline), [outline]);
  const [state, setState] = useState<MatrixState>(() => defaultState(ids));
  const [hydrated, setHydrated] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  // Measured once at hydration and then by a ResizeObserver (after the browser's own layout), never while
  // the table is being changed: a read there would force a layout of the old state before the new one.
  const [room, setRoom] = useState<Room>({ width: 0, rem: 16 });
  const [copyStatus, copy] = useCopy();
  // The view the table was last given from a commit (the layout effect below); pickView gives it sooner.
  const committedView = useRef<MatrixView | undefined>(undefined);

  // Once hydrated: read the outline from the table, then the link's settings, then a cell or row anchor,
  // which is made visible in the view that holds the searched words (?highlight=), with the cell's details
  // open if the words are there.
  useEffect(() => {
    const els = matrixElements();
    if (!els) return;
    const read = outlineFromTable(els.table, [
      ...document.querySelectorAll("#matrix-subjects dd"),
    ]);
    const readIds = idsOf(read);
    labelCells(els.table, read.subjects);
    const undo = enhanceCells(els.table);
    const unwatch = watchRows(els.table);
    const { state: arrived, notices: arrivalNotices } = arrivalFromLink(read, readIds);
    setOutline(read);
    setRoom(measureRoom(els.root));
    setState(arrived);
    setNotices(arrivalNotices);
    setHydrated(true);
    const onHash = () =>
      setState((s) =>
        revealTarget(
          read,
          s,
          decodeURIComponent(window.location.hash.slice(1)),
        ),
      );
    window.addEventListener("hashchange", onHash);
    const resized = new ResizeObserver(() => {
      const now = measureRoom(els.root);
      setRoom((r) => (now.width === r.width && now.rem === r.rem ? r : now));
    });
    resized.observe(els.root);
    return () => {
      window.removeEventListener("hashchange", onHash);
      resized.disconnect();
      unwatch();
      undo();
    };
  }, []);

  const rows = visibleCriteria(outline, state);

  // Show the choice on the table before the browser paints it.
  useLayoutEffect(() => {
    const els = matrixElements();
    if (!els || !hydrated) return;
    applySelection(els.root, els.table, ids.subjects, ids.criteria, {
      subjects: new Set(state.subjects),
      rows: new Set(rows.map((c) => c.id)),
      layout: matrixLayout(state.subjects.length, room.width, room.rem),
      columns: state.subjects.length,
      width: room.width,
    });
    // The view only when the committed one changes. A render while a picked view's transition is pending
    // (another setting used at once) still holds the view before it, and the table already shows the pick.
    if (committedView.current !== state.view) {
      committedView.current = state.view;
      applyView(els.root, els.table, state.view);
    }
    const caption = els.table.querySelector(".matrix-caption-js");
    const captionText = `${VIEW_LABELS[state.view]}: ${state.subjects.map((id) => outline.subjects.find((s) => s.id === id)?.label).join(", ")}`;
    if (caption && caption.textContent !== captionText)
      caption.textContent = captionText;
    if (!("hydrated" in els.root.dataset)) els.root.dataset.hydrated = "";
  });

  // After the first hydrated render, bring a linked cell or row into view (it may have been hidden before).
  useEffect(() => {
    if (!hydrated || !window.location.hash) return;
    document
      .getElementById(decodeURIComponent(window.location.hash.slice(1)))
      ?.scrollIntoView({ block: "center" });
  }, [hydrated]);

  // Keep the address in step, so the URL bar holds a link to this view (from the frame after it shows).
  const query = encodeState(state, ids);
  useQueryInUrl(query, hydrated);

  const update = (patch: Partial<MatrixState>) =>
    setState((s) => ({ ...s, ...patch }));
  // The choosers' lists change only with the outline: kept, with their handlers, so that a view switch
  // re-renders the view's radios and the status line, not every checkbox (Chooser is memo'd).
  const choices = useMemo(
    () => ({
      subjects: outline.subjects.map((s) => ({
        id: s.id,
        label: s.label,
        hint: s.description,
      })),
      subjectPresets: [
        ["The two camps", ids.defaultSubjects],
        [
          "Products only",
          ids.subjects.filter((s) => !ids.defaultSubjects.includes(s)),
        ],
        ["All", ids.subjects],
      ] as Array<[string, string[]]>,
      criteria: outline.criteria.map((c) => ({ id: c.id, label: c.label })),
      criterionPresets: [
        ["All", ids.criteria],
        [
          "The note’s nine",
          outline.criteria.filter((c) => c.fromNote).map((c) => c.id),
        ],
        [
          "Added today",
          outline.criteria.filter((c) => !c.fromNote).map((c) => c.id),
        ],
      ] as Array<[string, string[]]>,
    }),
    [outline, ids],
  );
  // A view picked: the table shows it on the rows on screen at once, in the click's frame (applyView), and the
  // rest (the status line, the caption, the address, "Copy link", the rows the "show only" filters keep)
  // follows in a transition, which the browser can paint the click before: at 4x on a phone that render and
  // its commit were about 10 ms of the click (issue 15). The radios show the choice at once (ViewChoice's
  // own state).
  const pickView = useCallback((view: MatrixView) => {
    const els = matrixElements();
    if (els) applyView(els.root, els.table, view);
    startTransition(() => setState((s) => ({ ...s, view })));
  }, []);
  const chooseSubjects = useCallback(
    (subjects: string[]) => setState((s) => ({ ...s, subjects })),
    [],
  );
  const chooseCriteria = useCallback(
    (criteria: string[]) => setState((s) => ({ ...s, criteria })),
    [],
  );
  const hiddenByFilters = state.criteria.length - rows.length;
  const downloadCsv = async () => {
    try {
      const response = await fetch(dataUrl);
      if (!response.ok) throw new Error(String(response.status));
      const matrix = (await response.json()) as Matrix;
      download(
        matrixCsvName(state),
        "text/csv",
        matrixCsv(matrix, state, addressOf(query)),
      );
    } catch {
      setNotices([
        "The CSV could not be made: the matrix’s data did not load. Try again, or save the page.",
      ]);
    }
  };

  return (
    <>
      <div
        className="matrix-controls"
        aria-label="Matrix settings"
        role="group"
        data-pagefind-ignore
      >
        <ViewChoice view={state.view} disabled={!hydrated} onPick={pickView} />
        {hydrated && (
          <>
            <Chooser
              summary="Columns"
              legend="Compare these side by side"
              name="subject"
              items={choices.subjects}
              chosen={state.subjects}
              presets={choices.subjectPresets}
              disabled={!hydrated}
              onChange={chooseSubjects}
            />
            <Chooser
              summary="Rows"
              legend="Show these criteria"
              name="criterion"
              items={choices.criteria}
              chosen={state.criteria}
              presets={choices.criterionPresets}
              disabled={!hydrated}
              onChange={chooseCriteria}
            />
            <label className="matrix-check">
              <input
                type="checkbox"
                checked={state.onlyDifferences}
                disabled={!hydrated}
                onChange={(e) => update({ onlyDifferences: e.target.checked })}
              />
              <span>Show only differences</span>
            </label>
            <label className="matrix-check">
              <input
                type="checkbox"
                checked={state.onlyChanged}
                disabled={!hydrated || state.view !== "hindsight"}
                onChange={(e) => update({ onlyChanged: e.target.checked })}
              />
              <span>Only rows that changed since 2006</span>
            </label>
          </>
        )}
        <span className="matrix-actions">
          <button
            type="button"
            disabled={!hydrated}
            onClick={() =>
              copy(addressOf(query), "Link to this view copied")
            }
          >
            Copy link
          </button>
          <button
            type="button"
            disabled={!hydrated}
            onClick={() => void downloadCsv()}
          >
            Download CSV
          </button>
          <span role="status">{copyStatus}</span>
        </span>
      </div>

      <Notices
        className="matrix-notices"
        notices={notices}
        onDismiss={() => setNotices([])}
      />
      <p className="matrix-status" aria-live="polite" data-pagefind-ignore>
        {hydrated &&
          `${VIEW_LABELS[state.view]}: ${state.subjects.length} ${state.subjects.length === 1 ? "column" : "columns"}, ${rows.length} ${rows.length === 1 ? "row" : "rows"}` +
            (hiddenByFilters > 0
              ? ` (${hiddenByFilters} hidden by “show only”)`
              : "") +
            (state.view === "hindsight"
              ? ". Changed cells are marked “Changed”."
              : ".")}
      </p>
      {hydrated && rows.length === 0 && (
        <p className="matrix-empty">
          No row is left to show: the columns chosen agree on every criterion
          shown. Untick “show only” to see them.
        </p>
      )}
      {/* A box of its own: client:visible watches the island's children, and a slot has none (display: contents). */}
      <div className="matrix-body">{children}</div>
    </>
  );
}
