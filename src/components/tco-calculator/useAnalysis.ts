import { startTransition, useEffect, useState } from 'react';
import { analysisKey, type Analysis, type KeyedAnalysis } from '../../lib/tco/analysis';
import type { StrategyId } from '../../lib/tco/model';
import type { Scenario } from '../../lib/tco/scenario';
import { ask } from './worker-client';

/**
 * Break-even and sensitivity for the charts, computed in the worker: a few
 * hundred model runs that took the main thread for tens of milliseconds per
 * keystroke, and over 100 ms in one piece while hydrating (issue 15). Until
 * the worker answers, the last analysis stays on screen and `current` is
 * false, so the charts can say they are catching up. `initial` is the
 * analysis the server rendered with (the page's default scenario), so
 * hydrating computes nothing.
 */
export function useAnalysis(scenario: Scenario, pair: [StrategyId, StrategyId], enabled: boolean, initial: KeyedAnalysis): { analysis: Analysis; current: boolean } {
  const [shown, setShown] = useState(initial);
  const key = analysisKey(scenario, pair);
  const current = shown.key === key;
  useEffect(() => {
    if (!enabled || current) return;
    let wanted = true; // false once the scenario or pair has changed again: that answer is dropped
    void ask({ kind: 'analysis', scenario, pair }).then((analysis) => {
      if (wanted) startTransition(() => setShown({ key, analysis }));
    });
    return () => {
      wanted = false;
    };
  }, [key, enabled]); // eslint-disable-line react-hooks/exhaustive-deps -- the key names the scenario and pair
  return { analysis: shown.analysis, current };
}
