import { useEffect } from 'react';
import { addressWith } from '../../lib/url-query';

/** Pause in typing before the address bar is rewritten, ms. */
const PAUSE_MS = 300;

/**
 * Keeps the address bar's query equal to `query` once the island has read the
 * link, as useQueryInUrl does, but after a pause in typing: history.replaceState
 * is among the costliest calls of a keystroke (tens of ms at a phone's speed),
 * and React runs it before the keystroke's paint. Nothing is lost meanwhile:
 * "Copy link" builds the link from the scenario (`addressOf`), and leaving the
 * page writes the address at once, so a reload keeps what was typed.
 */
export function useAddressAfterPause(query: string, hydrated: boolean) {
  useEffect(() => {
    if (!hydrated) return;
    const write = () => {
      const next = addressWith(location.pathname, query, location.hash);
      if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
    };
    const timer = setTimeout(write, PAUSE_MS);
    addEventListener('pagehide', write);
    return () => {
      clearTimeout(timer);
      removeEventListener('pagehide', write);
    };
  }, [query, hydrated]);
}

/** The full address of a scenario's query on this page, what "Copy link" copies. */
export const addressOf = (query: string) => `${location.origin}${addressWith(location.pathname, query, location.hash)}`;
