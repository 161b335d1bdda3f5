/**
 * remark plugin: marks paragraphs whose wording changed since an earlier
 * edition, and shows the earlier wording beside today's, so a reader who
 * follows an old citation sees both (without JS; src/scripts/cite.ts opens the
 * note for a reader who arrives from that edition's link).
 *
 * Earlier wordings are the frozen copies in <contentDir>/editions/<id>/<slug>.mdx.
 * Runs after remarkExplicitIds, which has set each block's id.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Root, RootContent } from 'mdast';
import { blocksById, changedBlocks, type ChangedBlock } from '../editions';

export interface EditionHistoryOptions {
  /** The content folder (content/, or a fixture's). */
  contentDir: string;
  /** The site's base path, for links to archived editions. */
  base: string;
  /** Edition id to its label ("2026-11" to "November 2026 edition"). */
  labels: Record<string, string>;
}

/** Inserts a note after each changed block. Pure: mdast in, mdast out. */
export function insertChangeNotes(tree: Root, changes: ChangedBlock[], link: (edition: string, id: string) => string, labels: Record<string, string>): void {
  const byId = new Map(changes.map((c) => [c.id, c]));
  for (let i = tree.children.length - 1; i >= 0; i--) {
    const node = tree.children[i];
    const id = (node.data as { hProperties?: { id?: string } } | undefined)?.hProperties?.id ?? '';
    const change = byId.get(id);
    if (!change || node.type !== 'paragraph') continue;
    const names = change.since.map((s) => labels[s.edition] ?? s.edition);
    const note = {
      type: 'changedNote',
      data: { hName: 'details', hProperties: { className: ['changed-note'], dataChangedSince: change.since.map((s) => s.edition).join(' '), dataFor: id } },
      children: [
        { type: 'changedNoteSummary', data: { hName: 'summary' }, children: [{ type: 'text', value: `Reworded since the ${names.join(' and the ')}` }] },
        ...change.since.map((s) => ({
          type: 'paragraph',
          children: [
            { type: 'text', value: `In the ${labels[s.edition] ?? s.edition}: “${s.wording}” ` },
            { type: 'link', url: link(s.edition, id), children: [{ type: 'text', value: 'Read it in that edition' }] },
          ],
        })),
      ],
    } as unknown as RootContent;
    tree.children.splice(i + 1, 0, note);
  }
}

export default function remarkEditionHistory(options: EditionHistoryOptions) {
  const archive = join(options.contentDir, 'editions');
  return (tree: Root, file: { path?: string; value?: unknown }) => {
    if (!file.path || !existsSync(archive) || !file.path.includes(`${join(options.contentDir, 'analysis')}`)) return;
    const slug = basename(file.path, '.mdx');
    const past = readdirSync(archive)
      .sort()
      .filter((edition) => existsSync(join(archive, edition, `${slug}.mdx`)))
      .map((edition) => ({ edition, blocks: blocksById(readFileSync(join(archive, edition, `${slug}.mdx`), 'utf8')) }));
    if (!past.length) return;
    const current = blocksById(String(file.value ?? readFileSync(file.path, 'utf8')));
    const base = options.base.replace(/\/$/, '');
    insertChangeNotes(tree, changedBlocks(current, past), (edition, id) => `${base}/editions/${edition}/analysis/${slug}/#${id}`, options.labels);
  };
}
