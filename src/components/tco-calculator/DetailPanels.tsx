/**
 * What follows the answer: the charts and the working, both from the
 * deferred scenario. The full model run with its working (compare with
 * explanations) happens here rather than in TcoCalculator, so it is a piece
 * of React's work of its own: hydrating and a link's first render are split
 * into smaller tasks, and a keystroke's render never waits for it.
 */
import { memo, useMemo, type RefObject } from 'react';
import { compare } from '../../lib/tco/model';
import type { Scenario } from '../../lib/tco/scenario';
import { verdict as verdictOf } from '../../lib/tco/verdict';
import { ChartsPanel } from './ChartsPanel';
import type { KeyedAnalysis } from '../../lib/tco/analysis';
import { WorkingPanel } from './WorkingPanel';

interface Props {
  scenario: Scenario;
  enabled: boolean;
  chartsRef: RefObject<HTMLDivElement | null>;
  width: number;
  initialAnalysis: KeyedAnalysis;
  /** Called once the charts draw the live scenario with its own analysis (ChartsPanel). */
  onLive: () => void;
}

export const DetailPanels = memo(function DetailPanels({ scenario, enabled, chartsRef, width, initialAnalysis, onLive }: Props) {
  const explained = useMemo(() => compare(scenario), [scenario]);
  const verdict = useMemo(() => verdictOf(explained, scenario), [explained, scenario]);
  return (
    <>
      <div className="tco-charts" ref={chartsRef}>
        <ChartsPanel scenario={scenario} result={explained} verdict={verdict} width={width} enabled={enabled} initialAnalysis={initialAnalysis} onLive={onLive} />
      </div>
      <WorkingPanel result={explained} years={scenario.years} />
    </>
  );
});
