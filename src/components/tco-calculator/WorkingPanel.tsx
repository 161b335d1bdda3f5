/**
 * "Show the working": every cost line of each strategy with its formula and
 * numbers. Rendered from the deferred result, so typing never waits for it;
 * each table sits in a box that scrolls sideways on its own where the column
 * is too narrow, with a shadow at the edge that hides columns.
 */
import { memo } from 'react';
import { CATEGORIES, usd, type Comparison } from '../../lib/tco/model';

export const WorkingPanel = memo(function WorkingPanel({ result, years }: { result: Comparison; years: number }) {
  return (
    <>
      <h2 id="tco-working">Show the working</h2>
      {result.strategies.map((r) => (
        <details key={r.id} className="tco-working render-when-near">
          <summary>
            {r.label}: {usd(r.totalNominal)}
          </summary>
          <div className="tco-scroll" tabIndex={0} role="region" aria-label={`Every cost of ${r.label}`}>
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
                    <td data-label="One-time">{usd(l.oneTime.reduce((a, b) => a + b, 0))}</td>
                    <td data-label="Recurring">{usd(l.recurring.reduce((a, b) => a + b, 0))}</td>
                    <td data-label="How">
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
                  <td data-label="One-time">{usd(r.oneTimeTotal)}</td>
                  <td data-label="Recurring">{usd(r.recurringTotal)}</td>
                  <td>
                    {CATEGORIES.filter((c) => r.byCategory[c].total > 0).length} kinds of cost over {years} {years === 1 ? 'year' : 'years'}; present value {usd(r.totalDiscounted)}
                  </td>
                </tr>
              </tfoot>
            </table>
          </div>
        </details>
      ))}
    </>
  );
});
