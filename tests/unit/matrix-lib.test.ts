/** The matrix model, its URL state and its CSV, on a small fixture whose answers can be worked by hand. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildMatrix, changedSince2006, matrixReferences, referenceKey, rowDiffers, type SourceContext } from '../../src/lib/matrix/model';
import { outlineOf, outlineRowDiffers, visibleCriteria } from '../../src/lib/matrix/outline';
import { matrixLayout } from '../../src/lib/matrix/layout';
import { decodeState, defaultState, encodeState, holdsWord, revealTarget, viewForHighlight, type MatrixIds } from '../../src/lib/matrix/url-state';
import { matrixCsv } from '../../src/lib/matrix/export';
import type { MatrixData, NoteTableRow } from '../../src/lib/content-schemas';

const TABLE: NoteTableRow[] = [
  { id: 'drivers', criterion: 'Device drivers', osEmbedded: 'Standard OS drivers', independent: 'Hypervisor drivers' },
  { id: 'security', criterion: 'Security', osEmbedded: 'Like the OS', independent: 'Simpler' },
];
const DATA: MatrixData = {
  criteria: [
    { id: 'drivers', fromNote: true },
    { id: 'security', fromNote: true },
    { id: 'free-edition', label: 'Free edition', fromNote: false, question: 'Can it be had for nothing?' },
  ],
  subjects: [
    { id: 'os-embedded', label: 'OS-embedded camp', kind: 'camp', description: 'The note’s first column.' },
    { id: 'independent', label: 'Independent camp', kind: 'camp', description: 'The note’s second column.' },
    { id: 'vmware-esx', label: 'VMware ESX', kind: 'product', description: 'VMware’s bare-metal hypervisor.' },
  ],
  cells: {
    'os-embedded': {
      drivers: { hindsight: { value: 'Standard OS drivers', sources: [{ table: 'drivers' }] } },
      security: { hindsight: { gap: 'The facts do not say how it fared.' } },
      'free-edition': { '2006': { gap: 'The note does not discuss free editions.' }, hindsight: { value: 'Yes', sources: [{ event: 'hv-free' }] } },
    },
    independent: {
      drivers: { hindsight: { value: 'Hypervisor drivers', sources: [{ table: 'drivers' }] } },
      security: { hindsight: { value: 'Simpler, by design', sources: [{ note: 'the-independents#p-console-size' }] } },
      'free-edition': { '2006': { gap: 'The note does not discuss free editions.' }, hindsight: { value: 'Yes', sources: [{ event: 'esxi-free' }] } },
    },
    'vmware-esx': {
      drivers: { '2006': { value: 'In the hypervisor', note: 'Unlike Xen.', sources: [{ note: 'the-independents#p-esx-design' }] }, hindsight: { value: 'In the hypervisor', sources: [{ note: 'the-independents#p-esx-design' }] } },
      security: { '2006': { value: 'Small console', sources: [{ note: 'the-independents#fn-note-9' }] }, hindsight: { value: 'No console at all', sources: [{ sourceId: 'broadcom-kb', fact: 'Per-core licensing, at least 16 cores per CPU' }] } },
      'free-edition': { '2006': { gap: 'The note does not discuss free editions.' }, hindsight: { value: 'Yes', sources: [{ event: 'esxi-free' }] } },
    },
  },
};
const CTX: SourceContext = {
  parts: { 'the-independents': { part: 4, title: 'The independents' } },
  events: { 'esxi-free': { date: 'Jul 2008', name: 'Free ESXi' }, 'hv-free': { date: '1 Oct 2008' } },
  tableSlug: 'the-independents',
  sources: {
    'broadcom-kb': {
      id: 'broadcom-kb',
      title: 'Counting cores',
      publisher: 'Broadcom',
      url: 'https://example.com/kb',
      checked: '2026-11-29',
      archived: 'https://web.archive.org/web/20261129/https://example.com/kb',
      confidence: 'high',
      supports: 'Licensing per core, 16 at least.',
    },
  },
};
const M = buildMatrix(DATA, TABLE, CTX);
const O = outlineOf(M);
const IDS: MatrixIds = { subjects: M.subjects.map((s) => s.id), criteria: M.criteria.map((c) => c.id), defaultSubjects: ['os-embedded', 'independent'] };

describe('building the matrix', () => {
  it('takes the camps’ May 2006 cells and the row labels from the note’s table', () => {
    expect(M.criteria.map((c) => c.label)).toEqual(['Device drivers', 'Security', 'Free edition']);
    expect(M.cells['os-embedded'].drivers['2006']).toEqual({
      kind: 'value',
      value: 'Standard OS drivers',
      note: undefined,
      sources: [{ label: 'The note’s table, “Device drivers”', path: 'analysis/the-independents/#table-drivers' }],
    });
  });
  it('names and links every kind of source', () => {
    const esx = M.cells['vmware-esx'];
    expect(esx.drivers['2006']).toMatchObject({ sources: [{ label: 'The note, §4, “The independents”', path: 'analysis/the-independents/#p-esx-design' }] });
    expect(esx.security['2006']).toMatchObject({ sources: [{ label: 'The note, footnote 9', path: 'analysis/the-independents/#fn-note-9' }] });
    expect(esx['free-edition'].hindsight).toMatchObject({ sources: [{ label: 'Free ESXi, Jul 2008', path: 'hindsight/#event-esxi-free' }] });
    expect(esx.security.hindsight).toMatchObject({ sources: [{ label: 'Broadcom, “Counting cores” (undated): Per-core licensing, at least 16 cores per CPU', href: 'https://example.com/kb', sourceId: 'broadcom-kb' }] });
  });
  it('numbers each source once for the list under the table, in the order a reader meets them: row by row, column by column, May 2006 first', () => {
    const listed = [...matrixReferences(M).values()].map((r) => [r.number, r.source.path ?? r.source.sourceId]);
    expect(listed).toEqual([
      [1, 'analysis/the-independents/#table-drivers'],
      [2, 'analysis/the-independents/#p-esx-design'],
      [3, 'analysis/the-independents/#table-security'],
      [4, 'analysis/the-independents/#p-console-size'],
      [5, 'analysis/the-independents/#fn-note-9'],
      [6, 'broadcom-kb'],
      [7, 'hindsight/#event-hv-free'],
      [8, 'hindsight/#event-esxi-free'],
    ]);
    // An outside source cited for two different facts is one entry: the facts stay in their cells.
    const twice = structuredClone(DATA);
    twice.cells.independent.security.hindsight = { value: 'Simpler', sources: [{ sourceId: 'broadcom-kb', fact: 'Another fact' }] };
    const refs = matrixReferences(buildMatrix(twice, TABLE, CTX));
    expect([...refs.values()].filter((r) => r.source.sourceId === 'broadcom-kb')).toHaveLength(1);
    expect(refs.get(referenceKey({ label: '', sourceId: 'broadcom-kb' }))?.number).toBe(4);
  });
  it('refuses a missing cell, a repeated table cell or an unknown source, so the build fails', () => {
    const missing = structuredClone(DATA);
    delete missing.cells['vmware-esx'].security;
    expect(() => buildMatrix(missing, TABLE, CTX)).toThrow(/vmware-esx × security/);
    const repeated = structuredClone(DATA);
    repeated.cells['os-embedded'].drivers['2006'] = { value: 'x', sources: [{ table: 'drivers' }] };
    expect(() => buildMatrix(repeated, TABLE, CTX)).toThrow(/repeats the note's table/);
    const unknown = structuredClone(DATA);
    unknown.cells.independent.security.hindsight = { value: 'x', sources: [{ event: 'no-such-event' }] };
    expect(() => buildMatrix(unknown, TABLE, CTX)).toThrow(/no-such-event/);
  });
});

describe('what changed and what differs', () => {
  it('marks a cell changed when its hindsight value differs, or a gap became a value, but not when hindsight is silent', () => {
    expect(changedSince2006(M, 'vmware-esx', 'drivers')).toBe(false);
    expect(changedSince2006(M, 'vmware-esx', 'security')).toBe(true);
    expect(changedSince2006(M, 'os-embedded', 'security')).toBe(false);
    expect(changedSince2006(M, 'independent', 'free-edition')).toBe(true);
  });
  it('says a row differs only when the chosen columns disagree in that view', () => {
    expect(rowDiffers(M, 'free-edition', ['os-embedded', 'independent'], 'hindsight')).toBe(false);
    expect(rowDiffers(M, 'drivers', ['os-embedded', 'independent'], '2006')).toBe(true);
    expect(rowDiffers(M, 'drivers', ['vmware-esx'], '2006')).toBe(false);
  });
  it('the outline the island gets answers “differs” and “changed” as the full matrix does, without the texts', () => {
    const subsets = [['os-embedded', 'independent'], ['vmware-esx'], ['independent', 'vmware-esx'], ['os-embedded', 'independent', 'vmware-esx']];
    for (const c of M.criteria)
      for (const view of ['2006', 'hindsight'] as const)
        for (const subjects of subsets) expect(outlineRowDiffers(O, c.id, subjects, view)).toBe(rowDiffers(M, c.id, subjects, view));
    expect(O.changed).toEqual({ drivers: [], security: ['independent', 'vmware-esx'], 'free-edition': ['os-embedded', 'independent', 'vmware-esx'] });
    expect(JSON.stringify(O)).not.toContain('Small console');
  });
  it('filters rows by choice, by difference, and by change in the hindsight view only', () => {
    const s = defaultState(IDS);
    expect(visibleCriteria(O, s).map((c) => c.id)).toEqual(['drivers', 'security', 'free-edition']);
    expect(visibleCriteria(O, { ...s, view: 'hindsight', onlyDifferences: true }).map((c) => c.id)).toEqual(['drivers', 'security']);
    expect(visibleCriteria(O, { ...s, subjects: ['vmware-esx'], view: 'hindsight', onlyChanged: true }).map((c) => c.id)).toEqual(['security', 'free-edition']);
    expect(visibleCriteria(O, { ...s, subjects: ['vmware-esx'], onlyChanged: true }).map((c) => c.id)).toHaveLength(3);
  });
});

describe('the matrix in the URL', () => {
  it('writes nothing for the note’s table, and only what differs otherwise', () => {
    expect(encodeState(defaultState(IDS), IDS)).toBe('');
    const s = { ...defaultState(IDS), view: 'hindsight' as const, subjects: ['independent', 'vmware-esx'], criteria: ['security'], onlyDifferences: true };
    expect(encodeState(s, IDS)).toBe('view=hindsight&s=independent,vmware-esx&c=security&diff=1');
  });
  it('round-trips any state', () => {
    const state = fc.record({
      view: fc.constantFrom('2006' as const, 'hindsight' as const),
      subjects: fc.subarray(IDS.subjects, { minLength: 1 }),
      criteria: fc.subarray(IDS.criteria, { minLength: 1 }),
      onlyDifferences: fc.boolean(),
      onlyChanged: fc.boolean(),
    });
    fc.assert(
      fc.property(state, (s) => {
        expect(decodeState(`?${encodeState(s, IDS)}`, IDS)).toEqual({ state: s, notices: [] });
      }),
    );
  });
  it('keeps what is valid in a hand-edited link and says what it ignored', () => {
    const { state, notices } = decodeState('?view=2027&s=vmware-esx,hal-9000,vmware-esx&c=&diff=yes&zoom=2', IDS);
    expect(state).toEqual({ ...defaultState(IDS), subjects: ['vmware-esx'] });
    expect(notices).toEqual([
      'Ignored view=“2027”: the views are 2006 and hindsight.',
      'Ignored unknown subjects: “hal-9000”.',
      'The link named no criterion this matrix has; showing all of them.',
      'Ignored diff=“yes”: “Show only differences” takes 1 or 0.',
      'Ignored unknown settings: “zoom”.',
    ]);
  });
  it('never throws, and always leaves at least one column and one row', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const { state } = decodeState(text, IDS);
        expect(state.subjects.length).toBeGreaterThan(0);
        expect(state.criteria.length).toBeGreaterThan(0);
      }),
    );
  });
  it('shows the column and row of a linked cell, lifting a filter only if it hides it', () => {
    const s = { ...defaultState(IDS), criteria: ['drivers'], onlyDifferences: true };
    expect(revealTarget(O, s, 'cell-vmware-esx-security')).toEqual({ ...s, subjects: IDS.subjects, criteria: ['drivers', 'security'] });
    expect(revealTarget(O, { ...s, view: 'hindsight' }, 'row-free-edition')).toEqual({ ...s, view: 'hindsight', criteria: ['drivers', 'free-edition'], onlyDifferences: false });
    expect(revealTarget(O, s, 'how-to-read')).toBe(s);
  });
});

describe('arriving from search', () => {
  const texts = { '2006': 'Small console The note, footnote 9', hindsight: 'No console at all Broadcom KB 313548' };
  it('opens the view whose text holds the searched word', () => {
    expect(viewForHighlight(texts, '2006', ['broadcom'])).toBe('hindsight');
    expect(viewForHighlight(texts, '2006', ['console'])).toBe('2006');
    expect(viewForHighlight(texts, 'hindsight', ['nothing-like-it'])).toBe('hindsight');
    expect(viewForHighlight(undefined, '2006', ['broadcom'])).toBe('2006');
  });
  it('finds a word whatever its case', () => {
    expect(holdsWord('Broadcom KB', ['broadcom'])).toBe(true);
    expect(holdsWord('Broadcom KB', ['vmware'])).toBe(false);
  });
});

describe('layout', () => {
  it('is a table while every column gets 10rem beside the 9rem criterion column', () => {
    expect(matrixLayout(2, 29 * 16, 16)).toEqual({ kind: 'table' });
    expect(matrixLayout(5, 1184, 19)).toEqual({ kind: 'table' });
    expect(matrixLayout(6, 1184, 19).kind).toBe('cards');
  });
  it('on a phone, puts two subjects side by side in a card, and never leaves a nearly empty last line', () => {
    expect(matrixLayout(2, 288, 18)).toEqual({ kind: 'cards', perLine: 2 });
    expect(matrixLayout(2, 343, 18)).toEqual({ kind: 'cards', perLine: 2 });
    expect(matrixLayout(11, 343, 18)).toEqual({ kind: 'cards', perLine: 2 });
    expect(matrixLayout(5, 4 * 7.5 * 16, 16)).toEqual({ kind: 'cards', perLine: 3 });
    expect(matrixLayout(3, 100, 16)).toEqual({ kind: 'cards', perLine: 1 });
  });
});

describe('CSV export', () => {
  it('holds the rows and columns shown, each value with its note and sources, and says why a cell is empty', () => {
    const csv = matrixCsv(M, { ...defaultState(IDS), subjects: ['vmware-esx'], criteria: ['drivers', 'free-edition'] }, 'https://example.org/tools/matrix/?s=vmware-esx');
    expect(csv.split('\r\n')).toEqual([
      'VMware ESX,VMware ESX: note,VMware ESX: sources'.replace(/^/, 'Criterion,'),
      'Device drivers,In the hypervisor,Unlike Xen.,"The note, §4, “The independents”"',
      'Free edition,,No entry: The note does not discuss free editions.,',
      '',
      'View,"As the note saw it, May 2006"',
      'Link,https://example.org/tools/matrix/?s=vmware-esx',
      'Source,"Gordon Haff, “Hypervisor Home”, Illuminata, 22 May 2006; restated and extended by Hypervisor Home"',
      '',
    ]);
  });
});
