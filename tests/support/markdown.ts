/** Runs the site's remark/rehype plugins the way Astro's MDX pipeline does, for unit tests. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import { createProcessor } from '@mdx-js/mdx';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import remarkExplicitIds from '../../src/lib/markdown/explicit-ids';
import rehypeNotesAndLinks from '../../src/lib/markdown/notes-and-links';

/**
 * MDX to mdast exactly as the site's remark plugins receive it: parsed by
 * @mdx-js/mdx (which Astro uses), after its own transforms, such as
 * unwrapping a paragraph that holds only a JSX element into a block.
 */
export async function parseMdx(source: string): Promise<Root> {
  let captured: Root | undefined;
  const capture = () => (tree: Root) => {
    captured = structuredClone(tree);
  };
  const processor = createProcessor({ remarkPlugins: [remarkGfm, capture] });
  // The MDX processor's run() is typed for its final estree; the mdast stage is what we capture.
  await processor.run(processor.parse(source) as never);
  return captured!;
}

/** Markdown (plain, no JSX) to HTML through both plugins, with the site's footnote options. */
export async function renderMarkdown(source: string): Promise<string> {
  const file = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkExplicitIds)
    .use(remarkRehype, { clobberPrefix: '', footnoteLabel: 'Notes' })
    .use(rehypeNotesAndLinks)
    .use(rehypeStringify)
    .process(source);
  return String(file);
}

/** Renders and parses, for assertions on elements rather than on attribute order. */
export async function renderToDom(source: string): Promise<Document> {
  const { JSDOM } = await import('jsdom');
  return new JSDOM(await renderMarkdown(source)).window.document;
}
