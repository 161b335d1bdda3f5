/**
 * rehype plugin: footnotes that read as sidenotes, and self-links.
 *
 * - Footnote numbers: a label `note-N` (the note's own footnote N) is shown as
 *   N, so "footnote 7" on this site is footnote 7 of the original note; other
 *   labels are numbered after them in order of first reference.
 * - Sidenotes: after each reference a copy of the note is placed inline
 *   (`span.sidenote`, id `sn-<label>`). CSS floats it into the margin on wide
 *   screens and hides it on narrow ones, where a small script opens it in
 *   place. The copy is aria-hidden and ignored by search: the footnote list at
 *   the end stays the one accessible, indexed, no-JS version, with back-links.
 * - Self-links: every heading, paragraph and list item with an explicit id
 *   gets a link to itself (§ on headings, ¶ on the rest, drawn by CSS so the
 *   symbol is not part of the heading text or the search index).
 * - Paragraph numbers: a paragraph numbered for citation (data-paragraph,
 *   set by remarkExplicitIds) shows its number beside its ¶ link, in the
 *   margin on wide screens, and its link's name says it ("Paragraph 3").
 *
 * Pure: hast in, hast out.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { visit, SKIP } from 'unist-util-visit';

const NOTE_LABEL = /^fn-note-(\d+)$/;

function isElement(node: RootContent | ElementContent | Root | undefined, tag?: string): node is Element {
  return !!node && node.type === 'element' && (!tag || node.tagName === tag);
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

function classes(node: Element): string[] {
  const c: unknown = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
}

/** The number a footnote is shown with: the note's own number for `note-N`. */
export function footnoteNumbers(footnoteIds: string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  let next = 1 + Math.max(0, ...footnoteIds.map((id) => Number(NOTE_LABEL.exec(id)?.[1] ?? 0)));
  for (const id of footnoteIds) {
    const own = NOTE_LABEL.exec(id);
    numbers.set(id, own ? Number(own[1]) : next++);
  }
  return numbers;
}

/** Inline copy of a footnote's content, without its back-link, links taken out of the tab order. */
function inlineCopy(li: Element): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of li.children) {
    if (!isElement(child)) continue;
    // An earlier edition's wording belongs to the footnote list, not the margin copy.
    if (child.tagName === 'details' && classes(child).includes('changed-note')) continue;
    const parts = child.tagName === 'p' ? child.children : [child];
    if (out.length) out.push({ type: 'text', value: ' ' });
    for (const part of parts) {
      if (isElement(part) && part.properties?.dataFootnoteBackref !== undefined) continue;
      out.push(structuredClone(part));
    }
  }
  // Trim the space left before a removed back-link.
  const last = out[out.length - 1];
  if (last?.type === 'text') last.value = last.value.trimEnd();
  for (const node of out) {
    visit(node, 'element', (el: Element) => {
      if (el.tagName === 'a') el.properties = { ...el.properties, tabIndex: -1 };
      if (el.properties?.id) delete el.properties.id;
    });
  }
  return out;
}

function selfLink(id: string, label: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { className: ['self-link'], href: `#${id}`, ariaLabel: label, dataPagefindIgnore: '' },
    children: [],
  };
}

export default function rehypeNotesAndLinks() {
  return (tree: Root) => {
    // 1. The footnote list: number items with the note's own numbers.
    let footnoteList: Element | undefined;
    visit(tree, 'element', (el: Element) => {
      if (el.tagName === 'section' && el.properties?.dataFootnotes !== undefined) {
        footnoteList = el;
        return SKIP;
      }
      return undefined;
    });
    const items = new Map<string, Element>();
    if (footnoteList) {
      const ol = footnoteList.children.find((c): c is Element => isElement(c, 'ol'));
      for (const li of ol?.children ?? []) if (isElement(li, 'li') && li.properties?.id) items.set(String(li.properties.id), li);
      const at = footnoteList.children.findIndex((c) => isElement(c, 'h2'));
      const heading = footnoteList.children[at] as Element | undefined;
      if (heading) {
        heading.properties = { ...heading.properties, className: ['footnotes-heading'], dataPagefindIgnore: '' };
        footnoteList.children[at] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', 'level-h2'] },
          children: [heading, selfLink(String(heading.properties.id), 'Link to the notes')],
        };
      }
      footnoteList.properties = { ...footnoteList.properties, ariaLabelledBy: ['footnote-label'] };
    }
    const numbers = footnoteNumbers([...items.keys()]);
    for (const [id, li] of items) {
      const n = numbers.get(id)!;
      li.properties = { ...li.properties, value: String(n) };
      visit(li, 'element', (a: Element) => {
        if (a.properties?.dataFootnoteBackref !== undefined) a.properties.ariaLabel = `Back to the text of note ${n}`;
      });
    }

    // 2. References: show the note's number, and add the in-place sidenote copy.
    visit(tree, 'element', (sup: Element, index, parent) => {
      if (sup.tagName !== 'sup' || index === undefined || !parent) return undefined;
      const ref = sup.children.find((c): c is Element => isElement(c, 'a') && c.properties?.dataFootnoteRef !== undefined);
      if (!ref) return undefined;
      const target = String(ref.properties.href).slice(1);
      const li = items.get(target);
      const n = numbers.get(target);
      if (!li || n === undefined) return undefined;
      ref.children = [{ type: 'text', value: String(n) }];
      ref.properties = { ...ref.properties, ariaLabel: `Note ${n}`, dataSidenote: `sn-${target.slice(3)}` };
      const sidenote: Element = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote'], id: `sn-${target.slice(3)}`, ariaHidden: 'true', dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { className: ['sidenote-number'] }, children: [{ type: 'text', value: `${n}` }] },
          { type: 'text', value: ' ' },
          ...inlineCopy(li),
        ],
      };
      parent.children.splice(index + 1, 0, sidenote);
      return [SKIP, index + 2];
    });

    // 3. Self-links on every explicitly identified block outside the footnote list.
    // A heading's link goes beside it in a wrapper (as Starlight does), so the
    // heading's accessible name stays its text.
    visit(tree, 'element', (el: Element, index, parent) => {
      if (el === footnoteList) return SKIP;
      if (classes(el).includes('sidenote') || classes(el).includes('heading-wrapper')) return SKIP;
      const id = el.properties?.id;
      if (typeof id !== 'string') return undefined;
      if (/^h[2-4]$/.test(el.tagName) && parent && index !== undefined) {
        parent.children[index] = {
          type: 'element',
          tagName: 'div',
          properties: { className: ['heading-wrapper', `level-${el.tagName}`] },
          children: [el, selfLink(id, `Link to the section “${textOf(el).trim()}”`)],
        };
        return SKIP;
      } else if (el.tagName === 'p' || el.tagName === 'li') {
        el.properties = { ...el.properties, className: [...classes(el), 'citable'] };
        const n = el.properties.dataParagraph;
        if (n !== undefined) {
          // Hidden from assistive tech: the link's name carries the number.
          el.children.push({
            type: 'element',
            tagName: 'span',
            properties: { className: ['para-number'], ariaHidden: 'true', dataPagefindIgnore: '' },
            children: [{ type: 'text', value: String(n) }],
          });
        }
        el.children.push(selfLink(id, n === undefined ? 'Link to this paragraph' : `Paragraph ${n}: link and citation`));
      }
      return undefined;
    });
  };
}
