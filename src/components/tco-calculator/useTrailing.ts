import { startTransition, useEffect, useState } from 'react';

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
 */
export function useTrailing<T>(value: T): T {
  const [trailing, setTrailing] = useState(value);
  useEffect(() => {
    startTransition(() => setTrailing(value));
  }, [value]);
  return trailing;
}
