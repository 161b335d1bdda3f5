/**
 * content/data/note-table.json: the note's table restated as the note had it in May 2006, with our
 * glosses and corrections kept apart in the table note (issue 12).
 */
import { describe, expect, it } from 'vitest';
import rows from '../../content/data/note-table.json';
import { noteTableRowSchema } from '../../src/lib/content-schemas';
import sourcesData from '../../content/data/sources.json';
import { sourcesById, sourcesFileSchema } from '../../src/lib/sources';

const SOURCES = sourcesById(sourcesFileSchema.parse(sourcesData));

const table = rows.map((r) => noteTableRowSchema.parse(r));
const row = (id: string) => table.find((r) => r.id === id)!;

describe('the note’s table', () => {
  it('has the note’s nine rows in its order', () => {
    expect(table.map((r) => r.id)).toEqual(['proponents', 'control', 'technologies', 'packaging', 'drivers', 'multi-os', 'security', 'hardware-assist', 'first-available']);
  });
  it('restores the cells as the note had them', () => {
    expect(row('multi-os').osEmbedded).toMatch(/^Yes, but /);
    expect(row('multi-os').independent).toBe('Yes');
    expect(row('packaging').osEmbedded).toMatch(/bundle it or sell it as an add-on/);
    expect(row('first-available').independent).toMatch(/VMware ESX 2002/);
    expect(row('hardware-assist').osEmbedded).toBe('Yes');
  });
  it('keeps our glosses out of the cells and in the table note', () => {
    for (const r of table) for (const cell of [r.criterion, r.osEmbedded, r.independent]) expect(cell, r.id).not.toMatch(/AMD-V|Viridian|Hyper-V|2001|\(Microsoft’s own/);
    expect(row('hardware-assist').gloss?.text).toMatch(/“Pacifica”/);
    expect(row('technologies').gloss?.text).toMatch(/Viridian/);
  });
  it('marks the ESX date as our correction, with sources that link to the original', () => {
    const gloss = row('first-available').gloss!;
    expect(gloss.text).toMatch(/^Our correction: .*2001/);
    expect(gloss.sources?.length).toBeGreaterThan(0);
    for (const id of gloss.sources!) expect(SOURCES[id]?.url, id).toMatch(/^https?:\/\//);
  });
});
