/**
 * /analysis/<slug>/wordings.json: each block of the part reworded since an
 * earlier edition, with its earlier wordings by edition, for the "Reworded
 * since" notes, which fetch it when a reader opens one (src/scripts/reading.ts;
 * src/lib/markdown/edition-history.ts writes the notes). {} for a part never
 * reworded.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { analysisParts } from '../../../data/analysis';
import { contentDir } from '../../../lib/content-dir';
import { earlierWordings } from '../../../lib/markdown/edition-history';

export const getStaticPaths = (async () => (await analysisParts()).map((part) => ({ params: { slug: part.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const wordings: Record<string, Record<string, string>> = {};
  for (const change of earlierWordings(contentDir(), params.slug!)) wordings[change.id] = Object.fromEntries(change.since.map((s) => [s.edition, s.wording]));
  return new Response(JSON.stringify(wordings), { headers: { 'Content-Type': 'application/json' } });
};
