/**
 * Every place on the site that relies on a source in content/data/sources.json,
 * gathered from the data that cite them by id (Astro-only: reads the content
 * collections). /sources/ lists them under each source.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { HINDSIGHT, dateText } from './hindsight';
import { GLOSSARY } from './glossary';
import { EDITIONS } from './citations';
import { SOURCES } from './sources';
import { loadMatrix } from './matrix';
import { MATRIX_VIEWS } from '../lib/content-schemas';
import { cellAnchor } from '../lib/matrix/model';
import { currentBooks, priceSourceAnchor } from '../lib/tco/price-books';
import { FIELD_BY_KEY } from '../lib/tco/fields';
import { termAnchor } from '../lib/glossary/schema';
import { contentDir } from '../lib/content-dir';
import { usesBySource, type SourceUse } from '../lib/source-uses';

/** The analysis's own links to a source (footnote 3, an editor's remark), found by the source's address. */
function analysisUses(partTitles: Record<string, string>): SourceUse[] {
  const byUrl = new Map(Object.values(SOURCES).filter((s) => s.url).map((s) => [s.url!, s.id]));
  const dir = join(contentDir(), 'analysis');
  const uses: SourceUse[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.mdx'))) {
    const slug = file.replace(/\.mdx$/, '');
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const anchor = /^\[#([a-z][a-z0-9-]*)\]/.exec(line)?.[1] ?? (/^\[\^(note-\d+)\]:/.exec(line)?.[1]?.replace(/^/, 'fn-') ?? '');
      for (const [url, id] of byUrl)
        if (line.includes(`(${url})`))
          uses.push({ sourceId: id, label: `Analysis: ${partTitles[slug] ?? slug}${anchor.startsWith('fn-note-') ? `, footnote ${anchor.slice(8)}` : ''}`, path: `analysis/${slug}/${anchor ? `#${anchor}` : ''}` });
    }
  }
  return uses;
}

/** All uses, grouped by source id (every source listed, possibly with none). */
export async function sourceUses(): Promise<Map<string, SourceUse[]>> {
  const uses: SourceUse[] = [];
  const parts = Object.fromEntries((await getCollection('analysis')).map((e) => [e.id, e.data.title]));
  for (const e of HINDSIGHT.events)
    for (const id of e.sources) uses.push({ sourceId: id, label: `Hindsight: ${dateText(e.date)}, ${e.text}`, path: `hindsight/#event-${e.id}` });
  for (const t of GLOSSARY) for (const s of t.sources) uses.push({ sourceId: s.source, label: `Glossary: ${t.term}`, path: `glossary/#${termAnchor(t.id)}` });
  const matrix = await loadMatrix();
  const labelOf = (list: Array<{ id: string; label: string }>, id: string) => list.find((x) => x.id === id)?.label ?? id;
  for (const [subject, row] of Object.entries(matrix.cells))
    for (const [criterion, views] of Object.entries(row))
      for (const view of MATRIX_VIEWS) {
        const cell = views[view];
        if (cell.kind !== 'value') continue;
        for (const s of cell.sources)
          if (s.sourceId)
            uses.push({
              sourceId: s.sourceId,
              label: `Matrix: ${labelOf(matrix.subjects, subject)} × ${labelOf(matrix.criteria, criterion)}, ${view === '2006' ? 'May 2006' : 'with hindsight'}`,
              path: `tools/matrix/#${cellAnchor(subject, criterion)}`,
            });
      }
  for (const book of currentBooks()) {
    for (const [key, v] of Object.entries(book.values))
      if (v.basis === 'source')
        for (const id of v.sources)
          uses.push({ sourceId: id, label: `Calculator, ${book.label}: ${(FIELD_BY_KEY as Record<string, { label: string }>)[key]?.label ?? key}`, path: `tools/tco/#${priceSourceAnchor(book.id, key)}` });
    for (const c of book.choices)
      for (const o of c.options)
        for (const id of o.sources ?? [])
          uses.push({ sourceId: id, label: `Calculator, ${book.label}: ${c.label}, “${o.label}”`, path: `tools/tco/#${priceSourceAnchor(book.id, `${c.id}-${o.id}`)}` });
  }
  for (const row of (await getCollection('noteTable')).map((e) => e.data))
    for (const id of row.gloss?.sources ?? []) uses.push({ sourceId: id, label: `The note’s table, our gloss on “${row.criterion}”`, path: `analysis/the-independents/#table-note-${row.id}` });
  for (const ed of EDITIONS)
    for (const b of ed.reworded ?? [])
      if (b.source) uses.push({ sourceId: b.source, label: `Changelog, ${ed.label}: ${parts[b.part] ?? b.part}, ${b.id}`, path: `changelog/#change-${ed.id}-${b.part}-${b.id}` });
  uses.push(...analysisUses(parts));
  return usesBySource(uses, SOURCES);
}
