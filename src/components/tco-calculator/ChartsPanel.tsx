/**
 * The charts: what each total is made of, the cumulative cost, where the
 * cheapest strategy changes with the Linux share, which inputs move the gap
 * between two strategies (the cheapest and the runner-up unless the reader
 * picks another pair), and the uncertainty ranges. They draw the deferred
 * scenario: React renders them after the totals, in pieces it can interrupt
 * when the reader types again. Break-even, sensitivity and the ranges are
 * computed in a worker (useAnalysis, useUncertainty) and drawn when they
 * arrive; each lives in its own component, so only it re-renders then.
 */
import { memo, useEffect, useState } from 'react';
import type { Analysis, KeyedAnalysis } from '../../lib/tco/analysis';
import { STRATEGY_LABELS, fmt, type Comparison, type StrategyId } from '../../lib/tco/model';
import type { Scenario } from '../../lib/tco/scenario';
import type { Verdict } from '../../lib/tco/verdict';
import { StackedCostChart } from './charts/StackedCostChart';
import { CumulativeChart } from './charts/CumulativeChart';
import { BreakEvenChart } from './charts/BreakEvenChart';
import { TornadoChart } from './charts/TornadoChart';
import { RangeChart } from './charts/RangeChart';
import { useAnalysis } from './useAnalysis';
import { useUncertainty } from './useUncertainty';

/** The pairs a reader may pick for the sensitivity chart, as [base, other]: the chart shows other minus base. */
const PAIRS: Array<[StrategyId, StrategyId]> = [['A', 'B'], ['A', 'C'], ['C', 'B']];

const BreakEvenSection = memo(function BreakEvenSection({ analysis, busy, width }: { analysis: Analysis; busy: boolean; width: number }) {
  const be = analysis.breakEven;
  return (
    <>
      <BreakEvenChart
        id="tco-break-even"
        caption={`Total cost as the Linux share of the ${analysis.workloads} workloads changes`}
        width={width}
        points={be.points}
        switches={be.switches}
        busy={busy}
      />
      {be.switches.length > 0 ? (
        <p className="tco-note">
          The cheapest strategy changes at {be.switches.map((s) => `${s.linuxShare}% Linux (${s.from} to ${s.to})`).join(', ')}.
        </p>
      ) : (
        <p className="tco-note">The same strategy is cheapest at every Linux share.</p>
      )}
    </>
  );
});

const SensitivitySection = memo(function SensitivitySection({ analysis, busy, width }: { analysis: Analysis; busy: boolean; width: number }) {
  const [base, other] = analysis.pair;
  return (
    <TornadoChart
      id="tco-tornado"
      caption={`How far each input, 20% lower or higher, moves the gap between ${STRATEGY_LABELS[other]} and ${STRATEGY_LABELS[base]} (${other} minus ${base})`}
      width={width}
      pairLabel={`${other} minus ${base}`}
      bars={analysis.sensitivity.bars.slice(0, 12)}
      base={analysis.sensitivity.base}
      busy={busy}
    />
  );
});

/**
 * The uncertainty ranges: they arrive from a worker a moment after the other
 * charts, and only this section re-renders when they do.
 */
const RangeSection = memo(function RangeSection({ scenario, result, width, enabled }: { scenario: Scenario; result: Comparison; width: number; enabled: boolean }) {
  const ranges = useUncertainty(scenario, enabled);
  if (!ranges) return null;
  return (
    <>
      <RangeChart
        id="tco-ranges"
        caption={`Likely range of each total over ${fmt(ranges.draws)} draws of the uncertain inputs (10th to 90th percentile; the mark is the median)`}
        width={width}
        ranges={result.strategies.map((r) => ({ id: r.id, label: r.label, ...ranges.byStrategy[r.id] }))}
      />
      <p className="tco-note">
        Cheapest in the draws: {result.strategies.map((r) => `${r.id} ${Math.round(ranges.byStrategy[r.id].cheapestShare * 100)}%`).join(', ')}. The draws vary host price, electricity, Linux
        subscriptions, the independent hypervisor’s price, administrator cost, training and VMs per host between the price book’s low and high values (triangular, your value most
        likely); growth and staffing ratios are in the sensitivity chart instead.
      </p>
    </>
  );
});

interface Props {
  scenario: Scenario;
  result: Comparison;
  verdict: Verdict;
  width: number;
  enabled: boolean;
  /** Break-even and sensitivity of the scenario the server renders (its defaults, the automatic pair). */
  initialAnalysis: KeyedAnalysis;
  /**
   * Called when the island is live and the analysis drawn is the scenario's own: from then on the page
   * may show its numbers as the scenario's (a link's never show the default scenario's break-even).
   */
  onLive: () => void;
}

export const ChartsPanel = memo(function ChartsPanel({ scenario, result, verdict, width, enabled, initialAnalysis, onLive }: Props) {
  // "auto": the runner-up minus the cheapest, following the scenario; or one of PAIRS, by index.
  const [choice, setChoice] = useState<'auto' | number>('auto');
  const auto: [StrategyId, StrategyId] = [verdict.cheapest, verdict.runnerUp];
  const pair = choice === 'auto' ? auto : PAIRS[choice];
  const { analysis, current } = useAnalysis(scenario, pair, enabled, initialAnalysis);
  useEffect(() => {
    if (enabled && current) onLive();
  }, [enabled, current, onLive]);
  return (
    <>
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
      <BreakEvenSection analysis={analysis} busy={!current} width={width} />
      <div className="tco-field tco-pair">
        <label htmlFor="tco-pair">Sensitivity of the gap between</label>
        <select id="tco-pair" value={String(choice)} disabled={!enabled} onChange={(e) => setChoice(e.target.value === 'auto' ? 'auto' : Number(e.target.value))}>
          <option value="auto">
            the runner-up and the cheapest ({auto[1]} minus {auto[0]})
          </option>
          {PAIRS.map(([x, y], i) => (
            <option key={i} value={i}>
              {y} minus {x}
            </option>
          ))}
        </select>
      </div>
      <SensitivitySection analysis={analysis} busy={!current} width={width} />
      <RangeSection scenario={scenario} result={result} width={width} enabled={enabled} />
    </>
  );
});
