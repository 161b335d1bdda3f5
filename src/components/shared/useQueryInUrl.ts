import { useEffect } from 'react';
import { addressWith } from '../../lib/url-query';

/**
 * Keeps the address bar's query equal to `query` once the island has read
 * the link, with history.replaceState (no history entry per change), and
 * never before the change is on screen: replaceState is among the costliest
 * calls of an interaction at a phone's speed (about 5 ms of a matrix view
 * switch under a 4x CPU slowdown, tens of ms of a calculator keystroke), and
 * from a click's or a key's effects React ran it before the paint (issue 15).
 *
 * `pauseMs`: 0 writes the address once the next frame is out; more waits that
 * long without a new query (a pause in typing). Nothing is lost meanwhile:
 * "Copy link" builds its link with `addressOf(query)`, and leaving the page
 * writes the address at once, so a reload keeps the view.
 */
export function useQueryInUrl(query: string, hydrated: boolean, pauseMs = 0) {
  useEffect(() => {
    if (!hydrated) return;
    const write = () => {
      const next = addressWith(location.pathname, query, location.hash);
      if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
    };
    let timer = 0;
    let frame = 0;
    if (pauseMs > 0) timer = window.setTimeout(write, pauseMs);
    else frame = requestAnimationFrame(() => (timer = window.setTimeout(write, 0)));
    addEventListener('pagehide', write);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
      removeEventListener('pagehide', write);
    };
  }, [query, hydrated, pauseMs]);
}

/** The full address of `query` on this page: what "Copy link" copies, before the address bar has caught up. */
export const addressOf = (query: string) => `${location.origin}${addressWith(location.pathname, query, location.hash)}`;
