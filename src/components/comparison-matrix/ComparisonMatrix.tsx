/**
 * The comparison matrix island. The server renders every subject, every
 * criterion and both views, each cell with its note and sources: that is the
 * page without JavaScript, and what search indexes. With JavaScript (the head
 * script sets html.js before first paint) CSS shows only the chosen columns,
 * rows and view, so the note's two-column table appears at once; once
 * hydrated, the island reads the URL and the reader's choices take over.
 * Every model question (what changed, which rows differ) is answered in
 * src/lib/matrix/.
 */
import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import { MATRIX_VIEWS, VIEW_LABELS, cellAnchor, changedSince2006, rowAnchor, visibleCriteria, type Matrix, type MatrixView, type ResolvedCell, type ResolvedSource } from '../../lib/matrix/model';
import { decodeState, defaultState, encodeState, revealTarget, viewForHighlight, type MatrixIds, type MatrixState } from '../../lib/matrix/url-state';
import { matrixCsv, matrixCsvName } from '../../lib/matrix/export';
import { download } from '../shared/download';
import { Notices } from '../shared/Notices';
import { useCopy } from '../shared/useCopy';
import { useQueryInUrl } from '../shared/useQueryInUrl';

interface Props {
  matrix: Matrix;
  /** The site's base path ("/" or "/sub/"), for links to sources on this site. */
  base: string;
}

const VIEW_SHORT: Record<MatrixView, string> = { '2006': 'May 2006', hindsight: 'Hindsight' };

export default function ComparisonMatrix({ matrix, base }: Props) {
  // The note's table is the camps' columns: the default view, and a preset.
  const ids: MatrixIds = useMemo(
    () => ({
      subjects: matrix.subjects.map((s) => s.id),
      criteria: matrix.criteria.map((c) => c.id),
      defaultSubjects: matrix.subjects.filter((s) => s.kind === 'camp').map((s) => s.id),
    }),
    [matrix],
  );
  const [state, setState] = useState<MatrixState>(() => defaultState(ids));
  const [hydrated, setHydrated] = useState(false);
  const [notices, setNotices] = useState<string[]>([]);
  const [copyStatus, copy] = useCopy();
  /** The cell whose details a click or tap pinned open. */
  const [pinned, setPinned] = useState<string | null>(null);
  /** The cell whose details Esc closed, until the pointer or focus leaves it. */
  const [dismissed, setDismissed] = useState<string | null>(null);

  // Read the link once hydrated: its settings, then a cell or row anchor, which is made visible.
  useEffect(() => {
    const decoded = decodeState(window.location.search, ids);
    const anchor = window.location.hash.slice(1);
    const target = revealTarget(matrix, decoded.state, anchor);
    const searched = (new URLSearchParams(window.location.search).get('highlight') ?? '').split(/\s+/).filter(Boolean);
    setState({ ...target, view: viewForHighlight(matrix, target, anchor, searched) });
    setNotices(decoded.notices);
    setHydrated(true);
    const onHash = () => setState((s) => revealTarget(matrix, s, window.location.hash.slice(1)));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [ids, matrix]);

  // After the first hydrated render, bring a linked cell or row into view (it may have been hidden before).
  useEffect(() => {
    if (!hydrated || !window.location.hash) return;
    document.getElementById(decodeURIComponent(window.location.hash.slice(1)))?.scrollIntoView({ block: 'center' });
  }, [hydrated]);

  // Keep the address in step, so the URL bar always holds a link to this view.
  useQueryInUrl(encodeState(state, ids), hydrated);

  const rows = visibleCriteria(matrix, state);
  const shownRows = new Set(rows.map((c) => c.id));
  const shownSubjects = new Set(state.subjects);
  const update = (patch: Partial<MatrixState>) => setState((s) => ({ ...s, ...patch }));
  const hiddenByFilters = state.criteria.length - rows.length;
  const link = (path: string) => `${base}${path}`;

  const onCellKey = (e: KeyboardEvent, id: string) => {
    if (e.key === 'Escape') {
      setDismissed(id);
      setPinned(null);
    }
  };

  return (
    <div className={`matrix view-${state.view}`} data-hydrated={hydrated || undefined}>
      <div className="matrix-controls" aria-label="Matrix settings" role="group" data-pagefind-ignore>
        <fieldset className="matrix-view">
          <legend>View</legend>
          {MATRIX_VIEWS.map((v) => (
            <label key={v}>
              <input type="radio" name="matrix-view" value={v} checked={state.view === v} disabled={!hydrated} onChange={() => update({ view: v })} />
              {VIEW_LABELS[v]}
            </label>
          ))}
        </fieldset>
        <Chooser
          summary="Columns"
          legend="Compare these side by side"
          name="subject"
          items={matrix.subjects.map((s) => ({ id: s.id, label: s.label, hint: s.description }))}
          chosen={state.subjects}
          presets={[
            ['The two camps', ids.defaultSubjects],
            ['Products only', ids.subjects.filter((s) => !ids.defaultSubjects.includes(s))],
            ['All', ids.subjects],
          ]}
          disabled={!hydrated}
          onChange={(subjects) => update({ subjects })}
        />
        <Chooser
          summary="Rows"
          legend="Show these criteria"
          name="criterion"
          items={matrix.criteria.map((c) => ({ id: c.id, label: c.label }))}
          chosen={state.criteria}
          presets={[
            ['All', ids.criteria],
            ['The note’s nine', matrix.criteria.filter((c) => c.fromNote).map((c) => c.id)],
            ['Added today', matrix.criteria.filter((c) => !c.fromNote).map((c) => c.id)],
          ]}
          disabled={!hydrated}
          onChange={(criteria) => update({ criteria })}
        />
        <label className="matrix-check">
          <input type="checkbox" checked={state.onlyDifferences} disabled={!hydrated} onChange={(e) => update({ onlyDifferences: e.target.checked })} />
          <span>Show only differences</span>
        </label>
        <label className="matrix-check">
          <input type="checkbox" checked={state.onlyChanged} disabled={!hydrated || state.view !== 'hindsight'} onChange={(e) => update({ onlyChanged: e.target.checked })} />
          <span>Only rows that changed since 2006</span>
        </label>
        <span className="matrix-actions">
          <button type="button" disabled={!hydrated} onClick={() => copy(window.location.href, 'Link to this view copied')}>
            Copy link
          </button>
          <button type="button" disabled={!hydrated} onClick={() => download(matrixCsvName(state), 'text/csv', matrixCsv(matrix, state, window.location.href))}>
            Download CSV
          </button>
          <span role="status">{copyStatus}</span>
        </span>
      </div>

      <Notices className="matrix-notices" notices={notices} onDismiss={() => setNotices([])} />
      <p className="matrix-status" aria-live="polite" data-pagefind-ignore>
        {hydrated &&
          `${VIEW_LABELS[state.view]}: ${state.subjects.length} ${state.subjects.length === 1 ? 'column' : 'columns'}, ${rows.length} ${rows.length === 1 ? 'row' : 'rows'}` +
            (hiddenByFilters > 0 ? ` (${hiddenByFilters} hidden by “show only”)` : '') +
            (state.view === 'hindsight' ? '. Changed cells are marked “Changed”.' : '.')}
      </p>

      <div className="matrix-scroll" role="region" aria-labelledby="matrix-caption" tabIndex={0}>
        <table className="matrix-table">
          <caption id="matrix-caption">
            <span className="matrix-caption-js">
              {VIEW_LABELS[state.view]}: {state.subjects.map((id) => matrix.subjects.find((s) => s.id === id)?.label).join(', ')}
            </span>
            <span className="matrix-caption-nojs">
              Every subject on every criterion, with both views in each cell: as the note saw it in May 2006, and with hindsight
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="matrix-corner">
                Criterion
              </th>
              {matrix.subjects.map((s) => (
                <th key={s.id} scope="col" id={`col-${s.id}`} className={shownSubjects.has(s.id) ? undefined : 'is-off'}>
                  {s.label}
                  <span className="matrix-kind">{s.kind === 'camp' ? 'camp (the note’s column)' : 'product'}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.criteria.map((c) => (
              <tr key={c.id} id={rowAnchor(c.id)} className={shownRows.has(c.id) ? undefined : 'is-off'}>
                <th scope="row">
                  {c.label}
                  <a className="self-link" href={`#${rowAnchor(c.id)}`} aria-label={`Link to the row “${c.label}”`} data-pagefind-ignore />
                  {!c.fromNote && <span className="matrix-added">added, not in the note</span>}
                </th>
                {matrix.subjects.map((s) => {
                  const id = cellAnchor(s.id, c.id);
                  const cells = matrix.cells[s.id][c.id];
                  const changed = changedSince2006(matrix, s.id, c.id);
                  const classes = [
                    shownSubjects.has(s.id) ? '' : 'is-off',
                    changed ? 'is-changed' : '',
                    pinned === id ? 'is-pinned' : '',
                    dismissed === id ? 'is-dismissed' : '',
                  ].filter(Boolean);
                  return (
                    <td
                      key={s.id}
                      id={id}
                      className={classes.join(' ') || undefined}
                      onKeyDown={(e) => onCellKey(e, id)}
                      onMouseLeave={() => dismissed === id && setDismissed(null)}
                      onBlur={(e) => {
                        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) {
                          if (dismissed === id) setDismissed(null);
                          if (pinned === id) setPinned(null);
                        }
                      }}
                    >
                      {MATRIX_VIEWS.map((view) => (
                        <CellView
                          key={view}
                          id={id}
                          view={view}
                          cell={cells[view]}
                          other={cells[view === '2006' ? 'hindsight' : '2006']}
                          changed={changed && view === 'hindsight'}
                          where={`${s.label}, ${c.label}`}
                          interactive={hydrated}
                          pinned={pinned === id}
                          onPin={() => setPinned(pinned === id ? null : id)}
                          link={link}
                        />
                      ))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {hydrated && rows.length === 0 && <p className="matrix-empty">No row is left to show: the columns chosen agree on every criterion shown. Untick “show only” to see them.</p>}
      </div>
    </div>
  );
}

interface ChooserProps {
  /** What is chosen, e.g. "Columns": the summary reads "Columns: 2 of 11". */
  summary: string;
  legend: string;
  /** The checkboxes' name, for forms and tests. */
  name: string;
  /** Everything on offer, in the data's order. */
  items: Array<{ id: string; label: string; hint?: string }>;
  chosen: string[];
  /** Quick choices: a label and the ids it selects. */
  presets: Array<[string, string[]]>;
  disabled: boolean;
  /** Called with the new choice, in the data's order; never empty (the last box cannot be unticked). */
  onChange: (ids: string[]) => void;
}

/** A disclosure of checkboxes with quick choices: which columns, which rows. */
function Chooser({ summary, legend, name, items, chosen, presets, disabled, onChange }: ChooserProps) {
  const on = new Set(chosen);
  const toggle = (id: string, checked: boolean) => {
    const next = new Set(on);
    if (checked) next.add(id);
    else next.delete(id);
    onChange(items.map((i) => i.id).filter((x) => next.has(x)));
  };
  return (
    <details className="matrix-choose">
      <summary>
        {summary}: {chosen.length} of {items.length}
      </summary>
      <fieldset>
        <legend>{legend}</legend>
        <div className="matrix-presets">
          {presets.map(([label, ids]) => (
            <button key={label} type="button" disabled={disabled} onClick={() => onChange(ids)}>
              {label}
            </button>
          ))}
        </div>
        {items.map((item) => (
          <label key={item.id} className="matrix-check">
            <input
              type="checkbox"
              name={name}
              value={item.id}
              checked={on.has(item.id)}
              disabled={disabled || (on.has(item.id) && chosen.length === 1)}
              onChange={(e) => toggle(item.id, e.target.checked)}
            />
            <span>
              {item.label} {item.hint && <small>{item.hint}</small>}
            </span>
          </label>
        ))}
      </fieldset>
    </details>
  );
}

interface CellViewProps {
  id: string;
  view: MatrixView;
  cell: ResolvedCell;
  /** The same cell in the other view, to say what it was (or became). */
  other: ResolvedCell;
  changed: boolean;
  /** "Subject, criterion", for accessible names. */
  where: string;
  interactive: boolean;
  pinned: boolean;
  onPin: () => void;
  link: (path: string) => string;
}

/** One view of one cell: the value (a button once hydrated), and its details: note, sources, what it was in 2006, its link. */
function CellView({ id, view, cell, other, changed, where, interactive, pinned, onPin, link }: CellViewProps) {
  const detailsId = `${id}-${view}-details`;
  const text = cell.kind === 'value' ? cell.value : 'No entry';
  const trigger = interactive ? (
    <button type="button" className="matrix-value" aria-expanded={pinned} aria-controls={detailsId} aria-describedby={detailsId} onClick={onPin}>
      {text}
    </button>
  ) : (
    <span className="matrix-value">{text}</span>
  );
  return (
    <div className={`matrix-v matrix-v-${view}${cell.kind === 'gap' ? ' is-gap' : ''}`}>
      <span className="matrix-view-label">{VIEW_SHORT[view]}: </span>
      {trigger}
      {changed && <span className="matrix-badge">Changed</span>}
      {/* No id before hydration: search indexes the server's HTML and would take it for the cell's anchor. */}
      <div className="matrix-details" id={interactive ? detailsId : undefined}>
        {cell.kind === 'gap' ? <p>Left empty: {cell.gap}</p> : cell.note && <p>{cell.note}</p>}
        {view === 'hindsight' && changed && (
          <p className="matrix-was">In May 2006: {other.kind === 'value' ? other.value : 'no entry'}</p>
        )}
        {cell.kind === 'value' && (
          <p className="matrix-sources">
            {cell.sources.length === 1 ? 'Source: ' : 'Sources: '}
            {cell.sources.map((s, i) => (
              <span key={i}>
                {i > 0 && '; '}
                {s.href ? <ExternalSource source={s} /> : s.path ? <a href={link(s.path)}>{s.label}</a> : s.label}
              </span>
            ))}
          </p>
        )}
        <p className="matrix-cell-link">
          <a href={`#${id}`} aria-label={`Link to this cell: ${where}`} data-pagefind-ignore>
            Link to this cell
          </a>
        </p>
      </div>
    </div>
  );
}

/**
 * A source off the site (content/data/sources.json): a link to the original
 * and one to its archived copy, both marked as leaving the site. Links only:
 * nothing is fetched from another origin. A weaker source says so.
 */
function ExternalSource({ source }: { source: ResolvedSource }) {
  return (
    <>
      <a href={source.href} rel="external noopener noreferrer" className="external-link">
        {source.label}
        <span className="visually-hidden"> (leaves this site)</span>
      </a>
      {source.confidence && source.confidence !== 'high' && ` [${source.confidence} confidence]`}
      {source.archived && (
        <>
          {' ('}
          <a href={source.archived} rel="external noopener noreferrer" className="external-link">
            archived copy<span className="visually-hidden"> (leaves this site)</span>
          </a>
          {')'}
        </>
      )}
    </>
  );
}
