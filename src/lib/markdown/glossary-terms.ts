/**
 * rehype plugin: the first use of each glossary term on a page becomes a link
 * to its entry on /glossary/, with the term marked up as <abbr> (an
 * abbreviation, such as "HMC") or <dfn>, for src/scripts/term-tips.ts to show
 * its short definition in place on hover, focus or tap:
 *
 *   <span class="term-ref"><a class="term" href="/glossary/#term-hmc" data-term="hmc"><abbr>HMC</abbr></a></span>
 *
 * The definitions are not in the page: term-tips.ts fetches them from
 * /glossary/tips.json once the page has loaded and adds each one after its
 * term as the link's description (src/lib/glossary/tips.ts). Without JS the
 * term is an ordinary link to its entry.
 *
 * Only running text counts: paragraphs and list items, including the
 * footnotes at the end. Left alone: headings, links, code, footnote
 * references and their sidenote copies, earlier wordings (changed-note), and
 * our own blocks (EditorNote, Hindsight and any other component), since the
 * glossary explains the note's vocabulary and a hindsight note can be hidden.
 * The text of <Sic> (a corrected spelling of the note's word) does count.
 *
 * Runs after rehypeNotesAndLinks (so sidenote copies exist and are skipped)
 * and before rehypeBaseLinks (which prefixes the link with the base path).
 * Pure: hast in, hast out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { splitTerms, termMatcher, type TermForms } from '../glossary/match';

export interface GlossaryTermForPlugin extends TermForms {
  /** The in-place definition: not written into the page (it comes from /glossary/tips.json). */
  short?: string;
  /** For an abbreviation, what it stands for: decides <abbr> or <dfn>. */
  expansion?: string;
}

export interface GlossaryTermsOptions {
  terms: GlossaryTermForPlugin[];
  /** The glossary page, root-relative: "/glossary/". */
  glossaryPath: string;
  /** Which source files to mark (by path); default all. The site marks the current parts, not frozen editions. */
  applies?: (path: string | undefined) => boolean;
}

const SKIP_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'kbd', 'samp', 'abbr', 'dfn', 'sup', 'sub', 'script', 'style', 'svg', 'button', 'summary', 'details', 'figure', 'table']);
const SKIP_CLASSES = ['sidenote', 'changed-note', 'self-link', 'term-ref', 'editor-note', 'hindsight-note', 'sic-note'];
const TEXT_BLOCKS = new Set(['p', 'li']);
/** MDX components whose text is the note's own words. */
const TEXT_COMPONENTS = new Set(['Sic']);

type AnyNode = Root | RootContent | ElementContent;
interface JsxNode {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  children: AnyNode[];
}

function classes(el: Element): string[] {
  const c: unknown = el.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/** The link and the marked term for one use (the definition comes from /glossary/tips.json). */
export function termReference(term: GlossaryTermForPlugin, text: string, glossaryPath: string): Element {
  const isAbbreviation = !!term.expansion && text !== term.expansion;
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term-ref'] },
    children: [
      {
        type: 'element',
        tagName: 'a',
        properties: { className: ['term'], href: `${glossaryPath}#term-${term.id}`, dataTerm: term.id },
        children: [{ type: 'element', tagName: isAbbreviation ? 'abbr' : 'dfn', properties: {}, children: [{ type: 'text', value: text }] }],
      },
    ],
  };
}

/** Marks the first use of each term in `tree`; returns the ids marked, in order. */
export function markTerms(tree: Root, options: Pick<GlossaryTermsOptions, 'terms' | 'glossaryPath'>): string[] {
  if (!options.terms.length) return [];
  const byId = new Map(options.terms.map((t) => [t.id, t]));
  const matcher = termMatcher(options.terms);
  const used = new Set<string>();
  const marked: string[] = [];

  const walk = (node: AnyNode, inText: boolean): void => {
    if (!('children' in node)) return;
    if (node.type === 'element') {
      if (SKIP_TAGS.has(node.tagName) || classes(node).some((c) => SKIP_CLASSES.includes(c))) return;
      if (node.properties?.dataFootnoteRef !== undefined) return;
      inText = inText || TEXT_BLOCKS.has(node.tagName);
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      if (!TEXT_COMPONENTS.has((node as unknown as JsxNode).name ?? '')) return;
    }
    const children = node.children as AnyNode[];
    for (let i = 0; i < children.length; i++) {
      const child = children[i];
      if (child.type !== 'text') {
        walk(child, inText);
        continue;
      }
      if (!inText) continue;
      const pieces = splitTerms(child.value, matcher, used);
      if (pieces.length === 1 && typeof pieces[0] === 'string') continue;
      const replacement: ElementContent[] = pieces.map((p) => {
        if (typeof p === 'string') return { type: 'text', value: p };
        marked.push(p.id);
        return termReference(byId.get(p.id)!, p.text, options.glossaryPath);
      });
      children.splice(i, 1, ...(replacement as AnyNode[]));
      i += replacement.length - 1;
    }
  };
  walk(tree, false);
  return marked;
}

export default function rehypeGlossaryTerms(options: GlossaryTermsOptions) {
  return (tree: Root, file: { path?: string }) => {
    if (options.applies && !options.applies(file.path)) return;
    markTerms(tree, options);
  };
}
