/**
 * The answer: one sentence computed from the breakdown, a note when ranking
 * by present value disagrees, warnings about inputs the model reads
 * differently, and the summary table (which reflows into one card per
 * strategy where the column is narrow, so the page never scrolls sideways).
 */
import { memo } from 'react';
import { difference, usd, type Comparison, type StrategyId } from '../../lib/tco/model';
import type { Verdict } from '../../lib/tco/verdict';

const pct = (n: number) => `${n >= 0 ? '+' : ''}${n.toFixed(1)}%`;

interface Props {
  result: Comparison;
  verdict: Verdict;
  warnings: string[];
  years: number;
  discountPct: number;
  bookLabel: string;
}

/** The column heads: the same from key to key, so a keystroke leaves them alone (issue 15). */
const SummaryHead = memo(function SummaryHead({ discountPct }: { discountPct: number }) {
  return (
    <thead>
      <tr>
        <th scope="col">Strategy</th>
        <th scope="col">Total</th>
        <th scope="col">Present value at {discountPct}%</th>
        <th scope="col">Per workload per year</th>
        <th scope="col">One-time</th>
        <th scope="col">Recurring</th>
        <th scope="col">Hosts (year 1)</th>
        <th scope="col">Compared with the cheapest</th>
      </tr>
    </thead>
  );
});

export const ResultsSummary = memo(function ResultsSummary({ result, verdict, warnings, years, discountPct, bookLabel }: Props) {
  const byId = Object.fromEntries(result.strategies.map((r) => [r.id, r])) as Record<StrategyId, Comparison['strategies'][number]>;
  const cheapest = byId[verdict.cheapest];
  const disagree = verdict.cheapestByPresentValue !== verdict.cheapest;
  return (
    <>
      <p className="tco-verdict" id="tco-verdict">
        {verdict.sentence}
      </p>
      {verdict.rankingNote && (
        <p className="tco-ranking-note" id="tco-ranking-note">
          {verdict.rankingNote}
        </p>
      )}
      {warnings.map((w) => (
        <p key={w} className="tco-warning" role="status">
          {w}
        </p>
      ))}
      <table className="tco-summary">
        <caption>
          Cost of each strategy over {years} {years === 1 ? 'year' : 'years'}, {bookLabel.toLowerCase()}, US dollars. “Cheapest” ranks by total; the present value discounts later years at {discountPct}% a year.
        </caption>
        <SummaryHead discountPct={discountPct} />
        <tbody>
          {result.strategies.map((r) => {
            const d = difference(cheapest, r);
            const isCheapest = r.id === verdict.cheapest;
            return (
              <tr key={r.id} id={`tco-row-${r.id}`} className={isCheapest ? 'is-cheapest' : undefined}>
                <th scope="row">
                  {r.label}
                  {isCheapest && <span className="tco-badge">cheapest by total</span>}
                  {disagree && r.id === verdict.cheapestByPresentValue && <span className="tco-badge tco-badge-pv">cheapest by present value</span>}
                </th>
                <td data-label="Total">{usd(r.totalNominal)}</td>
                <td data-label="Present value">{usd(r.totalDiscounted)}</td>
                <td data-label="Per workload per year">{usd(r.perVmYear)}</td>
                <td data-label="One-time">{usd(r.oneTimeTotal)}</td>
                <td data-label="Recurring">{usd(r.recurringTotal)}</td>
                <td data-label="Hosts (year 1)">{r.pools.length === 1 ? r.pools[0].hostsYear1 : r.pools.map((p) => `${p.hostsYear1} (${p.label})`).join(' + ')}</td>
                <td data-label="Compared with the cheapest">{isCheapest ? '—' : `${usd(d.dollars)} more (${pct(d.percent)})`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
});

/** The totals in one line, kept in sight at the foot of the inputs; the table above is what assistive technology reads. */
export const StickyTotals = memo(function StickyTotals({ result, cheapest }: { result: Comparison; cheapest: StrategyId }) {
  return (
    <p className="tco-sticky-totals" aria-hidden="true">
      {result.strategies.map((r) => (
        <span key={r.id} className={r.id === cheapest ? 'is-cheapest' : undefined}>
          {r.id} {usd(r.totalNominal)}
        </span>
      ))}
    </p>
  );
});
