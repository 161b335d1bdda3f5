/**
 * The analysis parts from the content collection, in the note's order. The
 * one place pages read them from (Astro-only: uses astro:content).
 */
import { getCollection } from 'astro:content';
import { inReadingOrder } from '../lib/parts';

export async function analysisParts() {
  return inReadingOrder((await getCollection('analysis')).map((entry) => ({ slug: entry.id, ...entry.data, entry })));
}
