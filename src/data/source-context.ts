/** What source references in the data resolve against: the analysis parts, the hindsight events and the sources we checked (Astro-only). */
import { analysisParts } from './analysis';
import { HINDSIGHT, dateText } from './hindsight';
import type { SourceContext } from '../lib/source-refs';
import { SOURCES } from './sources';
import { timelineLabelsSchema } from '../lib/content-schemas';
import labelData from '../../content/data/timeline-labels.json';

const { labels } = timelineLabelsSchema.parse(labelData);

/** The part that carries the note's table (<NoteTable /> in its MDX). */
const TABLE_SLUG = 'the-independents';

export async function sourceContext(): Promise<SourceContext> {
  const parts = Object.fromEntries((await analysisParts()).map((p) => [p.slug, { part: p.part, title: p.title }]));
  const events = Object.fromEntries(HINDSIGHT.events.map((e) => [e.id, { date: dateText(e.date), name: labels[e.id] }]));
  return { parts, events, tableSlug: TABLE_SLUG, sources: SOURCES };
}
