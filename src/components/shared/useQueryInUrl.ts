import { useEffect } from 'react';
import { addressWith } from '../../lib/url-query';

/** Keeps the address bar's query equal to `query` once the island has read the link (replaceState: no history entry per click). */
export function useQueryInUrl(query: string, hydrated: boolean) {
  useEffect(() => {
    if (!hydrated) return;
    window.history.replaceState(window.history.state, '', addressWith(window.location.pathname, query, window.location.hash));
  }, [query, hydrated]);
}
