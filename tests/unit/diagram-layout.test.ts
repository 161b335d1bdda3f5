/** The architecture diagrams: data valid and sourced, layout free of overlap and overflow from a 280 px phone to a 1200 px desktop. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import data from '../../content/data/architectures.json';
import hindsight from '../../content/data/hindsight.json';
import { architecturesFileSchema } from '../../src/lib/diagrams/schema';
import { ARC_RISE, BOX_GAP, FONT_MIN, MARGIN, PAD_X, PAD_Y, ROW_GAP, TOP_PAD, layoutDiagram, textWidth, wrapLabel, type DiagramBox } from '../../src/lib/diagrams/layout';
import { blocksById } from '../../src/lib/editions';

const { architectures } = architecturesFileSchema.parse(data);
const ANALYSIS = join(import.meta.dirname, '..', '..', 'content', 'analysis');
const parts = Object.fromEntries(readdirSync(ANALYSIS).map((f) => [f.replace(/\.mdx$/, ''), readFileSync(join(ANALYSIS, f), 'utf8')]));
const eventIds = new Set(hindsight.events.map((e) => e.id));
const WIDTHS = [280, 320, 375, 768, 1200];
const EPS = 1e-6;

describe('architecture data', () => {
  it('has six diagrams numbered 1 to 6 with unique ids, and unique layer ids in each', () => {
    expect(architectures.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(architectures.map((a) => a.id)).size).toBe(6);
    for (const a of architectures) {
      const ids = a.rows.flat().map((l) => l.id);
      expect(new Set(ids).size, a.id).toBe(ids.length);
    }
  });
  it('manages only layers that exist, in the same or an adjacent row (outside layers: their own row), so links cross no box', () => {
    for (const a of architectures) {
      const rowOf = new Map(a.rows.flatMap((row, i) => row.map((l) => [l.id, i] as const)));
      for (const l of a.rows.flat()) {
        for (const m of l.manages ?? []) {
          expect(rowOf.has(m), `${a.id}: ${l.id} → ${m}`).toBe(true);
          const distance = Math.abs(rowOf.get(m)! - rowOf.get(l.id)!);
          expect(distance, `${a.id}: ${l.id} → ${m}`).toBeLessThanOrEqual(l.outside ? 0 : 1);
        }
      }
    }
  });
  it('resolves every source: an anchor in the named part, or a hindsight event', () => {
    for (const a of architectures) {
      for (const s of a.sources) {
        if ('event' in s) {
          expect(eventIds.has(s.event), `${a.id}: event ${s.event}`).toBe(true);
          continue;
        }
        const [slug, anchor] = s.note.split('#');
        expect(parts[slug], `${a.id}: no part ${slug}`).toBeDefined();
        const footnote = /^fn-note-(\d+)$/.exec(anchor);
        if (footnote) expect(parts[slug], `${a.id}: ${s.note}`).toContain(`[^note-${footnote[1]}]:`);
        else expect(blocksById(parts[slug]).has(anchor), `${a.id}: ${s.note}`).toBe(true);
      }
      expect(parts[a.part], a.id).toBeDefined();
    }
  });
  it('puts hardware in the bottom row of every diagram, never trusts a guest, and flags hindsight only in server-shipped', () => {
    for (const a of architectures) {
      expect(a.rows[0].some((l) => l.kind === 'hardware'), a.id).toBe(true);
      for (const l of a.rows.flat()) {
        if (l.kind === 'guest') expect(l.trusted, `${a.id}/${l.id}`).toBe(false);
        if (l.hindsight) expect(a.id, l.id).toBe('server-shipped');
      }
    }
    expect(architectures.find((a) => a.id === 'server-shipped')!.rows.flat().some((l) => l.hindsight)).toBe(true);
  });
});

/** Distance that separates two boxes: along x or y, whichever is larger (negative when they overlap). */
function separation(a: DiagramBox, b: DiagramBox): number {
  const dx = Math.max(b.x - (a.x + a.w), a.x - (b.x + b.w));
  const dy = Math.max(b.y - (a.y + a.h), a.y - (b.y + b.h));
  return Math.max(dx, dy);
}

describe.each(architectures)('layout of $id', (arch) => {
  it.each(WIDTHS)('at %i px: boxes apart by at least the gap and inside the drawing', (width) => {
    const L = layoutDiagram(arch, width);
    expect(L.width).toBe(width);
    expect(L.boxes).toHaveLength(arch.rows.flat().length);
    for (const [i, a] of L.boxes.entries()) {
      expect(a.x, a.id).toBeGreaterThanOrEqual(MARGIN - EPS);
      expect(a.y, a.id).toBeGreaterThanOrEqual(MARGIN - EPS);
      expect(a.x + a.w, a.id).toBeLessThanOrEqual(width - MARGIN + EPS);
      expect(a.y + a.h, a.id).toBeLessThanOrEqual(L.height - MARGIN + EPS);
      for (const b of L.boxes.slice(i + 1)) expect(separation(a, b), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(BOX_GAP - EPS);
    }
  });
  it.each(WIDTHS)('at %i px: every label line fits its box, across and down', (width) => {
    const L = layoutDiagram(arch, width);
    for (const b of L.boxes) {
      expect(b.fontSize, b.id).toBeGreaterThanOrEqual(FONT_MIN);
      expect(b.fontSize, b.id).toBeLessThanOrEqual(width >= 480 ? 13 : 12);
      expect(b.lines.length, b.id).toBeGreaterThan(0);
      for (const line of b.lines) expect(textWidth(line, b.fontSize), `${b.id}: "${line}"`).toBeLessThanOrEqual(b.w - 2 * PAD_X + EPS);
      expect(b.lines.length * b.lineHeight, b.id).toBeLessThanOrEqual(b.h - 2 * PAD_Y + EPS);
      expect(b.labelY, b.id).toBeGreaterThan(b.y);
      expect(b.labelY + (b.lines.length - 1) * b.lineHeight, b.id).toBeLessThan(b.y + b.h);
      // The words come back unchanged, only wrapped (hyphens from breaking a word aside).
      const squash = (t: string) => t.replace(/[-\s]/g, '');
      expect(squash(b.lines.join('')), b.id).toBe(squash(arch.rows.flat().find((l) => l.id === b.layerId)!.label));
    }
  });
  it.each(WIDTHS)('at %i px: stacks rows bottom to top in definition order, hardware lowest, guests above the hypervisor', (width) => {
    const L = layoutDiagram(arch, width);
    const box = new Map(L.boxes.map((b) => [b.layerId, b]));
    const rows = arch.rows.map((row) => row.map((l) => box.get(l.id)!));
    for (let i = 1; i < rows.length; i++) {
      for (const upper of rows[i]) for (const lower of rows[i - 1]) expect(upper.y + upper.h, `${upper.id} above ${lower.id}`).toBeLessThan(lower.y);
    }
    const hardware = L.boxes.filter((b) => b.kind === 'hardware');
    expect(hardware.length).toBeGreaterThan(0);
    for (const b of L.boxes) for (const h of hardware) expect(b.y, b.id).toBeLessThanOrEqual(h.y);
    for (const g of L.boxes.filter((b) => b.kind === 'guest')) {
      for (const h of L.boxes.filter((b) => b.kind === 'hypervisor')) expect(g.y + g.h, g.id).toBeLessThan(h.y);
    }
    for (const b of L.boxes) expect(Boolean(b.hindsight), b.id).toBe(Boolean(arch.rows.flat().find((l) => l.id === b.layerId)!.hindsight));
  });
  it.each(WIDTHS)('at %i px: draws one link per managed layer, ending on the two boxes’ edges', (width) => {
    const L = layoutDiagram(arch, width);
    expect(L.links).toHaveLength(arch.rows.flat().reduce((n, l) => n + (l.manages?.length ?? 0), 0));
    for (const link of L.links) {
      expect(link.path, `${link.from} → ${link.to}`).toMatch(/^M[\d.,-]+C/);
      for (const v of link.path.match(/-?[\d.]+/g)!.map(Number)) expect(Number.isFinite(v)).toBe(true);
      const nums = link.path.match(/-?[\d.]+/g)!.map(Number);
      const [start, end] = [nums.slice(0, 2), nums.slice(-2)];
      const onEdge = (p: number[], b: DiagramBox) =>
        p[0] >= b.x - EPS && p[0] <= b.x + b.w + EPS && p[1] >= b.y - EPS && p[1] <= b.y + b.h + EPS &&
        (Math.abs(p[0] - b.x) < 1e-3 || Math.abs(p[0] - b.x - b.w) < 1e-3 || Math.abs(p[1] - b.y) < 1e-3 || Math.abs(p[1] - b.y - b.h) < 1e-3);
      const from = L.boxes.find((b) => b.layerId === link.from)!;
      const to = L.boxes.find((b) => b.layerId === link.to)!;
      expect(onEdge(start, from), `${link.from} → ${link.to} starts on ${link.from}`).toBe(true);
      expect(onEdge(end, to), `${link.from} → ${link.to} ends on ${link.to}`).toBe(true);
    }
  });
});

it('keeps same-row arcs inside the gap above their row (a cubic peaks at 3/4 of its control height)', () => {
  expect(0.75 * ARC_RISE).toBeLessThan(ROW_GAP);
  expect(0.75 * ARC_RISE).toBeLessThan(TOP_PAD - MARGIN);
});

describe('outside layers (IBM HMC)', () => {
  const power = architectures.find((a) => a.id === 'ibm-power')!;
  it.each(WIDTHS)('at %i px: sit in a right-hand column beside their row, clear of the server', (width) => {
    const L = layoutDiagram(power, width);
    const hmc = L.boxes.find((b) => b.layerId === 'hmc')!;
    const hypervisor = L.boxes.find((b) => b.layerId === 'power-hypervisor')!;
    expect(hmc.outside).toBe(true);
    expect(L.outsideX).toBe(hmc.x);
    for (const b of L.boxes.filter((b) => !b.outside)) expect(b.x + b.w, b.id).toBeLessThan(hmc.x);
    expect(hmc.y).toBe(hypervisor.y);
    // Narrow on a phone, never more than 40% of the drawing.
    expect(hmc.w).toBeLessThanOrEqual(width * 0.4);
  });
  it('leaves outsideX unset where nothing is outside', () => {
    expect(layoutDiagram(architectures[0], 768).outsideX).toBeUndefined();
  });
});

describe('label wrapping', () => {
  it('measures wide letters wider than narrow ones, in proportion to the font size', () => {
    expect(textWidth('mmmm', 12)).toBeGreaterThan(textWidth('iiii', 12));
    expect(textWidth('Hypervisor', 26)).toBeCloseTo(2 * textWidth('Hypervisor', 13));
    // Conservative against DejaVu Sans, whose advance widths make "Hypervisor" 70.4 px wide at 13 px.
    expect(textWidth('Hypervisor', 13)).toBeGreaterThanOrEqual(70.4);
  });
  it('keeps a label that fits on one line', () => {
    expect(wrapLabel('Xen hypervisor', 200, 13)).toEqual(['Xen hypervisor']);
  });
  it('wraps a long label greedily at spaces', () => {
    const lines = wrapLabel('Virtualization application on the host', 110, 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Virtualization application on the host');
    for (const l of lines) expect(textWidth(l, 12)).toBeLessThanOrEqual(110);
    expect(lines[0]).toBe('Virtualization');
  });
  it('breaks a word longer than the line with hyphens instead of overflowing', () => {
    const lines = wrapLabel('Virtualization', 40, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(textWidth(l, 11)).toBeLessThanOrEqual(40);
    expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
    expect(lines.join('').replace(/-/g, '')).toBe('Virtualization');
  });
  it('returns no lines for an empty label and one glyph per line when nothing fits', () => {
    expect(wrapLabel('   ', 100, 12)).toEqual([]);
    expect(wrapLabel('ab', 1, 12)).toEqual(['a', 'b']);
  });
});

describe('architecture captions and texts after issue 12', () => {
  const byId = (id: string) => architectures.find((a) => a.id === id)!;
  it('captions the hosted figure as outside the note’s subject (footnote 2)', () => {
    expect(byId('hosted').caption).toMatch(/^Outside the note's subject \(its footnote 2\)/);
    expect(byId('hosted').description).toMatch(/main subject/);
  });
  it('keeps hindsight out of figure 6’s caption proper and in its hideable hindsight part', () => {
    const fig6 = byId('server-shipped');
    expect(fig6.caption).not.toMatch(/3i|Nitro|AWS/);
    expect(fig6.captionHindsight).toMatch(/ESX Server 3i .*as an option rather than as standard/);
    expect(fig6.captionHindsight).toMatch(/Nitro .*our analogy/);
    for (const a of architectures) if (a.id !== 'server-shipped') expect(a.caption, a.id).not.toMatch(/3i|Nitro|ESXi|Hyper-V|KVM/);
  });
  it('follows the note on what Xen leaves to Dom0 and states no first date for ESX', () => {
    for (const a of architectures) {
      const all = JSON.stringify(a);
      expect(all, a.id).not.toMatch(/resource scheduling|schedules (the machine's )?resources/);
      expect(all, a.id).not.toMatch(/2002/);
    }
    expect(byId('vmware-esx').caption).toMatch(/resource management, the virtual network and device I\/O/);
  });
});
