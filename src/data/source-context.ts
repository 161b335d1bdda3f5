/** What source references in the data resolve against: the analysis parts and the hindsight events (Astro-only). */
import { analysisParts } from './analysis';
import { HINDSIGHT, dateText } from './hindsight';
import type { SourceContext } from '../lib/source-refs';

/** The part that carries the note's table (<NoteTable /> in its MDX). */
const TABLE_SLUG = 'the-independents';

export async function sourceContext(): Promise<SourceContext> {
  const parts = Object.fromEntries((await analysisParts()).map((p) => [p.slug, { part: p.part, title: p.title }]));
  const events = Object.fromEntries(HINDSIGHT.events.map((e) => [e.id, { date: dateText(e.date), source: e.source }]));
  return { parts, events, tableSlug: TABLE_SLUG };
}
