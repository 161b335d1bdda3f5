/**
 * remark plugin: keeps every edition's wording readable from every other.
 *
 * - On the current text, each paragraph, heading, footnote or box of ours
 *   reworded since an earlier edition is followed by a collapsed note naming
 *   the edition, with a link to the block in it. The earlier wording itself
 *   comes from /analysis/<slug>/wordings.json when a reader opens the note
 *   (src/scripts/reading.ts), not with every reading of the part (issue 15:
 *   0.3-0.7 KB gzip of each part's first view); src/scripts/cite.ts opens the
 *   note for a reader who arrives from that edition's link. Without JS the
 *   link leads to the earlier wording.
 * - On a past edition's frozen copy, each block reworded since is followed by
 *   a collapsed note with today's wording and a link to it.
 *
 * Earlier wordings are the frozen copies in <contentDir>/editions/<id>/<slug>.mdx.
 * Runs after remarkExplicitIds, which has set each block's id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import type { FootnoteDefinition, Root, RootContent } from 'mdast';
import { blocksById, changedBlocks, rewordedLater, type ChangedBlock } from '../editions';

export interface EditionHistoryOptions {
  /** The content folder (content/, or a fixture's). */
  contentDir: string;
  /** The site's base path, for links to archived editions. */
  base: string;
  /** Edition id to its label ("2026-11" to "November 2026 edition"). */
  labels: Record<string, string>;
}

interface JsxFlowLike {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/** The anchor a top-level block answers to: a paragraph's id, a box's id, a footnote's fn-id. */
function anchorOf(node: RootContent): string {
  if (node.type === 'footnoteDefinition') return `fn-${node.identifier}`;
  if ((node as unknown as JsxFlowLike).type === 'mdxJsxFlowElement') {
    const attr = (node as unknown as JsxFlowLike).attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
    return typeof attr?.value === 'string' ? attr.value : '';
  }
  return (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '';
}

interface Note {
  /** The block's anchor. */
  id: string;
  /** The one-line summary, always visible. */
  summary: string;
  /** data-changed-since on the current text (edition ids); absent on past editions. */
  since?: string;
  /**
   * One paragraph per other wording: its label, the wording, a link to it. With `edition` instead of the
   * wording, the paragraph holds an empty slot (data-wording) that reading.ts fills from wordings.json.
   */
  wordings: Array<{ label: string; href: string; linkText: string } & ({ wording: string } | { edition: string })>;
}

/**
 * Puts each note right after its block (inside a footnote, at its end), as a
 * closed <details>: one line until a reader opens it. Pure: mdast in, mdast out.
 */
export function insertNotes(tree: Root, notes: Note[]): void {
  const byId = new Map(notes.map((n) => [n.id, n]));
  for (let i = tree.children.length - 1; i >= 0; i--) {
    const node = tree.children[i];
    const id = anchorOf(node);
    const note = byId.get(id);
    if (!note || !['paragraph', 'heading', 'footnoteDefinition', 'mdxJsxFlowElement'].includes(node.type)) continue;
    const isHindsight = (node as unknown as JsxFlowLike).name === 'Hindsight';
    const details = {
      type: 'changedNote',
      data: {
        hName: 'details',
        hProperties: {
          // A note on a hindsight box hides with it ("Hide hindsight notes").
          className: ['changed-note', ...(isHindsight ? ['hindsight-note-change'] : [])],
          ...(note.since ? { dataChangedSince: note.since } : {}),
          dataFor: id,
          dataPagefindIgnore: '',
        },
      },
      children: [
        { type: 'changedNoteSummary', data: { hName: 'summary' }, children: [{ type: 'text', value: note.summary }] },
        ...note.wordings.map((w) => ({
          type: 'paragraph',
          children: [
            ...('wording' in w
              ? [{ type: 'text', value: `${w.label}: “${w.wording}” ` }]
              : [{ type: 'text', value: `${w.label}: ` }, { type: 'wordingSlot', data: { hName: 'span', hProperties: { dataWording: w.edition } }, children: [] }]),
            { type: 'link', url: w.href, children: [{ type: 'text', value: w.linkText }] },
          ],
        })),
      ],
    } as unknown as RootContent;
    if (node.type === 'footnoteDefinition') (node as FootnoteDefinition).children.push(details as never);
    else tree.children.splice(i + 1, 0, details);
  }
}

/** Notes for the current text: each changed block with a slot for each earlier wording (filled from wordings.json). */
export function insertChangeNotes(tree: Root, changes: ChangedBlock[], link: (edition: string, id: string) => string, labels: Record<string, string>): void {
  const name = (e: string) => labels[e] ?? e;
  // The summary stays one line on a phone: "Reworded since November 2026".
  const short = (e: string) => name(e).replace(/ edition$/, '');
  insertNotes(
    tree,
    changes.map((c) => ({
      id: c.id,
      summary: `Reworded since ${c.since.map((s) => short(s.edition)).join(' and ')}`,
      since: c.since.map((s) => s.edition).join(' '),
      wordings: c.since.map((s) => ({ label: `In the ${name(s.edition)}`, edition: s.edition, href: link(s.edition, c.id), linkText: 'Read it in that edition' })),
    })),
  );
}

/**
 * The current text's blocks reworded since earlier editions, with their
 * earlier wordings: what the notes announce and wordings.json holds. Read
 * from <contentDir>/analysis/<slug>.mdx (or `source`, its text) and the
 * frozen copies in <contentDir>/editions/<id>/<slug>.mdx.
 */
export function earlierWordings(contentDir: string, slug: string, source?: string): ChangedBlock[] {
  const archive = join(contentDir, 'editions');
  if (!existsSync(archive)) return [];
  const past = readdirSync(archive)
    .sort()
    .filter((edition) => existsSync(join(archive, edition, `${slug}.mdx`)))
    .map((edition) => ({ edition, blocks: blocksById(readFileSync(join(archive, edition, `${slug}.mdx`), 'utf8')) }));
  if (!past.length) return [];
  return changedBlocks(blocksById(source ?? readFileSync(join(contentDir, 'analysis', `${slug}.mdx`), 'utf8')), past);
}

export default function remarkEditionHistory(options: EditionHistoryOptions) {
  const archive = join(options.contentDir, 'editions');
  const current = join(options.contentDir, 'analysis');
  const base = options.base.replace(/\/$/, '');
  return (tree: Root, file: { path?: string; value?: unknown }) => {
    if (!file.path) return;
    const slug = basename(file.path, '.mdx');
    const source = String(file.value ?? readFileSync(file.path, 'utf8'));
    if (dirname(file.path) === current) {
      const changes = earlierWordings(options.contentDir, slug, source);
      if (changes.length) insertChangeNotes(tree, changes, (edition, id) => `${base}/editions/${edition}/analysis/${slug}/#${id}`, options.labels);
      return;
    }
    // A past edition's copy: content/editions/<id>/<slug>.mdx.
    const inArchive = relative(archive, file.path).split(sep);
    if (inArchive.length !== 2 || inArchive[0].startsWith('..') || !existsSync(join(current, `${slug}.mdx`))) return;
    const later = rewordedLater(blocksById(source), blocksById(readFileSync(join(current, `${slug}.mdx`), 'utf8')));
    insertNotes(
      tree,
      later.map((l) => ({
        id: l.id,
        summary: 'Reworded since this edition',
        wordings: [{ label: 'Today', wording: l.wording, href: `${base}/analysis/${slug}/#${l.id}`, linkText: 'Read it in the current text' }],
      })),
    );
  };
}
