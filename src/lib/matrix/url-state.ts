/**
 * The matrix's view in the URL, so a link shows the same comparison:
 *
 *   ?view=hindsight&s=vmware-esx,kvm&c=drivers,security&diff=1
 *
 * `view` is 2006 (the default) or hindsight; `s` the subjects shown
 * (columns keep the data's order; default: the two camps, as the note's table); `c` the criteria
 * shown (default: all); `diff=1` keeps only rows where the columns differ;
 * `changed=1` only rows where a column changed since 2006 (hindsight view).
 * Only what differs from the default is written. Reading never throws: an
 * unknown value is dropped with a notice and the rest is kept.
 */
import { quoted, readQuery } from '../url-query';
import { MATRIX_VIEWS, parseCellAnchor, rowAnchor, type MatrixSelection, type MatrixView } from './model';
import { visibleCriteria, type MatrixOutline } from './outline';

/** What the reader sees: view, subjects and criteria (in the data's order, never empty), and the "show only" filters. */
export type MatrixState = MatrixSelection;

/** The ids a state may name, in the data's order. */
export interface MatrixIds {
  subjects: string[];
  criteria: string[];
  /** The columns shown by default: the note's two camps. */
  defaultSubjects: string[];
}

export function defaultState(ids: MatrixIds): MatrixState {
  return { view: '2006', subjects: [...ids.defaultSubjects], criteria: [...ids.criteria], onlyDifferences: false, onlyChanged: false };
}

const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The query string for a state (without "?"), empty for the default view. */
export function encodeState(state: MatrixState, ids: MatrixIds): string {
  const params = new URLSearchParams();
  if (state.view !== '2006') params.set('view', state.view);
  if (!sameList(state.subjects, ids.defaultSubjects)) params.set('s', state.subjects.join(','));
  if (!sameList(state.criteria, ids.criteria)) params.set('c', state.criteria.join(','));
  if (state.onlyDifferences) params.set('diff', '1');
  if (state.onlyChanged) params.set('changed', '1');
  return params.toString().replace(/%2C/g, ',');
}

export interface DecodedMatrixState {
  state: MatrixState;
  /** What was ignored and why, for a notice on the page. */
  notices: string[];
}


/** Reads ids from a comma list: known ones kept (once each), unknown ones reported. */
function readList(raw: string, known: string[], what: string, notices: string[]): string[] {
  const wanted = raw.split(',').map((x) => x.trim()).filter(Boolean);
  const unknown = wanted.filter((x) => !known.includes(x));
  if (unknown.length) notices.push(`Ignored unknown ${what}: ${unknown.map(quoted).join(', ')}.`);
  return [...new Set(wanted.filter((x) => known.includes(x)))];
}

function readFlag(params: URLSearchParams, key: string, label: string, notices: string[]): boolean {
  const v = params.get(key);
  if (v === null || v === '0') return false;
  if (v === '1') return true;
  notices.push(`Ignored ${key}=${quoted(v)}: “${label}” takes 1 or 0.`);
  return false;
}

/** Reads a query string (with or without "?"), keeping everything valid. */
export function decodeState(search: string, ids: MatrixIds): DecodedMatrixState {
  const notices: string[] = [];
  const state = defaultState(ids);
  const params = readQuery(search);
  const view = params.get('view');
  if (view !== null) {
    if ((MATRIX_VIEWS as readonly string[]).includes(view)) state.view = view as MatrixView;
    else notices.push(`Ignored view=${quoted(view)}: the views are 2006 and hindsight.`);
  }
  const s = params.get('s');
  if (s !== null) {
    const chosen = new Set(readList(s, ids.subjects, 'subjects', notices));
    if (chosen.size) state.subjects = ids.subjects.filter((id) => chosen.has(id));
    else notices.push('The link named no subject this matrix has; showing the two camps.');
  }
  const c = params.get('c');
  if (c !== null) {
    const chosen = new Set(readList(c, ids.criteria, 'criteria', notices));
    if (chosen.size) state.criteria = ids.criteria.filter((id) => chosen.has(id));
    else notices.push('The link named no criterion this matrix has; showing all of them.');
  }
  state.onlyDifferences = readFlag(params, 'diff', 'Show only differences', notices);
  state.onlyChanged = readFlag(params, 'changed', 'Only what changed since 2006', notices);
  const known = new Set(['view', 's', 'c', 'diff', 'changed', 'highlight', 'edition']);
  const extra = [...new Set(params.keys())].filter((k) => !known.has(k));
  if (extra.length) notices.push(`Ignored unknown settings: ${extra.map(quoted).join(', ')}.`);
  return { state, notices };
}

/**
 * The state with a linked cell's column and row (or a linked row) shown, so
 * following a cited anchor always lands on something visible; the "show
 * only" filters are lifted only if they would hide it. Other anchors leave
 * the state as it is.
 */
export function revealTarget(m: MatrixOutline, s: MatrixState, anchor: string): MatrixState {
  const cell = parseCellAnchor(m, anchor);
  const criterion = cell?.criterion ?? m.criteria.find((c) => rowAnchor(c.id) === anchor)?.id;
  if (!criterion) return s;
  const withId = (all: string[], chosen: string[], id: string) => all.filter((x) => x === id || chosen.includes(x));
  const next: MatrixState = {
    ...s,
    subjects: cell ? withId(m.subjects.map((x) => x.id), s.subjects, cell.subject) : s.subjects,
    criteria: withId(m.criteria.map((c) => c.id), s.criteria, criterion),
  };
  if (visibleCriteria(m, next).some((c) => c.id === criterion)) return next;
  return { ...next, onlyDifferences: false, onlyChanged: false };
}

/** Whether a text holds one of the searched words (case aside). */
export function holdsWord(text: string, words: string[]): boolean {
  const lower = text.toLowerCase();
  return words.some((w) => lower.includes(w.toLowerCase()));
}

/**
 * The view to open a linked cell in when search sent the reader there
 * (?highlight=words): the current one if its text holds a searched word,
 * otherwise the other view if that one does, so the match is on screen.
 * `texts` is what each view of the cell says (value, note, sources), or
 * undefined when the anchor is not a cell.
 */
export function viewForHighlight(texts: Record<MatrixView, string> | undefined, current: MatrixView, words: string[]): MatrixView {
  if (!texts || !words.length || holdsWord(texts[current], words)) return current;
  const other = MATRIX_VIEWS.find((v) => v !== current)!;
  return holdsWord(texts[other], words) ? other : current;
}
