/** What source references in the data resolve against: the analysis parts, the hindsight events and the sources we checked (Astro-only). */
import { analysisParts } from './analysis';
import { HINDSIGHT, dateText } from './hindsight';
import sourcesFile from '../../content/data/sources.json';
import type { SourceContext } from '../lib/source-refs';
import { webSourcesById, webSourcesFileSchema } from '../lib/web-sources';

/** The part that carries the note's table (<NoteTable /> in its MDX). */
const TABLE_SLUG = 'the-independents';

/** content/data/sources.json, checked at build time: a bad entry fails the build. */
export const WEB_SOURCES = webSourcesById(webSourcesFileSchema.parse(sourcesFile));

export async function sourceContext(): Promise<SourceContext> {
  const parts = Object.fromEntries((await analysisParts()).map((p) => [p.slug, { part: p.part, title: p.title }]));
  const events = Object.fromEntries(HINDSIGHT.events.map((e) => [e.id, { date: dateText(e.date), source: e.source }]));
  return { parts, events, tableSlug: TABLE_SLUG, webSources: WEB_SOURCES };
}
