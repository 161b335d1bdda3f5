import { describe, expect, it } from 'vitest';
import { footnoteNumbers } from '../../src/lib/markdown/notes-and-links';
import { renderToDom } from '../support/markdown';

const PAGE = `## Claims [#claims]

[#p-a] First claim.[^note-3] Second claim.[^note-4]

[^note-3]: A post on [a blog](https://example.org/post), April 2005.

[^note-4]: See another note.
`;

describe('footnoteNumbers', () => {
  it('shows the note’s own numbers, so footnote 7 here is footnote 7 of the note', () => {
    expect(footnoteNumbers(['fn-note-7', 'fn-note-9'])).toEqual(new Map([['fn-note-7', 7], ['fn-note-9', 9]]));
  });
  it('numbers our own notes after the note’s', () => {
    expect(footnoteNumbers(['fn-note-2', 'fn-ours', 'fn-more'])).toEqual(new Map([['fn-note-2', 2], ['fn-ours', 3], ['fn-more', 4]]));
  });
});

describe('rehypeNotesAndLinks', () => {
  it('labels references and list items with the note’s numbers', async () => {
    const doc = await renderToDom(PAGE);
    const ref = doc.querySelector('a#fnref-note-3')!;
    expect(ref.textContent).toBe('3');
    expect(ref.getAttribute('href')).toBe('#fn-note-3');
    expect(ref.getAttribute('aria-label')).toBe('Note 3');
    expect(doc.querySelector('li#fn-note-4')!.getAttribute('value')).toBe('4');
    expect(doc.querySelector('li#fn-note-4 a[data-footnote-backref]')!.getAttribute('aria-label')).toBe('Back to the text of note 4');
  });

  it('puts a hidden, unindexed copy of each note right after its reference', async () => {
    const doc = await renderToDom(PAGE);
    const sidenote = doc.querySelector('#sn-note-3')!;
    expect(sidenote.previousElementSibling!.querySelector('a#fnref-note-3')).not.toBeNull();
    expect(sidenote.parentElement!.id).toBe('p-a');
    expect(sidenote.getAttribute('aria-hidden')).toBe('true');
    expect(sidenote.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(sidenote.textContent).toBe('3 A post on a blog, April 2005.');
    // The copy's link is out of the tab order, so keyboard users meet each link once.
    expect(sidenote.querySelector('a')!.getAttribute('tabindex')).toBe('-1');
  });

  it('leaves the back-link out of the sidenote copy', async () => {
    const doc = await renderToDom(PAGE);
    const copy = doc.querySelector('#sn-note-4')!;
    expect(copy.textContent).toBe('4 See another note.');
    expect(copy.querySelector('[data-footnote-backref]')).toBeNull();
  });

  it('adds self-links to headings and paragraphs whose symbol is not text', async () => {
    const doc = await renderToDom(PAGE);
    // Beside the heading, not inside it, so the heading's accessible name is its text.
    expect(doc.querySelector('h2#claims a')).toBeNull();
    const headingLink = doc.querySelector('.heading-wrapper > h2#claims + a.self-link')!;
    expect(headingLink.getAttribute('href')).toBe('#claims');
    expect(headingLink.getAttribute('aria-label')).toBe('Link to the section “Claims”');
    expect(headingLink.textContent).toBe('');
    expect(doc.querySelector('#claims')!.textContent).toBe('Claims');
    expect(doc.querySelector('p#p-a > a.self-link:last-child')!.getAttribute('href')).toBe('#p-a');
  });

  it('makes the notes heading visible, linkable and kept out of search', async () => {
    const doc = await renderToDom(PAGE);
    const heading = doc.querySelector('section[data-footnotes] h2#footnote-label')!;
    expect(heading.className).toBe('footnotes-heading');
    expect(heading.hasAttribute('data-pagefind-ignore')).toBe(true);
    expect(heading.nextElementSibling!.getAttribute('href')).toBe('#footnote-label');
    expect(doc.querySelectorAll('section[data-footnotes] a.self-link')).toHaveLength(1);
  });
});

describe('rehypeBaseLinks', () => {
  it('puts the base path before root-relative links only', async () => {
    const { unified } = await import('unified');
    const { default: rehypeParse } = await import('rehype-parse');
    const { default: rehypeStringify } = await import('rehype-stringify');
    const { default: rehypeBaseLinks } = await import('../../src/lib/markdown/base-links');
    const html = String(
      await unified().use(rehypeParse, { fragment: true }).use(rehypeBaseLinks, { base: '/hh/' }).use(rehypeStringify)
        .process('<a href="/tools/tco/">a</a><a href="#x">b</a><a href="https://e.org/">c</a><a href="/hh/cite/">d</a>'),
    );
    expect(html).toBe('<a href="/hh/tools/tco/">a</a><a href="#x">b</a><a href="https://e.org/">c</a><a href="/hh/cite/">d</a>');
  });
});
