/**
 * /changelog.atom: every edition and what changed in it (src/lib/atom-feed.ts),
 * from content/editions.json through the same data module as the changelog.
 */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { EDITION, EDITIONS, hasArchivedEditions } from '../data/citations';
import { atomFeed } from '../lib/atom-feed';
import { REWORK_AUTHOR } from '../lib/citation';
import { inReadingOrder, sectionSign } from '../lib/parts';
import { withBase } from '../lib/site';
import { SITE } from '../lib/source';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const abs = (path: string) => new URL(withBase(base, path), site).href;
  const archived = hasArchivedEditions() ? await getCollection('archivedAnalysis') : [];
  const partsOf = (id: string) =>
    inReadingOrder(archived.filter((e) => e.id.startsWith(`${id}/`)).map((e) => ({ slug: e.id.split('/')[1], part: e.data.part, title: e.data.title })));
  const body = atomFeed(EDITIONS, {
    selfUrl: abs('changelog.atom'),
    changelogUrl: abs('changelog/'),
    title: `${SITE.name}: editions and changes`,
    author: REWORK_AUTHOR,
    readAt: (edition) =>
      edition.id === EDITION.id
        ? [{ label: 'The current text', url: abs('analysis/') }]
        : partsOf(edition.id).map((p) => ({ label: `${sectionSign(p.part)} ${p.title}`, url: abs(`editions/${edition.id}/analysis/${p.slug}/`) })),
  });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
