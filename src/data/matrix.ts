/**
 * The comparison matrix, built at build time from content/data/matrix.json,
 * the note's table and the hindsight events; any missing cell or unresolved
 * source fails the build (see src/lib/matrix/model.ts).
 */
import { getCollection } from 'astro:content';
import data from '../../content/data/matrix.json';
import { matrixDataSchema } from '../lib/content-schemas';
import { buildMatrix } from '../lib/matrix/model';
import { analysisParts } from './analysis';
import { HINDSIGHT, dateText } from './hindsight';

/** The part that carries the note's table (<NoteTable /> in its MDX). */
const TABLE_SLUG = 'the-independents';

export async function loadMatrix() {
  const noteTable = (await getCollection('noteTable')).map((entry) => entry.data);
  const parts = Object.fromEntries((await analysisParts()).map((p) => [p.slug, { part: p.part, title: p.title }]));
  const events = Object.fromEntries(HINDSIGHT.events.map((e) => [e.id, { date: dateText(e.date), source: e.source }]));
  return buildMatrix(matrixDataSchema.parse(data), noteTable, { parts, events, tableSlug: TABLE_SLUG });
}
