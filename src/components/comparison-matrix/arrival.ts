/**
 * What a link asks of the comparison matrix when the island hydrates: its
 * settings (?view=, ?s=, …; src/lib/matrix/url-state.ts), and a cell or row
 * to reveal (#cell-…, #row-…). A cell reached from a search (?highlight=) is
 * shown in the view that holds the searched words, with its details open if
 * the words are there. Runs in the browser, on the table the server rendered.
 */
import { parseCellAnchor } from "../../lib/matrix/model";
import type { MatrixOutline } from "../../lib/matrix/outline";
import {
  decodeState,
  holdsWord,
  revealTarget,
  viewForHighlight,
  type MatrixIds,
  type MatrixState,
} from "../../lib/matrix/url-state";
import { cellTexts, detailsText, setCellOpen, showSources } from "./table-dom";

/** The state the link asks for, and what was wrong with it (shown as notices). Opens a searched cell's details. */
export function arrivalFromLink(read: MatrixOutline, readIds: MatrixIds): { state: MatrixState; notices: string[] } {
  const decoded = decodeState(window.location.search, readIds);
  const anchor = decodeURIComponent(window.location.hash.slice(1));
  const target = revealTarget(read, decoded.state, anchor);
  const searched = (
    new URLSearchParams(window.location.search).get("highlight") ?? ""
  )
    .split(/\s+/)
    .filter(Boolean);
  const cell =
    parseCellAnchor(read, anchor) && document.getElementById(anchor);
  // A searched word may be in the name of a source, which the page gives as a number: name them first.
  if (cell && searched.length) showSources(cell);
  const view = viewForHighlight(
    cell ? cellTexts(cell) : undefined,
    target.view,
    searched,
  );
  if (cell && searched.length && holdsWord(detailsText(cell, view), searched))
    setCellOpen(cell, true);
  // Mark the words in the sources just written out, as search-highlight.ts marked the rest on arrival.
  if (cell && searched.length)
    void import("../../scripts/search-highlight").then((m) =>
      m.highlightArrival(),
    );
  return { state: { ...target, view }, notices: decoded.notices };
}
