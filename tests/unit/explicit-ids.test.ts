import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { AnchorError, assignExplicitIds } from '../../src/lib/markdown/explicit-ids';
import { parseMdx, renderMarkdown } from '../support/markdown';

describe('remarkExplicitIds', () => {
  it('takes ids from the source and strips the markers', async () => {
    const html = await renderMarkdown('## Who builds it in [#who-builds]\n\n[#p-first] The first paragraph.\n\n- [#p-item] An item.\n');
    expect(html).toContain('<h2 id="who-builds">Who builds it in</h2><a class="self-link" href="#who-builds"');
    expect(html).toContain('<p id="p-first" data-paragraph="1" class="citable">The first paragraph.<span class="para-number"');
    expect(html).toContain('<li id="p-item" data-paragraph="2" class="citable">');
    expect(html).not.toContain('[#');
  });

  it('numbers the paragraphs for citation in reading order, beside their ¶ link, skipping headings and notes', async () => {
    const html = await renderMarkdown('[#p-one] One.\n\n## Later [#later]\n\n[#p-two] Two.\n\n- [#p-three] Three.\n\n[#ed-ours] Not a paragraph of the note.\n');
    const doc = new JSDOM(html).window.document;
    expect([...doc.querySelectorAll('.citable[data-paragraph]')].map((p) => `${p.id}=${p.querySelector('.para-number')!.textContent}`)).toEqual(['p-one=1', 'p-two=2', 'p-three=3']);
    expect(doc.querySelector('#ed-ours .para-number')).toBeNull();
    // The number is read out through the link, not twice.
    expect(doc.querySelector('#p-two .para-number')!.getAttribute('aria-hidden')).toBe('true');
    expect(doc.querySelector('#p-two > a.self-link')!.getAttribute('aria-label')).toBe('Paragraph 2: link and citation');
  });

  it('keeps an id when the words around it change', async () => {
    const before = await renderMarkdown('[#p-stable] Xen is due in SUSE Linux Enterprise Server 10.\n');
    const after = await renderMarkdown('[#p-stable] Novell plans to ship Xen in SLES 10, later this year.\n');
    expect(before).toContain('id="p-stable"');
    expect(after).toContain('id="p-stable"');
  });

  it('lists every anchor on the page in order, footnotes and editor notes included', async () => {
    const tree = await parseMdx('## A [#a]\n\n[#p-one] Text.[^note-3]\n\n<EditorNote id="ed-x">Ours.</EditorNote>\n\n[^note-3]: The note.\n');
    expect(assignExplicitIds(tree)).toEqual(['a', 'p-one', 'ed-x', 'fn-note-3']);
  });

  it('refuses a paragraph without an id, naming its line', async () => {
    const tree = await parseMdx('[#p-one] Fine.\n\nThis one forgot its id.\n');
    expect(() => assignExplicitIds(structuredClone(tree))).toThrow(AnchorError);
    expect(() => assignExplicitIds(tree)).toThrow(/line 3.*no explicit id/);
  });

  it('refuses a heading without an id', async () => {
    const tree = await parseMdx('## Untagged heading\n');
    expect(() => assignExplicitIds(tree)).toThrow(/heading at line 1/);
  });

  it('refuses a repeated id', async () => {
    const tree = await parseMdx('[#p-x] One.\n\n[#p-x] Two.\n');
    expect(() => assignExplicitIds(tree)).toThrow(/"p-x" is already used/);
  });

  it('refuses a malformed id', async () => {
    const tree = await parseMdx('[#P_Bad] One.\n');
    expect(() => assignExplicitIds(tree)).toThrow(/must match/);
  });

  it('refuses an editor note without an id', async () => {
    const tree = await parseMdx('<EditorNote>Ours.</EditorNote>\n');
    expect(() => assignExplicitIds(tree)).toThrow(/<EditorNote> at line 1 needs an id/);
  });

  it('does not ask for ids inside footnotes or editor notes', async () => {
    const tree = await parseMdx('[#p-a] Text.[^n]\n\n<EditorNote id="ed-a">\n\nA paragraph inside.\n\n</EditorNote>\n\n[^n]: A note.\n');
    expect(() => assignExplicitIds(tree)).not.toThrow();
  });
});
