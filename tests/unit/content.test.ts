/**
 * The content files themselves: frontmatter, ids, the note's ten footnotes,
 * the table, the redirect table. (Astro's getCollection() does not run under
 * Vitest, so the files are read and validated with the same schemas here.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { analysisPartSchema, citableManifestSchema, noteTableRowSchema, redirectsSchema } from '../../src/lib/content-schemas';
import { assignExplicitIds } from '../../src/lib/markdown/explicit-ids';
import { parseMdx } from '../support/markdown';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const files = readdirSync(join(CONTENT, 'analysis')).filter((f) => f.endsWith('.mdx'));
const parts = files.map((file) => {
  const source = readFileSync(join(CONTENT, 'analysis', file), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  return { file, source, body, data: analysisPartSchema.parse(parseYaml(frontmatter)) };
});
const byPart = [...parts].sort((a, b) => a.data.part - b.data.part);

describe('the analysis', () => {
  it('has the note’s five parts, §1 to §5, one file each', () => {
    expect(byPart.map((p) => p.data.part)).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps the note’s headings for §2 to §5 and marks §1’s title as ours', () => {
    expect(byPart.map((p) => p.data.noteHeading)).toEqual([undefined, 'Building into the OS', 'Maintaining Independence', 'The Independents', 'Conclusion']);
  });

  it('gives every heading, paragraph and footnote an explicit, unique id', async () => {
    for (const part of parts) {
      const anchors = assignExplicitIds(await parseMdx(part.body));
      expect(anchors.length, part.file).toBeGreaterThan(5);
    }
  });

  it('carries all ten of the note’s footnotes, each once, in the note’s order', () => {
    const order = byPart.flatMap((p) => [...p.body.matchAll(/\[\^note-(\d+)\](?!:)/g)].map((m) => Number(m[1])));
    expect(order).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const definitions = byPart.flatMap((p) => [...p.body.matchAll(/^\[\^note-(\d+)\]:/gm)].map((m) => Number(m[1])));
    expect(definitions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('corrects “Veridian” only through the visible editor’s mark', () => {
    const all = parts.map((p) => p.body).join('\n');
    expect(all).toContain('<Sic wrote="Veridian">Viridian</Sic>');
    expect(all.replaceAll('<Sic wrote="Veridian">', '')).not.toContain('Veridian');
  });

  it('places the note’s table in §4, after its prose', () => {
    expect(byPart[3].body).toContain('<NoteTable />');
    expect(parts.filter((p) => p.body.includes('<NoteTable'))).toHaveLength(1);
  });
});

describe('data files', () => {
  it('restates the note’s table in nine rows', () => {
    const rows = JSON.parse(readFileSync(join(CONTENT, 'data', 'note-table.json'), 'utf8')).map((r: unknown) => noteTableRowSchema.parse(r));
    expect(rows.map((r: { id: string }) => r.id)).toEqual(['proponents', 'control', 'technologies', 'packaging', 'drivers', 'multi-os', 'security', 'hardware-assist', 'first-available']);
  });
  it('has a valid redirect table and citable-URL manifest', () => {
    expect(() => redirectsSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'redirects.json'), 'utf8')))).not.toThrow();
    const manifest = citableManifestSchema.parse(JSON.parse(readFileSync(join(CONTENT, 'citable-urls.json'), 'utf8')));
    for (const part of parts) expect(Object.keys(manifest.pages)).toContain(`/analysis/${part.file.replace(/\.mdx$/, '')}/`);
  });
});
