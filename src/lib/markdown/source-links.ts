/**
 * rehype plugin: a link in the analysis to a source in content/data/sources.json
 * (footnote 3's virtualization.info post, the Xen wiki page an editor's remark
 * cites) is named the way the rest of the site names sources: marked as
 * leaving the site, carrying `data-source-id`, and followed by a link to the
 * Wayback Machine's copy, as SourceCite.astro does for data. The text of the
 * MDX is unchanged, so editions compare wordings as before.
 *
 * Pure: hast in, hast out; the sources are passed in.
 */
import type { Element, ElementContent, Root } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

/** What the plugin needs of a source. */
export interface LinkedSource {
  id: string;
  url?: string;
  archived?: string;
}

export interface SourceLinksOptions {
  sources: LinkedSource[];
  /** Which files to mark (the current parts); frozen editions keep their markup as published. */
  applies?: (path: string | undefined) => boolean;
}

const hidden = (text: string): Element => ({ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: text }] });

export default function rehypeSourceLinks(options: SourceLinksOptions) {
  const byUrl = new Map(options.sources.filter((s) => s.url && s.archived).map((s) => [s.url!, s]));
  return (tree: Root, file: { path?: string; history?: string[] }) => {
    if (options.applies && !options.applies(file.path ?? file.history?.[0])) return;
    visit(tree, 'element', (node: Element, index, parent) => {
      if (node.tagName !== 'a' || !parent || index === undefined) return;
      const source = byUrl.get(String(node.properties?.href ?? ''));
      if (!source) return;
      const link: Element = {
        ...node,
        properties: { ...node.properties, className: ['external-link'], rel: ['external', 'noopener'] },
        children: [...node.children, hidden(' (leaves this site)')],
      };
      // Inside an aria-hidden sidenote copy the original link is taken out of the tab order; so is its archived copy.
      const tabIndex = node.properties?.tabIndex;
      const archived: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['source-archived'] },
        children: [
          { type: 'text', value: '[' },
          { type: 'element', tagName: 'a', properties: { href: source.archived, className: ['external-link'], rel: ['external', 'noopener'], ...(tabIndex !== undefined ? { tabIndex } : {}) }, children: [{ type: 'text', value: 'archived copy' }, hidden(' (Wayback Machine, leaves this site)')] },
          { type: 'text', value: ']' },
        ],
      };
      const cite: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['source-cite'], dataSourceId: source.id },
        children: [link, { type: 'text', value: ' ' } as ElementContent, archived],
      };
      parent.children[index] = cite;
      return [SKIP, index + 1];
    });
  };
}
