/** The analysis's own links to a listed source get the site's source markup and the archived copy beside them. */
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeSourceLinks, { type LinkedSource } from '../../src/lib/markdown/source-links';

const SOURCES: LinkedSource[] = [{ id: 'wiki-schedulers', url: 'https://wiki.example/Schedulers', archived: 'https://web.archive.org/web/20261129/https://wiki.example/Schedulers' }];
const html = (md: string, applies?: (p: string | undefined) => boolean) =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypeSourceLinks, { sources: SOURCES, applies }).use(rehypeStringify).processSync({ value: md, path: '/c/analysis/x.mdx' }));

describe('links to a listed source', () => {
  it('are marked as the source, leaving the site, with the archived copy beside them', () => {
    const out = html('See the [Xen wiki](https://wiki.example/Schedulers).');
    expect(out).toContain('<span class="source-cite" data-source-id="wiki-schedulers"><a href="https://wiki.example/Schedulers" class="external-link" rel="external noopener">Xen wiki<span class="visually-hidden"> (leaves this site)</span></a>');
    expect(out).toContain('[<a href="https://web.archive.org/web/20261129/https://wiki.example/Schedulers" class="external-link" rel="external noopener">archived copy');
  });
  it('keep a link taken out of the tab order (a sidenote copy) and its archived copy both out of it', () => {
    const tree = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: 'https://wiki.example/Schedulers', tabIndex: -1 }, children: [{ type: 'text', value: 'wiki' }] }] };
    (rehypeSourceLinks({ sources: SOURCES }) as (t: unknown, f: object) => void)(tree, {});
    expect(JSON.stringify(tree).match(/"tabIndex":-1/g)).toHaveLength(2);
  });
  it('leave other links alone, and every link in files the plugin does not apply to', () => {
    expect(html('An [other](https://other.example/) link.')).toBe('<p>An <a href="https://other.example/">other</a> link.</p>');
    expect(html('See [it](https://wiki.example/Schedulers).', () => false)).toBe('<p>See <a href="https://wiki.example/Schedulers">it</a>.</p>');
  });
});
