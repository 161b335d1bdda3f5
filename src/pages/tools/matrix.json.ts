/**
 * /tools/matrix.json: the whole matrix, resolved (labels, links), for the
 * settings island's CSV export. Fetched only when a reader asks for a CSV, so
 * the page itself carries the matrix once, as its table (issue 15).
 */
import type { APIRoute } from 'astro';
import { loadMatrix } from '../../data/matrix';

export const GET: APIRoute = async () => new Response(JSON.stringify(await loadMatrix()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
