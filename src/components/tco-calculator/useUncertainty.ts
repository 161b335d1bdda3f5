import { startTransition, useEffect, useState } from 'react';
import type { UncertaintyResult } from '../../lib/tco/analysis';
import type { Scenario } from '../../lib/tco/scenario';
import { ask } from './worker-client';

/** Pause in typing before a new run starts, ms. */
const PAUSE_MS = 150;

/**
 * The uncertainty ranges of a scenario, computed in the worker after a pause
 * in typing; null until the first run has finished (the server renders none).
 * The charts' (deferred) scenario is the one to pass: ranges then never
 * describe a scenario the other charts do not show yet.
 */
export function useUncertainty(scenario: Scenario, enabled: boolean): UncertaintyResult | null {
  const [ranges, setRanges] = useState<UncertaintyResult | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let wanted = true; // false once the scenario has changed again: that answer is dropped
    const timer = setTimeout(() => {
      void ask({ kind: 'uncertainty', scenario }).then((result) => {
        // Interruptible: a keystroke arriving meanwhile is handled first.
        if (wanted && result) startTransition(() => setRanges(result));
      });
    }, PAUSE_MS);
    return () => {
      wanted = false;
      clearTimeout(timer);
    };
  }, [scenario, enabled]);
  return ranges;
}
