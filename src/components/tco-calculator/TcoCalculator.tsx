/**
 * The TCO calculator island. It holds the scenario, keeps it in the URL, and
 * renders results and charts; every number comes from src/lib/tco/. Rendered
 * on the server with the default scenario, so without JavaScript the page
 * still shows the results (inputs stay disabled until the island hydrates).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { breakEven, sensitivity, uncertainRanges, uncertainty, type UncertaintyResult } from '../../lib/tco/analysis';
import { fromJson, toCsv, toJson } from '../../lib/tco/export';
import { download } from '../shared/download';
import { Notices } from '../shared/Notices';
import { useCopy } from '../shared/useCopy';
import { useQueryInUrl } from '../shared/useQueryInUrl';
import { parseField, parsePoolField, type FieldKey } from '../../lib/tco/fields';
import type { HostField, PoolKey } from '../../lib/tco/limits';
import { CATEGORIES, STRATEGY_LABELS, compare, difference, usd, type StrategyId } from '../../lib/tco/model';
import { defaultsOf, findBook, type PriceBook } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';
import { decodeScenario, defaultBookKey, encodeScenario } from '../../lib/tco/url-state';
import { InputsPanel } from './InputsPanel';
import { useWidth } from '../shared/useWidth';
import { ScenarioCitation, type ScenarioCitations } from './ScenarioCitation';
import { StackedCostChart } from './charts/StackedCostChart';
import { CumulativeChart } from './charts/CumulativeChart';
import { BreakEvenChart } from './charts/BreakEvenChart';
import { TornadoChart } from './charts/TornadoChart';
import { RangeChart } from './charts/RangeChart';

/** Inputs a reader keeps when switching price books: the shop, not the prices. */
const KEPT_ON_BOOK_CHANGE = ['windowsVms', 'linuxVms', 'growthPct', 'years', 'discountPct'] as const;
const PAIRS: Array<[StrategyId, StrategyId]> = [['A', 'B'], ['A', 'C'], ['C', 'B']];

const pct = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}%`;

interface Props {
  /** The price book the server renders with. */
  initialBook?: string;
  /** This page's citations, formatted at build time (see ScenarioCitation). */
  citations?: ScenarioCitations;
}

export default function TcoCalculator({ initialBook, citations }: Props) {
  const [scenario, setScenario] = useState<Scenario>(() => defaultsOf(findBook(initialBook ?? defaultBookKey())!));
  const [drafts, setDrafts] = useState<Partial<Record<FieldKey, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  const [overrideErrors, setOverrideErrors] = useState<Record<string, string>>({});
  const [overrideDrafts, setOverrideDrafts] = useState<Record<string, string>>({});
  const [notices, setNotices] = useState<string[]>([]);
  const [status, copy, setStatus] = useCopy();
  const [hydrated, setHydrated] = useState(false);
  const [pair, setPair] = useState(0);
  const [ranges, setRanges] = useState<UncertaintyResult | null>(null);
  const [chartsRef, width] = useWidth<HTMLDivElement>();
  const book: PriceBook = findBook(scenario.priceBook)!;

  // Read the link once, in the browser.
  useEffect(() => {
    if (location.search) {
      const decoded = decodeScenario(location.search);
      setScenario(decoded.scenario);
      setNotices(decoded.notices);
    }
    setHydrated(true);
  }, []);

  // Keep the link in step with the scenario.
  useQueryInUrl(encodeScenario(scenario), hydrated);

  const result = useMemo(() => compare(scenario), [scenario]);
  // Break-even and sensitivity run the model about 140 times: React renders them as a deferred,
  // interruptible update, so the totals follow every keystroke and these charts a moment later.
  const deferred = useDeferredValue(scenario);
  const be = useMemo(() => breakEven(deferred), [deferred]);
  const sens = useMemo(() => sensitivity(deferred, PAIRS[pair]), [deferred, pair]);

  // The uncertainty run (10,000 draws) waits for a pause in typing.
  useEffect(() => {
    const timer = setTimeout(() => {
      const started = performance.now();
      setRanges(uncertainty(scenario, uncertainRanges(book, scenario)));
      // Read by `npm run bench`.
      performance.measure('tco-uncertainty', { start: started, end: performance.now() });
    }, hydrated ? 150 : 0);
    return () => clearTimeout(timer);
  }, [scenario, book, hydrated]);

  const onField = (key: FieldKey, text: string) => {
    setDrafts((d) => ({ ...d, [key]: text }));
    const parsed = parseField(key, text);
    if (parsed.ok) {
      setErrors(({ [key]: _gone, ...rest }) => rest);
      setScenario((s) => ({ ...s, [key]: parsed.value }));
    } else {
      setErrors((e) => ({ ...e, [key]: parsed.message }));
    }
  };
  const onOverride = (pool: PoolKey, field: HostField, text: string) => {
    const key = `${pool}.${field}`;
    setOverrideDrafts((d) => ({ ...d, [key]: text }));
    if (text.trim() === '') {
      setOverrideErrors(({ [key]: _gone, ...rest }) => rest);
      setScenario((s) => {
        const { [field]: _removed, ...restFields } = s.overrides[pool] ?? {};
        const { [pool]: _pool, ...otherPools } = s.overrides;
        return { ...s, overrides: Object.keys(restFields).length ? { ...otherPools, [pool]: restFields } : otherPools };
      });
      return;
    }
    const parsed = parsePoolField(pool, field, text);
    if (parsed.ok) {
      setOverrideErrors(({ [key]: _gone, ...rest }) => rest);
      setScenario((s) => ({ ...s, overrides: { ...s.overrides, [pool]: { ...s.overrides[pool], [field]: parsed.value } } }));
    } else {
      setOverrideErrors((e) => ({ ...e, [key]: parsed.message }));
    }
  };
  const onBook = (key: string) => {
    const next = findBook(key);
    if (!next) return;
    setScenario((s) => {
      const fresh = defaultsOf(next);
      for (const k of KEPT_ON_BOOK_CHANGE) (fresh as Record<string, unknown>)[k] = s[k];
      return fresh;
    });
    setDrafts({});
    setErrors({});
    setOverrideDrafts({});
    setOverrideErrors({});
  };
  const onOption = (values: Record<string, string | number>) => {
    setScenario((s) => ({ ...s, ...values }));
    setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !(k in values))));
  };
  const link = () => location.href;
  const copyLink = () => copy(link(), 'Link to this scenario copied');
  const importJson = async (file: File | undefined) => {
    if (!file) return;
    const decoded = fromJson(await file.text());
    if (!decoded.notices.some((n) => n.includes('nothing was imported'))) {
      setScenario(decoded.scenario);
      setDrafts({});
      setErrors({});
      setOverrideDrafts({});
      setOverrideErrors({});
      setStatus(`Imported ${file.name}`);
    }
    setNotices(decoded.notices);
  };

  const cheapest = result.strategies.find((r) => r.id === result.cheapest)!;
  const [pa, pb] = PAIRS[pair];
  const errorCount = Object.keys(errors).length + Object.keys(overrideErrors).length;

  return (
    <div className="tco" data-hydrated={hydrated ? '' : undefined}>
      {!hydrated && (
        <p className="tco-nojs" role="note">
          These are the results for the default scenario of the {book.label.toLowerCase()}, worked out when the site was built. With JavaScript on, you can change every input and the results, charts and ranges follow as you type; the link then records your scenario.
        </p>
      )}
      <Notices className="tco-notices" notices={notices} onDismiss={() => setNotices([])} lead="Some settings in the link or file could not be used; everything else was kept:" />
      <div className="tco-layout">
        <InputsPanel
          scenario={scenario}
          book={book}
          drafts={drafts}
          errors={errors}
          enabled={hydrated}
          onField={onField}
          onBook={onBook}
          onOption={onOption}
          onOverride={onOverride}
          overrideErrors={overrideErrors}
          overrideDrafts={overrideDrafts}
          footer={
            // Phones only (CSS): the totals stay in sight while the inputs scroll past. It repeats the summary
            // table below, so assistive technology is pointed there instead of hearing it twice.
            <p className="tco-sticky-totals" aria-hidden="true">
              {result.strategies.map((r) => (
                <span key={r.id} className={r.id === result.cheapest ? 'is-cheapest' : undefined}>
                  {r.id} {usd(r.totalNominal)}
                </span>
              ))}
            </p>
          }
        />

        <section className="tco-results" aria-labelledby="tco-results-heading">
          <h2 id="tco-results-heading">Results over {scenario.years} {scenario.years === 1 ? 'year' : 'years'}</h2>
          {errorCount > 0 && (
            <p className="tco-error-summary" role="status">
              {errorCount === 1 ? 'One input needs' : `${errorCount} inputs need`} correcting; the results use the last valid values.
            </p>
          )}
          <div className="tco-toolbar" aria-label="Scenario actions" role="group">
            <button type="button" disabled={!hydrated} onClick={copyLink}>
              Copy link
            </button>
            <button type="button" disabled={!hydrated} onClick={() => download('tco-scenario.csv', 'text/csv', toCsv(scenario, result, link()))}>
              Export CSV
            </button>
            <button type="button" disabled={!hydrated} onClick={() => download('tco-scenario.json', 'application/json', toJson(scenario))}>
              Export JSON
            </button>
            <label className={hydrated ? 'tco-import' : 'tco-import is-disabled'}>
              Import JSON
              <input type="file" accept="application/json,.json" disabled={!hydrated} onChange={(e) => void importJson(e.target.files?.[0])} />
            </label>
            <button type="button" disabled={!hydrated} onClick={() => window.print()}>
              Print
            </button>
            <button type="button" disabled={!hydrated} onClick={() => onBook(scenario.priceBook)}>
              Reset prices
            </button>
            <p className="tco-status" role="status">
              {status}
            </p>
          </div>

          {citations && <ScenarioCitation citations={citations} query={encodeScenario(scenario)} enabled={hydrated} />}

          <table className="tco-summary">
            <caption>Cost of each strategy, {book.label.toLowerCase()} ({scenario.priceBook}), US dollars</caption>
            <thead>
              <tr>
                <th scope="col">Strategy</th>
                <th scope="col">Total</th>
                <th scope="col">Present value at {scenario.discountPct}%</th>
                <th scope="col">Per workload per year</th>
                <th scope="col">One-time</th>
                <th scope="col">Recurring</th>
                <th scope="col">Hosts (year 1)</th>
                <th scope="col">Compared with the cheapest</th>
              </tr>
            </thead>
            <tbody>
              {result.strategies.map((r) => {
                const d = difference(cheapest, r);
                return (
                  <tr key={r.id} id={`tco-row-${r.id}`} className={r.id === result.cheapest ? 'is-cheapest' : undefined}>
                    <th scope="row">
                      {r.label}
                      {r.id === result.cheapest && <span className="tco-badge">cheapest</span>}
                    </th>
                    <td data-label="Total">{usd(r.totalNominal)}</td>
                    <td data-label="Present value">{usd(r.totalDiscounted)}</td>
                    <td data-label="Per workload per year">{usd(r.perVmYear)}</td>
                    <td data-label="One-time">{usd(r.oneTimeTotal)}</td>
                    <td data-label="Recurring">{usd(r.recurringTotal)}</td>
                    <td data-label="Hosts (year 1)">{r.pools.map((p) => `${p.hostsYear1} (${p.label.toLowerCase()})`).join(' + ')}</td>
                    <td data-label="Compared with the cheapest">{r.id === result.cheapest ? '—' : `${usd(d.dollars)} more (${pct(d.percent)})`}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>

          <div className="tco-charts" ref={chartsRef}>
            <StackedCostChart
              id="tco-breakdown"
              caption="What each strategy’s total is made of"
              width={width}
              rows={result.strategies.map((r) => ({ id: r.id, label: r.label, byCategory: r.byCategory }))}
            />
            <CumulativeChart
              id="tco-cumulative"
              caption="Cumulative cost, year by year"
              width={width}
              series={result.strategies.map((r) => ({ id: r.id, label: r.label, points: r.years.map((y) => ({ year: y.year, cumulative: y.cumulative })) }))}
            />
            <BreakEvenChart
              id="tco-break-even"
              caption={`Total cost as the Linux share of the ${scenario.windowsVms + scenario.linuxVms} workloads changes`}
              width={width}
              points={be.points}
              switches={be.switches}
            />
            {be.switches.length > 0 ? (
              <p className="tco-note">
                The cheapest strategy changes at{' '}
                {be.switches.map((s) => `${s.linuxShare}% Linux (${s.from} to ${s.to})`).join(', ')}.
              </p>
            ) : (
              <p className="tco-note">The same strategy is cheapest at every Linux share.</p>
            )}
            <div className="tco-field tco-pair">
              <label htmlFor="tco-pair">Sensitivity of the difference</label>
              <select id="tco-pair" value={pair} disabled={!hydrated} onChange={(e) => setPair(Number(e.target.value))}>
                {PAIRS.map(([x, y], i) => (
                  <option key={i} value={i}>
                    {y} minus {x}
                  </option>
                ))}
              </select>
            </div>
            <TornadoChart
              id="tco-tornado"
              caption={`How far each input, 20% lower or higher, moves the difference ${STRATEGY_LABELS[pb]} minus ${STRATEGY_LABELS[pa]}`}
              width={width}
              pairLabel={`${pb} minus ${pa}`}
              bars={sens.bars.slice(0, 12)}
              base={sens.base}
            />
            {ranges && (
              <>
                <RangeChart
                  id="tco-ranges"
                  caption={`Likely range of each total over ${ranges.draws.toLocaleString('en-US')} draws of the uncertain inputs (10th to 90th percentile; the mark is the median)`}
                  width={width}
                  ranges={result.strategies.map((r) => ({ id: r.id, label: r.label, ...ranges.byStrategy[r.id] }))}
                />
                <p className="tco-note">
                  Cheapest in the draws:{' '}
                  {result.strategies.map((r) => `${r.id} ${Math.round(ranges.byStrategy[r.id].cheapestShare * 100)}%`).join(', ')}. The draws vary host price,
                  electricity, Linux subscriptions, the independent hypervisor’s price, administrator cost, training and VMs per host between the price
                  book’s low and high values (triangular, your value most likely); growth and staffing ratios are in the sensitivity chart instead.
                </p>
              </>
            )}
          </div>

          <h2 id="tco-working">Show the working</h2>
          {result.strategies.map((r) => (
            <details key={r.id} className="tco-working">
              <summary>
                {r.label}: {usd(r.totalNominal)}
              </summary>
              <table>
                <caption>Every cost of {r.label}, with its formula</caption>
                <thead>
                  <tr>
                    <th scope="col">Cost</th>
                    <th scope="col">One-time</th>
                    <th scope="col">Recurring</th>
                    <th scope="col">How it is worked out</th>
                  </tr>
                </thead>
                <tbody>
                  {r.lines.map((l) => (
                    <tr key={l.label}>
                      <th scope="row">{l.label}</th>
                      <td>{usd(l.oneTime.reduce((a, b) => a + b, 0))}</td>
                      <td>{usd(l.recurring.reduce((a, b) => a + b, 0))}</td>
                      <td>
                        <ul>
                          {l.working.map((w) => (
                            <li key={w}>{w}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <th scope="row">Total</th>
                    <td>{usd(r.oneTimeTotal)}</td>
                    <td>{usd(r.recurringTotal)}</td>
                    <td>
                      {CATEGORIES.filter((c) => r.byCategory[c].total > 0).length} kinds of cost over {scenario.years} years; present value{' '}
                      {usd(r.totalDiscounted)}
                    </td>
                  </tr>
                </tfoot>
              </table>
            </details>
          ))}
        </section>
      </div>
    </div>
  );
}
