import { describe, expect, it } from 'vitest';
import { blocksById, changedBlocks, currentEdition, editionProblems, plainWording, rewordedLater } from '../../src/lib/editions';
import { earlierWordings, insertChangeNotes, insertNotes } from '../../src/lib/markdown/edition-history';
import { contentDir } from '../../src/lib/content-dir';
import { assignExplicitIds } from '../../src/lib/markdown/explicit-ids';
import { parseMdx } from '../support/markdown';

const OLD = `## Claims [#claims]

[#p-a] Xen is due in SLES 10.[^note-3]

[#p-b] Sun is adding Xen to <Sic wrote="Soalris">Solaris</Sic>.

[^note-3]: A note.
`;
const NEW = `## Claims [#claims]

[#p-a] Xen is due   in SLES 10.

[#p-b] Sun is putting Xen into **Solaris**.

[#p-c] A paragraph added later.
`;

const ed = (id: string, published: string) => ({ id, label: `${id} edition`, published, changes: ['Something changed here.'] });

describe('editions', () => {
  it('takes the last listed edition as current', () => {
    expect(currentEdition([ed('2026-11', '2026-11-24'), ed('2027-03', '2027-03-01')]).id).toBe('2027-03');
  });
  it('flags repeated and out-of-order editions', () => {
    expect(editionProblems([ed('2026-11', '2026-11-24'), ed('2026-11', '2026-12-01')])).toEqual(['edition 2026-11 is listed twice']);
    expect(editionProblems([ed('2027-03', '2027-03-01'), ed('2026-11', '2026-11-24')])).toEqual(['edition 2026-11 is listed before an earlier one']);
  });
  it('reads each block’s wording by id, ignoring footnote marks and spacing', () => {
    const blocks = blocksById(OLD);
    expect([...blocks.keys()]).toEqual(['claims', 'p-a', 'p-b', 'fn-note-3']);
    expect(blocks.get('p-a')).toBe('Xen is due in SLES 10.');
  });
  it('finds reworded paragraphs only, not respaced or newly added ones', () => {
    const changes = changedBlocks(blocksById(NEW), [{ edition: '2026-11', blocks: blocksById(OLD) }]);
    expect(changes).toEqual([{ id: 'p-b', since: [{ edition: '2026-11', wording: 'Sun is adding Xen to Solaris.' }] }]);
  });
  it('shows an old wording as plain text', () => {
    expect(plainWording('See **this** and [that](https://x.example) in <Sic wrote="Veridian">Viridian</Sic>.')).toBe('See this and that in Viridian.');
    // A link inside an editor's remark keeps its words and leaves no stray bracket.
    expect(plainWording('Text.<Ed>Runs in the hypervisor (wiki, [“Schedulers”](https://x.example), 2026).</Ed>')).toBe('Text.[editor: Runs in the hypervisor (wiki, “Schedulers”, 2026).]');
  });
  it('puts a note with the earlier wording right after the reworded paragraph', async () => {
    const tree = await parseMdx(NEW);
    assignExplicitIds(tree);
    insertChangeNotes(tree, [{ id: 'p-b', since: [{ edition: '2026-11', wording: 'Old words.' }] }], (e, id) => `/editions/${e}/analysis/x/#${id}`, { '2026-11': 'November 2026 edition' });
    const types = tree.children.map((n) => n.type);
    expect(types).toEqual(['heading', 'paragraph', 'paragraph', 'changedNote', 'paragraph']);
    const note = tree.children[3] as unknown as { data: { hProperties: Record<string, unknown> }; children: Array<{ children: Array<{ value?: string; url?: string }> }> };
    expect(note.data.hProperties).toMatchObject({ dataChangedSince: '2026-11', dataFor: 'p-b' });
    expect(note.children[0].children[0].value).toBe('Reworded since November 2026');
    // The earlier wording is not in the page: a slot for it, filled from wordings.json when the note opens.
    expect(note.children[1].children[0].value).toBe('In the November 2026 edition: ');
    expect((note.children[1].children[1] as unknown as { data: { hName: string; hProperties: Record<string, unknown> } }).data).toEqual({ hName: 'span', hProperties: { dataWording: '2026-11' } });
    expect(note.children[1].children[2].url).toBe('/editions/2026-11/analysis/x/#p-b');
  });
  it('gives wordings.json the earlier wordings of the current text, by block and edition', () => {
    const changes = earlierWordings(contentDir(), 'building-into-the-os');
    const control = changes.find((c) => c.id === 'p-control')!;
    expect(control.since.map((s) => s.edition)).toContain('2026-11');
    expect(control.since.find((s) => s.edition === '2026-11')!.wording).toContain('reduced value is still value');
  });
  it('reads footnotes and our boxes as blocks too, under their anchors', () => {
    const blocks = blocksById(`[#p-a] Text.[^note-3]\n\n<Hindsight id="hs-x" entry="e">It   happened.</Hindsight>\n\n[^note-3]: A source, <Ed>our words</Ed>.\n`);
    expect(blocks.get('fn-note-3')).toBe('A source, <Ed>our words</Ed>.');
    expect(blocks.get('hs-x')).toBe('It happened.');
    expect(plainWording(blocks.get('fn-note-3')!)).toBe('A source, [editor: our words].');
  });
  it('tells a past edition’s reader which of its blocks were reworded later, with today’s wording', () => {
    expect(rewordedLater(blocksById(OLD), blocksById(NEW))).toEqual([{ id: 'p-b', wording: 'Sun is putting Xen into Solaris.' }]);
  });
  it('puts a footnote’s note inside the footnote, and a box’s note after the box', async () => {
    const tree = await parseMdx(`[#p-a] Text.[^note-3]\n\n<Hindsight id="hs-x" entry="e">It happened.</Hindsight>\n\n[^note-3]: A source.\n`);
    assignExplicitIds(tree);
    const wording = [{ label: 'Today', wording: 'New.', href: '/x/', linkText: 'Read it' }];
    insertNotes(tree, [
      { id: 'fn-note-3', summary: 'Reworded since this edition', wordings: wording },
      { id: 'hs-x', summary: 'Reworded since this edition', wordings: wording },
    ]);
    const footnote = tree.children.find((n) => n.type === 'footnoteDefinition') as unknown as { children: Array<{ type: string }> };
    expect(footnote.children.map((c) => c.type)).toEqual(['paragraph', 'changedNote']);
    const i = tree.children.findIndex((n) => n.type === 'mdxJsxFlowElement');
    const note = tree.children[i + 1] as unknown as { type: string; data: { hProperties: { className: string[] } } };
    expect(note.type).toBe('changedNote');
    // A note on a hindsight box hides with the hindsight notes.
    expect(note.data.hProperties.className).toContain('hindsight-note-change');
  });
});
