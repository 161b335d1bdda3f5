/**
 * /tools/matrix.json: the whole matrix, resolved (labels, links), for the
 * settings island's CSV export. Fetched only when a reader asks for a CSV, so
 * the page itself carries the matrix once, as its table (issue 15).
 */
import type { APIRoute } from 'astro';
import { loadMatrix } from '../../data/matrix';

/** What only the page's table uses: a citation's fact on its own (it ends the citation's label too). */
const TABLE_ONLY = new Set(['fact']);

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await loadMatrix(), (key, value) => (TABLE_ONLY.has(key) ? undefined : value)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
