import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Element, Root } from 'hast';
import data from '../../content/data/glossary.json';
import { glossaryFileSchema, termAnchor, type GlossaryFile } from '../../src/lib/glossary/schema';
import { expandForms, splitTerms, termMatcher } from '../../src/lib/glossary/match';
import sourcesData from '../../content/data/sources.json';
import { sourcesById, sourcesFileSchema } from '../../src/lib/sources';
import rehypeGlossaryTerms, { markTerms, type GlossaryTermForPlugin } from '../../src/lib/markdown/glossary-terms';
import { tipText, tipsOf } from '../../src/lib/glossary/tips';
import remarkExplicitIds from '../../src/lib/markdown/explicit-ids';
import rehypeNotesAndLinks from '../../src/lib/markdown/notes-and-links';

const GLOSSARY = glossaryFileSchema.parse(data);

const source = { source: 'xen-project-wiki-dom0', supports: 'What Dom0 does.' };
const entry = (id: string, forms: string[], extra: object = {}) => ({
  id,
  term: id,
  forms,
  short: 'A short definition of twenty characters or more.',
  definition: 'A definition long enough to pass the schema’s forty-character minimum.',
  then: 'then',
  now: 'now',
  sources: [source],
  ...extra,
});
const file = (terms: unknown[]) => ({ terms }) as unknown as GlossaryFile;

describe('the glossary file', () => {
  it('parses, with about twenty terms, each sourced', () => {
    expect(GLOSSARY.terms.length).toBeGreaterThanOrEqual(18);
    for (const t of GLOSSARY.terms) expect(t.sources.length, t.id).toBeGreaterThan(0);
  });

  it('names the renamings the issue asks for, then and now', () => {
    const byId = new Map(GLOSSARY.terms.map((t) => [t.id, t]));
    expect(byId.get('amd-v')?.then).toMatch(/Pacifica/);
    expect(byId.get('amd-v')?.now).toMatch(/AMD-V/);
    expect(byId.get('virtualcenter')?.now).toMatch(/vCenter Server/);
    expect(byId.get('native-hypervisor')?.now).toMatch(/type 1/);
    expect(byId.get('hosted-hypervisor')?.now).toMatch(/type 2/);
    expect(byId.get('viridian')?.now).toBe('Hyper-V');
    expect(byId.get('i5')?.now).toMatch(/Power.*IBM i/);
    expect(byId.get('p5')?.now).toMatch(/Power.*AIX/);
  });

  it('cites every source by an id that content/data/sources.json holds', () => {
    const sources = sourcesById(sourcesFileSchema.parse(sourcesData));
    for (const t of GLOSSARY.terms) for (const s of t.sources) expect(sources[s.source], `${t.id} cites ${s.source}`).toBeDefined();
  });

  it('rejects a source given inline instead of by id, one without what it backs, and a term without a source', () => {
    const inline = { title: 'Dom0', publisher: 'Xen Project wiki', url: 'https://wiki.xen.org/wiki/Dom0', supports: 'What Dom0 does.' };
    expect(glossaryFileSchema.safeParse(file([entry('dom0', ['Dom0'], { sources: [inline] })])).success).toBe(false);
    expect(glossaryFileSchema.safeParse(file([entry('dom0', ['Dom0'], { sources: [{ source: 'xen-project-wiki-dom0' }] })])).success).toBe(false);
    expect(glossaryFileSchema.safeParse(file([entry('dom0', ['Dom0'], { sources: [] })])).success).toBe(false);
  });

  it('rejects a repeated id and a form claimed by two terms', () => {
    expect(glossaryFileSchema.safeParse(file([entry('xen', ['Xen']), entry('xen', ['Xen 3'])])).success).toBe(false);
    expect(glossaryFileSchema.safeParse(file([entry('xen', ['Xen']), entry('dom0', ['Xen'])])).success).toBe(false);
  });

  it('anchors an entry as #term-<id>', () => {
    expect(termAnchor('dom0')).toBe('term-dom0');
  });
});

describe('finding terms in text', () => {
  const terms = [
    { id: 'hypervisor', forms: ['hypervisor', 'hypervisors'] },
    { id: 'power-hypervisor', forms: ['POWER Hypervisor'] },
    { id: 'xen', forms: ['Xen'] },
    { id: 'hmc', forms: ['Hardware Management Console', 'HMC'] },
  ];
  const matcher = termMatcher(terms);

  it('also matches a lowercase form capitalised, longest forms first', () => {
    const forms = expandForms(terms).map((f) => f.form);
    expect(forms).toContain('Hypervisors');
    expect(forms.indexOf('POWER Hypervisor')).toBeLessThan(forms.indexOf('Hypervisor'));
  });

  it('marks only the first use of each term', () => {
    const used = new Set<string>();
    expect(splitTerms('Xen and Xen again', matcher, used)).toEqual([{ id: 'xen', text: 'Xen' }, ' and Xen again']);
    expect(splitTerms('More Xen.', matcher, used)).toEqual(['More Xen.']);
  });

  it('matches whole words only', () => {
    expect(splitTerms('XenSource and Xenix', matcher, new Set())).toEqual(['XenSource and Xenix']);
    expect(splitTerms('the HMC’s job', matcher, new Set())).toEqual(['the ', { id: 'hmc', text: 'HMC' }, '’s job']);
  });

  it('prefers the longer term, and does not re-read a marked one as a shorter term', () => {
    const used = new Set<string>();
    expect(splitTerms('IBM’s POWER Hypervisor favors', matcher, used)).toEqual(['IBM’s ', { id: 'power-hypervisor', text: 'POWER Hypervisor' }, ' favors']);
    expect(splitTerms('the POWER Hypervisor again', matcher, used)).toEqual(['the POWER Hypervisor again']);
    expect(splitTerms('Hypervisors also lack', matcher, used)).toEqual([{ id: 'hypervisor', text: 'Hypervisors' }, ' also lack']);
  });
});

const PLUGIN_TERMS: GlossaryTermForPlugin[] = [
  { id: 'xen', forms: ['Xen'], short: 'An open-source hypervisor.' },
  { id: 'dom0', forms: ['Dom0'], short: 'Xen’s privileged first guest.' },
  { id: 'hmc', forms: ['Hardware Management Console', 'HMC'], short: 'IBM’s management appliance.', expansion: 'Hardware Management Console' },
  { id: 'viridian', forms: ['Viridian'], short: 'Microsoft’s code name.' },
];

async function render(markdown: string, options: { applies?: (path: string | undefined) => boolean; path?: string } = {}): Promise<string> {
  const out = await unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkExplicitIds)
    .use(remarkRehype, { clobberPrefix: '', footnoteLabel: 'Notes' })
    .use(rehypeNotesAndLinks)
    .use(rehypeGlossaryTerms, { terms: PLUGIN_TERMS, glossaryPath: '/glossary/', applies: options.applies })
    .use(rehypeStringify)
    .process({ value: markdown, path: options.path });
  return String(out);
}

function dom(html: string): Document {
  return new JSDOM(`<body>${html}</body>`).window.document;
}

describe('rehypeGlossaryTerms', () => {
  it('links the first use to its entry, and leaves the definition out of the page (it comes from /glossary/tips.json)', async () => {
    const doc = dom(await render('[#p-one] Xen runs guests. Xen again.'));
    const links = doc.querySelectorAll('a.term');
    expect(links).toHaveLength(1);
    const link = links[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/glossary/#term-xen');
    expect(link.dataset.term).toBe('xen');
    expect(link.querySelector('dfn')?.textContent).toBe('Xen');
    expect(link.parentElement!.classList.contains('term-ref')).toBe(true);
    expect(doc.querySelector('.term-tip')).toBeNull();
    expect(doc.body.textContent).not.toContain('An open-source hypervisor.');
    expect(doc.querySelector('p')!.textContent).toContain('Xen again.');
  });

  it('marks an abbreviation as <abbr>, whose definition then spells it out, and the spelled-out form as <dfn>', async () => {
    const abbr = dom(await render('[#p-a] The HMC does it.'));
    const link = abbr.querySelector<HTMLAnchorElement>('a.term')!;
    expect(link.querySelector('abbr')?.textContent).toBe('HMC');
    const tips = tipsOf(PLUGIN_TERMS.map((t) => ({ ...t, short: t.short ?? '' })));
    expect(tipText(tips[link.dataset.term!], !!link.querySelector('abbr'))).toBe('Hardware Management Console: IBM’s management appliance.');
    const full = dom(await render('[#p-b] The Hardware Management Console (HMC) does it.'));
    expect(full.querySelectorAll('a.term')).toHaveLength(1);
    expect(full.querySelector('a.term dfn')?.textContent).toBe('Hardware Management Console');
    expect(tipText(tips.hmc, false)).toBe('IBM’s management appliance.');
  });

  it('leaves headings, links and code alone, and marks the first use in running text after them', async () => {
    const doc = dom(await render('## About Xen [#about]\n\n[#p-a] See [Xen’s site](https://xenproject.org/) and `Xen`. Then Xen itself.'));
    expect(doc.querySelector('h2 a.term')).toBeNull();
    expect(doc.querySelector('code')?.textContent).toBe('Xen');
    const link = doc.querySelector('a.term')!;
    expect(link.closest('p')).not.toBeNull();
    expect(link.previousSibling?.textContent ?? link.parentElement?.previousSibling?.textContent).toMatch(/Then $/);
  });

  it('skips footnote references and the sidenote copies, but marks a term first used in a footnote there', async () => {
    const doc = dom(await render('[#p-a] Text with a note.[^note-9]\n\n[^note-9]: Virtual Iron’s Dom0 is its own.'));
    const links = [...doc.querySelectorAll('a.term')];
    expect(links).toHaveLength(1);
    expect(links[0].closest('section[data-footnotes]')).not.toBeNull();
    expect(doc.querySelector('.sidenote a.term')).toBeNull();
  });

  it('leaves a file alone when it does not apply (a frozen edition)', async () => {
    const applies = (path: string | undefined) => !!path?.includes('/analysis/');
    expect(await render('[#p-a] Xen.', { applies, path: '/c/editions/2026-11/x.mdx' })).not.toContain('class="term"');
    expect(await render('[#p-a] Xen.', { applies, path: '/c/analysis/x.mdx' })).toContain('class="term"');
  });

  it('marks the note’s words inside <Sic>, but not inside our editor’s and hindsight notes', () => {
    const text = (value: string) => ({ type: 'text', value }) as const;
    const tree = {
      type: 'root',
      children: [
        { type: 'mdxJsxFlowElement', name: 'Hindsight', attributes: [], children: [{ type: 'element', tagName: 'p', properties: {}, children: [text('Dom0 later.')] }] },
        { type: 'mdxJsxFlowElement', name: 'EditorNote', attributes: [], children: [{ type: 'element', tagName: 'p', properties: {}, children: [text('Xen, ours.')] }] },
        { type: 'element', tagName: 'p', properties: {}, children: [text('Code name '), { type: 'mdxJsxTextElement', name: 'Sic', attributes: [], children: [text('Viridian')] }, text(', then Dom0 and Xen.')] },
      ],
    } as unknown as Root;
    expect(markTerms(tree, { terms: PLUGIN_TERMS, glossaryPath: '/glossary/' })).toEqual(['viridian', 'dom0', 'xen']);
    const sic = (tree.children[2] as Element).children[1] as unknown as { children: Element[] };
    expect(sic.children[0].properties.className).toEqual(['term-ref']);
  });
});
