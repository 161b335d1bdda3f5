/**
 * /analysis/<slug>/citations.json: each paragraph's citation in six formats,
 * for the "Cite this paragraph" dialog, and the part's own (`section`), for
 * the formats its "Cite this section" panel leaves out of the page (both
 * fetched only when a reader opens them). Access dates are the sentinel;
 * the page script puts in today's. Each paragraph carries its number
 * ("§2, para. 3"), used in every format.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { analysisParts } from '../../../data/analysis';
import { EDITION, SENTINEL_DATE, citationTexts, partParagraphs } from '../../../data/citations';
import { FORMAT_LABELS, citationTitle, citationUrl, inTextCitation } from '../../../lib/citation';
import { withBase } from '../../../lib/site';

export const getStaticPaths = (async () => (await analysisParts()).map((part) => ({ params: { slug: part.slug }, props: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { part } = props as { part: Awaited<ReturnType<typeof analysisParts>>[number] };
  const pageUrl = new URL(withBase(import.meta.env.BASE_URL, `analysis/${part.slug}/`), site).href;
  const paragraphs: Record<string, unknown> = {};
  for (const p of await partParagraphs(part, pageUrl)) {
    const full = { ...p.target, edition: EDITION, accessed: SENTINEL_DATE };
    paragraphs[p.anchor] = {
      paragraph: p.paragraph,
      url: citationUrl(full),
      title: citationTitle(full),
      inText: await inTextCitation(full),
      formats: await citationTexts(p.target),
    };
  }
  const section = { formats: await citationTexts({ kind: 'part', title: part.title, part: part.part, pageUrl }) };
  return new Response(JSON.stringify({ edition: EDITION.id, sentinel: SENTINEL_DATE, labels: FORMAT_LABELS, section, paragraphs }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
