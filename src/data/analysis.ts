/**
 * The analysis parts from the content collection, in the note's order. The
 * one place pages read them from (Astro-only: uses astro:content).
 */
import { getCollection, render } from 'astro:content';
import { paragraphNumbers } from '../lib/paragraph-numbers';
import { inReadingOrder } from '../lib/parts';

export async function analysisParts() {
  return inReadingOrder((await getCollection('analysis')).map((entry) => ({ slug: entry.id, ...entry.data, entry })));
}

/** Each part's paragraph numbers, as citations count them ("§2, para. 3"): slug to anchor to number. */
export async function paragraphNumbersByPart(): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  for (const part of await analysisParts()) {
    const { remarkPluginFrontmatter } = await render(part.entry);
    out.set(part.slug, paragraphNumbers((remarkPluginFrontmatter.anchors as string[] | undefined) ?? []));
  }
  return out;
}
