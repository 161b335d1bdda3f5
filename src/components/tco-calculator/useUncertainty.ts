import { startTransition, useEffect, useRef, useState } from 'react';
import { uncertainRanges, uncertainty, type UncertaintyResult } from '../../lib/tco/analysis';
import { findBook } from '../../lib/tco/price-books';
import type { Scenario } from '../../lib/tco/scenario';

/** Pause in typing before a new run starts, ms. */
const PAUSE_MS = 150;

/**
 * The uncertainty ranges of a scenario, computed in a worker after a pause in
 * typing; null until the first run has finished (the server renders none).
 * The charts' (deferred) scenario is the one to pass: ranges then never
 * describe a scenario the other charts do not show yet.
 * Where a worker cannot start, the run falls back to the main thread.
 */
export function useUncertainty(scenario: Scenario, enabled: boolean): UncertaintyResult | null {
  const [ranges, setRanges] = useState<UncertaintyResult | null>(null);
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const started = useRef(0);
  const pending = useRef<Scenario | null>(null);
  const onMainThread = (s: Scenario) => {
    const book = findBook(s.priceBook);
    if (book) setRanges(uncertainty(s, uncertainRanges(book, s)));
    performance.measure('tco-uncertainty', { start: started.current, end: performance.now() });
  };

  useEffect(() => {
    try {
      const w = new Worker(new URL('./uncertainty.worker.ts', import.meta.url), { type: 'module' });
      w.onmessage = (e: MessageEvent<{ id: number; result: UncertaintyResult }>) => {
        if (e.data.id !== latest.current) return; // a newer scenario is on its way
        performance.measure('tco-uncertainty', { start: started.current, end: performance.now() }); // read by `npm run bench`
        pending.current = null;
        // Interruptible: a keystroke arriving meanwhile is handled first.
        startTransition(() => setRanges(e.data.result));
      };
      // A worker that cannot load (an old browser, a strict policy) hands its work back to the page.
      w.onerror = () => {
        worker.current = null;
        if (pending.current) onMainThread(pending.current);
      };
      worker.current = w;
    } catch {
      worker.current = null;
    }
    return () => worker.current?.terminate();
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const timer = setTimeout(() => {
      const id = ++latest.current;
      started.current = performance.now();
      pending.current = scenario;
      if (worker.current) worker.current.postMessage({ id, scenario });
      else onMainThread(scenario);
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [scenario, enabled]);

  return ranges;
}
