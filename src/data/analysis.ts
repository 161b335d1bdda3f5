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

/** A part's paragraph numbers, as citations count them ("§2, para. 3"): anchor to number. */
export async function partParagraphNumbers(entry: Parameters<typeof render>[0]): Promise<Map<string, number>> {
  const { remarkPluginFrontmatter } = await render(entry);
  return paragraphNumbers((remarkPluginFrontmatter.anchors as string[] | undefined) ?? []);
}

/** Each part's paragraph numbers: slug to anchor to number. */
export async function paragraphNumbersByPart(): Promise<Map<string, Map<string, number>>> {
  const out = new Map<string, Map<string, number>>();
  for (const part of await analysisParts()) out.set(part.slug, await partParagraphNumbers(part.entry));
  return out;
}
