/**
 * Editions: the site's text is versioned so a citation can name the wording
 * it quotes. The current edition is the last one in content/editions.json;
 * past editions are frozen copies of the analysis in
 * content/editions/<id>/ (made by `npm run edition -- <new-id>`), readable at
 * /editions/<id>/analysis/<slug>/.
 *
 * Pure functions: which paragraphs changed between two wordings of a part.
 */
import type { Edition } from './content-schemas';

/** The current edition (the last listed). */
export function currentEdition(editions: Edition[]): Edition {
  const last = editions[editions.length - 1];
  if (!last) throw new Error('content/editions.json lists no edition');
  return last;
}

/** Checks ids are unique and in publication order. */
export function editionProblems(editions: Edition[]): string[] {
  const problems: string[] = [];
  editions.forEach((e, i) => {
    if (editions.findIndex((o) => o.id === e.id) !== i) problems.push(`edition ${e.id} is listed twice`);
    if (i > 0 && e.published < editions[i - 1].published) problems.push(`edition ${e.id} is listed before an earlier one`);
  });
  return problems;
}

/**
 * The wording of each identified block of an MDX part, keyed by its anchor:
 * paragraphs and list items (`[#p-x] …` → "p-x"), headings (`## … [#x]`),
 * footnotes (`[^note-3]: …` → "fn-note-3") and our own boxes
 * (`<Hindsight id="hs-x" …>…</Hindsight>`, `<EditorNote id="ed-x">`). The
 * text is normalised (footnote references and spacing) so that only a change
 * of wording counts.
 */
export function blocksById(mdxBody: string): Map<string, string> {
  const blocks = new Map<string, string>();
  for (const chunk of mdxBody.split(/\n\s*\n/)) {
    const text = chunk.trim().replace(/^-\s+/, '');
    const paragraph = /^\[#([a-z][a-z0-9-]*)\]\s*([\s\S]*)$/.exec(text);
    const heading = /^#{2,4}\s+([\s\S]*?)\s*\[#([a-z][a-z0-9-]*)\]$/.exec(text);
    const footnote = /^\[\^([a-z0-9-]+)\]:\s*([\s\S]*)$/.exec(text);
    const box = /^<(Hindsight|EditorNote)\s+id="([a-z][a-z0-9-]*)"[^>]*>([\s\S]*)<\/\1>$/.exec(text);
    if (paragraph) blocks.set(paragraph[1], normalise(paragraph[2]));
    else if (heading) blocks.set(heading[2], normalise(heading[1]));
    else if (footnote) blocks.set(`fn-${footnote[1]}`, normalise(footnote[2]));
    else if (box) blocks.set(box[2], normalise(box[3]));
  }
  return blocks;
}

function normalise(text: string): string {
  return text.replace(/\[\^[^\]]+\]/g, '').replace(/\s+/g, ' ').trim();
}

/** Plain reading text of a block's source (markdown emphasis and JSX tags removed), for showing an old wording. */
export function plainWording(source: string): string {
  // Links first: once an editor's remark is wrapped in "[editor: …]", a link inside it would match from that bracket.
  return source
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/<Sic wrote="[^"]*">([^<]*)<\/Sic>/g, '$1')
    .replace(/<Ed>([\s\S]*?)<\/Ed>/g, '[editor: $1]')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*?([^*]+)\*\*?/g, '$1');
}

export interface ChangedBlock {
  /** The anchor id of the paragraph or heading. */
  id: string;
  /** Editions (oldest first) in which the wording differed from today's. */
  since: Array<{ edition: string; wording: string }>;
}

/**
 * For each block of the current wording, the past editions whose wording of
 * that block differs. Blocks a past edition did not have are not "changed":
 * they are new, and no old citation can point at them.
 */
export function changedBlocks(current: Map<string, string>, past: Array<{ edition: string; blocks: Map<string, string> }>): ChangedBlock[] {
  const out: ChangedBlock[] = [];
  for (const [id, wording] of current) {
    const since = past.filter((p) => p.blocks.has(id) && p.blocks.get(id) !== wording).map((p) => ({ edition: p.edition, wording: plainWording(p.blocks.get(id)!) }));
    if (since.length) out.push({ id, since });
  }
  return out;
}

/**
 * The other direction, for a past edition's page: each of its blocks whose
 * wording a later text has changed, with that later wording, so a reader of
 * the old page learns it has been reworded and can read both.
 */
export function rewordedLater(old: Map<string, string>, later: Map<string, string>): Array<{ id: string; wording: string }> {
  const out: Array<{ id: string; wording: string }> = [];
  for (const [id, wording] of old) {
    const now = later.get(id);
    if (now !== undefined && now !== wording) out.push({ id, wording: plainWording(now) });
  }
  return out;
}

/** Every block whose wording differs between two texts of a part (blocks in both). */
export function rewordedIds(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((id) => before.has(id) && before.get(id) !== after.get(id));
}
