/**
 * How the matrix is laid out for the columns chosen and the width there is:
 * a table while every column gets a readable width (the header row then
 * sticks to the top of the window as the page scrolls), otherwise one card
 * per criterion with the chosen subjects side by side in a grid, each cell
 * labelled, so the page never scrolls sideways and no word is split. Pure.
 */

/** Width of the criterion column in a table, in rem (matrix.css: .matrix-table tbody th). */
export const CRITERION_REM = 9;
/** Narrowest readable product column, in rem: about 20 characters of the 0.85rem sans at a line. */
export const COLUMN_REM = 10;
/** Narrowest card cell, in rem: two side by side on a 320 px phone (284 px of room), "virtualization" at 0.85rem still whole. */
export const CARD_CELL_REM = 7.5;

export type MatrixLayout = { kind: 'table' } | { kind: 'cards'; perLine: number };

/** `width` in px of the space the matrix has, `rem` the root font size in px. */
export function matrixLayout(columns: number, width: number, rem = 16): MatrixLayout {
  if ((CRITERION_REM + columns * COLUMN_REM) * rem <= width) return { kind: 'table' };
  // Side by side as many as fit, and never an almost-empty last line: 5 columns on 4 places go 3 + 2.
  const fit = Math.max(1, Math.min(columns, Math.floor(width / (CARD_CELL_REM * rem))));
  const lines = Math.ceil(columns / fit);
  return { kind: 'cards', perLine: Math.ceil(columns / lines) };
}
