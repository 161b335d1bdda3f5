import { useEffect, useRef, useState } from 'react';

/**
 * Whether any part of an element is in the viewport, following scrolls and resizes. True until the browser has
 * said otherwise, and on the server, so nothing is held back on a guess.
 */
export function useInSight<T extends Element>() {
  const ref = useRef<T>(null);
  const [inSight, setInSight] = useState(true);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => setInSight(entries[entries.length - 1].isIntersecting));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, inSight] as const;
}
