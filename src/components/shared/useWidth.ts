import { startTransition, useEffect, useRef, useState } from 'react';

/**
 * The width of an element in CSS pixels, following resizes; `initial` before the browser measures (and on the server).
 * `interruptible`: a new width is a transition, so what is laid out for it renders in pieces React can interrupt
 * (and together with other transitions started at the same moment, such as a link read as the island hydrates).
 */
export function useWidth<T extends HTMLElement>(initial = 640, { interruptible = false } = {}) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(initial);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const next = Math.max(280, Math.floor(el.getBoundingClientRect().width));
      if (interruptible) startTransition(() => setWidth(next));
      else setWidth(next);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [interruptible]);
  return [ref, width] as const;
}
