import { startTransition, useEffect, useState } from 'react';

/** Pause in typing, ms, before what follows the keystrokes catches up: the charts and the working, and the address bar. */
export const TYPING_PAUSE_MS = 300;

/**
 * `value` as it was at the previous commit, then as it is, set as an
 * interruptible update once React has committed (and the browser can paint)
 * everything that depends on `value` directly. The charts and the working
 * follow the scenario this way, as useDeferredValue would have them follow a
 * keystroke, and also when a link's scenario is read after hydration: that
 * update is already a transition, where useDeferredValue defers nothing, so
 * the inputs, the answer, the charts and the working were one render and one
 * commit, a task of well over 100 ms on a phone (issue 15). Now the charts
 * and the working are a render and a commit of their own.
 *
 * `pauseMs`: wait that long without a new value first. While a reader types,
 * the charts' render, their commit, the worker's answers and the layout and
 * paint of four charts (several hundred ms at a phone's speed) otherwise ran
 * between keystrokes, and a key arriving meanwhile waited for them; the
 * totals still follow every key.
 */
export function useTrailing<T>(value: T, pauseMs = 0): T {
  const [trailing, setTrailing] = useState(value);
  useEffect(() => {
    const follow = () => startTransition(() => setTrailing(value));
    if (pauseMs <= 0) return follow();
    const timer = setTimeout(follow, pauseMs);
    return () => clearTimeout(timer);
  }, [value, pauseMs]);
  return trailing;
}
