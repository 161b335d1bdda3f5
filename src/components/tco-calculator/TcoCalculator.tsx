/**
 * The TCO calculator island. It holds the scenario, keeps it in the URL, and
 * lays out the inputs, the answer, the charts and the working; every number
 * comes from src/lib/tco/. Rendered on the server with the default scenario,
 * so without JavaScript the page still shows results, labelled as the
 * defaults (inputs stay disabled until the island hydrates).
 *
 * Speed (issue 15): a keystroke renders only the field typed in, the answer
 * and the totals (while the answer is off screen, in a render of its own that
 * the browser can paint the key before); the charts and the working follow
 * once typing pauses, as an interruptible update (useTrailing), and break-even, sensitivity and the
 * uncertainty ranges are computed in a worker. Every prop handed to a
 * memoised panel is stable unless its content changed, so a render of this
 * component skips the panels it does not concern.
 *
 * A link's scenario is read after hydration, as an interruptible update with
 * `hydrated` and the charts' measured width; the charts and the working then
 * follow in an update of their own. The page is marked live (data-hydrated,
 * which also lifts link-gate.ts's veil) only once they have caught up and the
 * worker's break-even and sensitivity are the link's, so it never shows the
 * default scenario's numbers as the link's.
 */
import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { fromJson, toCsv, toJson } from '../../lib/tco/export';
import { download } from '../shared/download';
import { Notices } from '../shared/Notices';
import { useCopy } from '../shared/useCopy';
import { parseField, parsePoolField, type FieldKey } from '../../lib/tco/fields';
import type { HostField, PoolKey } from '../../lib/tco/limits';
import { compare } from '../../lib/tco/model';
import { boundNotices } from '../../lib/tco/notices';
import { defaultsOf, findBook, type PriceBook } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';
import { decodeScenario, defaultBookKey, encodeScenario } from '../../lib/tco/url-state';
import { scenarioWarnings, verdict as verdictOf } from '../../lib/tco/verdict';
import { LINK_PENDING_CLASS } from '../../lib/tco/link-gate';
import { InputsPanel } from './InputsPanel';
import { useWidth } from '../shared/useWidth';
import { useInSight } from '../shared/useInSight';
import { ScenarioCitation, type ScenarioCitations } from './ScenarioCitation';
import { ResultsSummary, StickyTotals } from './ResultsSummary';
import { DetailPanels } from './DetailPanels';
import type { KeyedAnalysis } from '../../lib/tco/analysis';
import { TYPING_PAUSE_MS, useTrailing } from './useTrailing';
import { Toolbar } from './Toolbar';
import { addressOf, useQueryInUrl } from '../shared/useQueryInUrl';

/** Inputs a reader keeps when switching price books: the shop, not the prices. */
const KEPT_ON_BOOK_CHANGE = ['windowsVms', 'linuxVms', 'growthPct', 'years', 'discountPct'] as const;

interface Props {
  /** The price book the server renders with. */
  initialBook?: string;
  /** This page's citations, formatted at build time (see ScenarioCitation). */
  citations?: ScenarioCitations;
  /**
   * Break-even and sensitivity of the book's default scenario, computed at build time: the
   * charts show them without computing them as the island hydrates (useAnalysis).
   */
  initialAnalysis: KeyedAnalysis;
}

type FieldMap = Partial<Record<FieldKey, string>>;
const without = <T extends Record<string, unknown>>(o: T, key: string): T => {
  if (!(key in o)) return o;
  const { [key]: _gone, ...rest } = o;
  return rest as T;
};

export default function TcoCalculator({ initialBook, citations, initialAnalysis }: Props) {
  const [scenario, setScenario] = useState<Scenario>(() => defaultsOf(findBook(initialBook ?? defaultBookKey())!));
  const [drafts, setDrafts] = useState<FieldMap>({});
  const [errors, setErrors] = useState<FieldMap>({});
  const [notes, setNotes] = useState<FieldMap>({});
  const [overrideErrors, setOverrideErrors] = useState<Record<string, string>>({});
  const [overrideDrafts, setOverrideDrafts] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<string[]>([]);
  // Whether anything was kept from the link or file the notices are about.
  const [kept, setKept] = useState(true);
  const [status, copy, setStatus] = useCopy();
  const [hydrated, setHydrated] = useState(false);
  const [chartsRef, width] = useWidth<HTMLDivElement>(640, { interruptible: true });
  const book: PriceBook = findBook(scenario.priceBook)!;

  // Read the link once, in the browser, as one interruptible update with `hydrated` (and the width measured meanwhile).
  useEffect(() => {
    startTransition(() => {
      if (location.search) {
        const decoded = decodeScenario(location.search);
        setScenario(decoded.scenario);
        setNotices(boundNotices(decoded.notices));
      }
      setHydrated(true);
    });
  }, []);

  // Whether the last change to the scenario was typed: what follows it then waits for a pause in typing.
  const typed = useRef(false);
  // The charts and the working: the scenario, width and state of the previous commit until they catch up,
  // and after a pause in typing when the change was typed (useTrailing).
  const details = useTrailing(
    useMemo(() => ({ scenario, width, enabled: hydrated }), [scenario, width, hydrated]),
    typed.current ? TYPING_PAUSE_MS : 0,
  );
  // Until they catch up, the charts say so (fading only if that takes a while: tco.css).
  const behind = details.scenario !== scenario;
  // Live once everything on the page is of the link's scenario, break-even and sensitivity included: the charts
  // say so (onLive) when they draw the live scenario's analysis. Stays live while the details trail a keystroke.
  const [live, setLive] = useState(false);
  const onLive = useCallback(() => setLive(true), []);
  useEffect(() => {
    if (live) document.documentElement.classList.remove(LINK_PENDING_CLASS);
  }, [live]);

  // The link is the scenario on screen at once (Copy link uses it); the address bar follows after a pause in typing.
  const query = useMemo(() => encodeScenario(scenario), [scenario]);
  const detailsQuery = useMemo(() => encodeScenario(details.scenario), [details.scenario]);
  useQueryInUrl(query, hydrated, TYPING_PAUSE_MS);

  // The totals and the answer follow every keystroke.
  const result = useMemo(() => compare(scenario, { explain: false }), [scenario]);
  const verdict = useMemo(() => verdictOf(result, scenario), [result, scenario]);
  const warnings = useMemo(() => scenarioWarnings(scenario), [scenario]);
  const defaultQuery = useMemo(() => encodeScenario(defaultsOf(book)), [book]);
  // The results section, while no part of it is on screen (on a phone, as a reader types in the inputs above it),
  // follows a keystroke in a render of its own, an interruptible one after the key's (useTrailing), so the browser
  // can paint the field and the totals kept in sight under the inputs first: those are what the reader sees
  // change, and their paint need not wait for the layout and paint of the answer and the summary off screen
  // (issue 15; npm run bench prints when the summary is written). On screen, it follows in the key's render.
  const [resultsRef, resultsInSight] = useInSight<HTMLElement>();
  const isDefault = query === defaultQuery;
  const answer = useMemo(() => ({ scenario, book, result, verdict, warnings, isDefault }), [scenario, book, result, verdict, warnings, isDefault]);
  const answerSoon = useTrailing(answer, 0);
  const shown = resultsInSight ? answer : answerSoon;

  const onField = useCallback((key: FieldKey, text: string) => {
    typed.current = true;
    setDrafts((d) => ({ ...d, [key]: text }));
    const parsed = parseField(key, text);
    if (parsed.ok) {
      setErrors((e) => without(e, key));
      setNotes((n) => (parsed.note ? { ...n, [key]: parsed.note } : without(n, key)));
      setScenario((s) => (s[key] === parsed.value ? s : { ...s, [key]: parsed.value }));
    } else {
      setErrors((e) => ({ ...e, [key]: parsed.message }));
      setNotes((n) => without(n, key));
    }
  }, []);
  const onOverride = useCallback((pool: PoolKey, field: HostField, text: string) => {
    const key = `${pool}.${field}`;
    typed.current = true;
    setOverrideDrafts((d) => ({ ...d, [key]: text }));
    if (text.trim() === '') {
      setOverrideErrors((e) => without(e, key));
      setScenario((s) => {
        const { [field]: _removed, ...restFields } = s.overrides[pool] ?? {};
        const { [pool]: _pool, ...otherPools } = s.overrides;
        return { ...s, overrides: Object.keys(restFields).length ? { ...otherPools, [pool]: restFields } : otherPools };
      });
      return;
    }
    const parsed = parsePoolField(pool, field, text);
    if (parsed.ok) {
      setOverrideErrors((e) => without(e, key));
      setScenario((s) => ({ ...s, overrides: { ...s.overrides, [pool]: { ...s.overrides[pool], [field]: parsed.value } } }));
    } else {
      setOverrideErrors((e) => ({ ...e, [key]: parsed.message }));
    }
  }, []);
  const clearTyping = useCallback(() => {
    setDrafts({});
    setErrors({});
    setNotes({});
    setOverrideDrafts({});
    setOverrideErrors({});
  }, []);
  const onBook = useCallback(
    (key: string) => {
      const next = findBook(key);
      if (!next) return;
      typed.current = false;
      setScenario((s) => {
        const fresh = defaultsOf(next);
        for (const k of KEPT_ON_BOOK_CHANGE) (fresh as Record<string, unknown>)[k] = s[k];
        return fresh;
      });
      clearTyping();
    },
    [clearTyping],
  );
  const onOption = useCallback((values: Record<string, string | number>) => {
    typed.current = false;
    setScenario((s) => ({ ...s, ...values }));
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !(k in values))));
  }, []);

  // The toolbar's actions read the scenario when clicked, through a ref, so they stay the same functions
  // from render to render and a keystroke does not re-render the toolbar.
  const now = useRef({ scenario, query, copy });
  now.current = { scenario, query, copy };
  const onCopyLink = useCallback(() => now.current.copy(addressOf(now.current.query), 'Link to this scenario copied'), []);
  const onCsv = useCallback(() => download('tco-scenario.csv', 'text/csv', toCsv(now.current.scenario, compare(now.current.scenario), addressOf(now.current.query))), []);
  const onJson = useCallback(() => download('tco-scenario.json', 'application/json', toJson(now.current.scenario)), []);
  const onReset = useCallback(() => onBook(now.current.scenario.priceBook), [onBook]);
  const onImport = useCallback((file: { name: string; text: string } | { name: string; refused: string }) => {
    if ('refused' in file) {
      setKept(false);
      setNotices([file.refused]);
      setStatus('');
      return;
    }
    const decoded = fromJson(file.text);
    const nothing = decoded.notices.some((n) => n.includes('Nothing was imported') || n.includes('nothing was imported'));
    setKept(!nothing);
    if (!nothing) {
      typed.current = false;
      setScenario(decoded.scenario);
      clearTyping();
      setStatus(`Imported ${file.name}`);
    } else {
      setStatus('');
    }
    setNotices(boundNotices(decoded.notices));
  }, [clearTyping, setStatus]);
  const footer = useMemo(() => <StickyTotals result={result} cheapest={verdict.cheapest} />, [result, verdict.cheapest]);

  const errorCount = Object.keys(errors).length + Object.keys(overrideErrors).length;

  return (
    <div className="tco" data-hydrated={live ? '' : undefined}>
      {!hydrated && (
        <p className="tco-nojs" role="note">
          The results below are the default scenario of the {book.label.toLowerCase()}, worked out when the site was built. With JavaScript on, you can change every input and the results, charts and
          ranges follow as you type; the link then records your scenario. A link to another scenario needs JavaScript to show its numbers.
        </p>
      )}
      <p className="tco-pending-note" role="status">
        Working out the scenario in this link…
      </p>
      <Notices className="tco-notices" notices={notices} onDismiss={() => setNotices([])} lead={kept ? 'Some settings in the link or file could not be used; everything else was kept:' : 'The file could not be imported; the scenario is unchanged:'} />
      <div className="tco-layout">
        <InputsPanel
          scenario={scenario}
          book={book}
          drafts={drafts}
          errors={errors}
          notes={notes}
          enabled={hydrated}
          onField={onField}
          onBook={onBook}
          onOption={onOption}
          onOverride={onOverride}
          overrideErrors={overrideErrors}
          overrideDrafts={overrideDrafts}
          footer={footer}
        />

        <section className="tco-results" aria-labelledby="tco-results-heading" ref={resultsRef}>
          <h2 id="tco-results-heading">
            Results over {shown.scenario.years} {shown.scenario.years === 1 ? 'year' : 'years'}
            <span className="tco-scenario-kind">{!hydrated || shown.isDefault ? `: default scenario, ${shown.book.label}` : ': your scenario'}</span>
          </h2>
          {errorCount > 0 && (
            <p className="tco-error-summary" role="status">
              {errorCount === 1 ? 'One input needs' : `${errorCount} inputs need`} correcting; the results use the last valid values.
            </p>
          )}
          <ResultsSummary result={shown.result} verdict={shown.verdict} warnings={shown.warnings} years={shown.scenario.years} discountPct={shown.scenario.discountPct} bookLabel={shown.book.label} />
          <Toolbar enabled={hydrated} status={status} onCopyLink={onCopyLink} onCsv={onCsv} onJson={onJson} onImport={onImport} onReset={onReset} />
          {citations && <ScenarioCitation citations={citations} query={detailsQuery} enabled={hydrated} />}

          {/* The charts and the working are not drawn while far from the window (render-when-near, global.css):
              on a phone they sit well below the inputs a reader types in, and nothing in them changes until a
              pause in typing, so a key need not paint them (issue 15). */}
          <div className="tco-details render-when-near" aria-busy={behind || undefined}>
            <DetailPanels scenario={details.scenario} enabled={details.enabled} chartsRef={chartsRef} width={details.width} initialAnalysis={initialAnalysis} onLive={onLive} />
          </div>
        </section>
      </div>
    </div>
  );
}
