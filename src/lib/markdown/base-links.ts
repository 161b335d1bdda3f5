/**
 * rehype plugin: root-relative links written in content ("/tools/tco/") are
 * prefixed with the site's base path, so content can link across the site
 * and still work when deployed under a folder (BASE_PATH).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

export default function rehypeBaseLinks(options: { base: string }) {
  const prefix = options.base.replace(/\/$/, '');
  return (tree: Root) => {
    if (!prefix) return;
    visit(tree, 'element', (el: Element) => {
      const href = el.tagName === 'a' ? el.properties?.href : undefined;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(`${prefix}/`)) {
        el.properties.href = `${prefix}${href}`;
      }
    });
  };
}
