/** The hindsight data: every claim placed in the analysis, every event dated and sourced, every note linked. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../content/data/hindsight.json';
import { hindsightSchema } from '../../src/lib/content-schemas';
import { blocksById } from '../../src/lib/editions';

const H = hindsightSchema.parse(data);
const ANALYSIS = join(import.meta.dirname, '..', '..', 'content', 'analysis');
const parts = Object.fromEntries(readdirSync(ANALYSIS).map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(ANALYSIS, f), 'utf8')]));

describe('hindsight data', () => {
  it('dates and sources every event, with unique ids', () => {
    const ids = H.events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of H.events) {
      expect(e.date, e.id).toMatch(/^\d{4}/);
      expect(Number(e.date.slice(0, 4)), e.id).toBeGreaterThanOrEqual(2005);
      expect(e.source.length, e.id).toBeGreaterThan(4);
    }
  });
  it('gives each verdict its events, all of which exist', () => {
    const ids = new Set(H.events.map((e) => e.id));
    for (const s of H.scorecard) for (const e of s.events) expect(ids.has(e), `${s.id} → ${e}`).toBe(true);
  });
  it('places each claim at a paragraph of the analysis that exists', () => {
    for (const s of H.scorecard) {
      const [slug, anchor] = s.where.split('#');
      expect(parts[slug], `${s.id}: no part ${slug}`).toBeDefined();
      expect(blocksById(parts[slug]).has(anchor), `${s.id}: no #${anchor} in ${slug}`).toBe(true);
    }
  });
  it('links every hindsight note in the analysis to a scorecard entry, and has one for every entry', () => {
    const entries = new Set(H.scorecard.map((s) => s.id));
    const used = new Set<string>();
    for (const [slug, source] of Object.entries(parts)) {
      for (const m of source.matchAll(/<Hindsight id="([^"]+)" entry="([^"]+)">/g)) {
        expect(entries.has(m[2]), `${slug}#${m[1]} names ${m[2]}`).toBe(true);
        used.add(m[2]);
      }
    }
    expect([...entries].filter((e) => !used.has(e))).toEqual([]);
  });
  it('has hindsight notes in every part of the analysis', () => {
    for (const [slug, source] of Object.entries(parts)) expect(source, slug).toMatch(/<Hindsight id="hs-/);
  });
});
