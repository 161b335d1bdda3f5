/**
 * A shared link must never show the default scenario's numbers as its own
 * (issue 14). The page is static: the server renders the defaults, and the
 * island reads the link only when it hydrates. This script runs inline
 * before the calculator is parsed: when the address carries a query, it
 * marks the document, and CSS hides the server's numbers behind a "working
 * out" line until the island has computed the link's scenario (it then
 * removes the mark). Without JavaScript nothing is hidden, and the page says
 * the numbers are the defaults. Its sha256 hash is in the
 * Content-Security-Policy (astro.config.mjs), so it is one fixed string.
 */
export const LINK_PENDING_CLASS = 'tco-link-pending';

export const TCO_LINK_GATE_SCRIPT = `if(location.search.length>1)document.documentElement.classList.add('${LINK_PENDING_CLASS}');`;
