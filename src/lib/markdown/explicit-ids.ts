/**
 * remark plugin: explicit, source-written ids for every citable block.
 *
 * Citing by stable URL is the site's contract, so anchors must not move when
 * the words change. Authors write the id in the source (content/README.md):
 *
 *   ## Who is building it in [#who-builds-it-in]
 *   [#p-allchin-argument] Microsoft's argument ...
 *   - [#p-point-one] A list item ...
 *
 * The plugin strips the marker and sets the id on the heading, paragraph or
 * list item. It fails the build when a heading, top-level paragraph or list
 * item has no id, when an id is malformed, or when one repeats on the page
 * (footnote ids and `<EditorNote id>` count too). Pure: mdast in, mdast out.
 */
import type { Heading, ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { isParagraphAnchor } from '../paragraph-numbers';

/** Ids are lowercase ASCII letters, digits and hyphens, starting with a letter. */
export const ID_PATTERN = /^[a-z][a-z0-9-]*$/;
const LEADING_MARKER = /^\[#([^\]\s]+)\]\s*/;
const TRAILING_MARKER = /\s*\[#([^\]\s]+)\]\s*$/;

/** The JSX components whose `id` attribute is part of the page's anchors. */
const ANCHORED_COMPONENTS = new Set(['EditorNote', 'Hindsight', 'Diagram']);

export class AnchorError extends Error {}

interface JsxFlowLike {
  type: 'mdxJsxFlowElement';
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

function setId(node: Heading | Paragraph | ListItem, id: string, paragraph?: number) {
  node.data ??= {};
  // data-paragraph: the block's number for citation (src/lib/paragraph-numbers.ts), shown beside its ¶ link.
  node.data.hProperties = { ...(node.data.hProperties ?? {}), id, ...(paragraph ? { dataParagraph: String(paragraph) } : {}) };
}

function describe(node: RootContent): string {
  const pos = node.position?.start;
  const text = JSON.stringify(
    'children' in node
      ? (node.children as RootContent[])
          .map((c) => ('value' in c ? String(c.value) : ''))
          .join('')
          .slice(0, 60)
      : '',
  );
  return `${node.type} at line ${pos?.line ?? '?'} (${text})`;
}

/**
 * Reads and removes the id marker of one block. Returns the id, or throws with
 * the source line when the block has none.
 */
function takeMarker(node: Heading | Paragraph, where: 'leading' | 'trailing'): string {
  const children = node.children;
  const text = (where === 'leading' ? children[0] : children[children.length - 1]) as Text | undefined;
  const pattern = where === 'leading' ? LEADING_MARKER : TRAILING_MARKER;
  const match = text?.type === 'text' ? pattern.exec(text.value) : null;
  if (!text || !match) {
    const example = where === 'leading' ? '[#p-some-id] at its start' : '[#some-id] at its end';
    throw new AnchorError(`${describe(node)} has no explicit id: write ${example}`);
  }
  text.value = text.value.replace(pattern, '');
  if (text.value === '') children.splice(children.indexOf(text), 1);
  return match[1];
}

/** Collects and validates every anchor on the page, in document order. */
export function assignExplicitIds(tree: Root): string[] {
  const seen = new Map<string, string>();
  // Paragraphs are numbered in the order they are met, the order paragraphNumbers() reads from the anchors returned.
  let paragraphs = 0;
  const number = (id: string) => (isParagraphAnchor(id) ? ++paragraphs : undefined);
  const register = (id: string, what: string) => {
    if (!ID_PATTERN.test(id)) throw new AnchorError(`${what}: id "${id}" must match ${ID_PATTERN}`);
    if (seen.has(id)) throw new AnchorError(`${what}: id "${id}" is already used by ${seen.get(id)}`);
    seen.set(id, what);
  };

  visit(tree, (node, _index, parent) => {
    if (node.type === 'heading' && node.depth >= 2) {
      const id = takeMarker(node, 'trailing');
      register(id, describe(node));
      setId(node, id);
    } else if (node.type === 'paragraph' && parent?.type === 'root') {
      const id = takeMarker(node, 'leading');
      register(id, describe(node));
      setId(node, id, number(id));
    } else if (node.type === 'listItem') {
      const first = node.children[0];
      if (first?.type !== 'paragraph') throw new AnchorError(`${describe(node)} must start with a paragraph carrying its id`);
      const id = takeMarker(first, 'leading');
      register(id, describe(node));
      setId(node, id, number(id));
    } else if (node.type === 'footnoteDefinition') {
      // remark-rehype turns label "note-7" into the anchor "fn-note-7".
      register(`fn-${node.identifier}`, `footnote [^${node.label ?? node.identifier}]`);
      return 'skip';
    } else if ((node as unknown as JsxFlowLike).type === 'mdxJsxFlowElement') {
      const jsx = node as unknown as JsxFlowLike;
      if (jsx.name && ANCHORED_COMPONENTS.has(jsx.name)) {
        const attr = jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'id');
        if (typeof attr?.value !== 'string') throw new AnchorError(`<${jsx.name}> at line ${node.position?.start.line ?? '?'} needs an id="..."`);
        register(attr.value, `<${jsx.name}>`);
      }
      return 'skip';
    }
    return undefined;
  });
  return [...seen.keys()];
}

/** The unified plugin: assigns ids and records them for the page (`anchors` in remark frontmatter). */
export default function remarkExplicitIds() {
  return (tree: Root, file: { path?: string; data: Record<string, unknown>; fail: (reason: string) => never }) => {
    try {
      const anchors = assignExplicitIds(tree);
      const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
      astro.frontmatter = { ...(astro.frontmatter ?? {}), anchors };
    } catch (error) {
      if (error instanceof AnchorError) file.fail(`${file.path ?? 'content'}: ${error.message}`);
      throw error;
    }
  };
}
