/**
 * Geometry of the architecture diagrams: d3 computes the scales and link
 * paths, this stacks the layers into boxes and wraps their labels; React
 * draws every SVG node. Pure: data in, coordinates (CSS px) out.
 */
import { linkHorizontal, linkVertical, pathRound, scaleLinear } from 'd3';
import type { Architecture, Layer, LayerKind } from './schema';

/** Space kept free at the drawing's edges, in CSS px: a 1.5 px stroke centred on a box edge must not be clipped by the viewBox. */
export const MARGIN = 2;
/** Horizontal gap between boxes of one row (CSS px): enough to read as separate layers, small enough for three guests on a 280 px phone. */
export const BOX_GAP = 6;
/** Vertical gap between rows (CSS px): room for the management links and for same-row arcs, which rise into the gap above. */
export const ROW_GAP = 20;
/** Space above the top row (CSS px): same-row arcs of the top row rise into it. */
export const TOP_PAD = ROW_GAP;
/** Highest a same-row management arc's control points sit above the boxes (CSS px); the curve peaks at 3/4 of this, inside ROW_GAP. Nearer targets get lower arcs, so arcs from one box to several stay apart. */
export const ARC_RISE = 18;
/** Text inset inside a box (CSS px), left/right and top/bottom: labels never touch the stroke. */
export const PAD_X = 6, PAD_Y = 6;
/** Lowest box height (CSS px): one-line rows stay a comfortable tap target and look like layers, not lines. */
export const MIN_BOX_H = 36;
/** Gap between the server and the outside column (CSS px); React can draw the server's edge in its middle. */
export const OUTSIDE_GAP = 14;
/** Outside column width as a share of the drawing, and its cap (CSS px): narrow on a phone, but never narrower than its longest word. */
export const OUTSIDE_SHARE = 0.2, OUTSIDE_MAX_W = 180;
/** Label sizes (CSS px): 13 on wide screens, 12 below 480 px; 11 is the floor when a long word must still fit. */
export const FONT_WIDE = 13, FONT_NARROW = 12, FONT_MIN = 11, NARROW_BELOW = 480;
/** Line height as a multiple of the font size. */
export const LINE_HEIGHT = 1.3;

/*
 * Advance widths in em, rounded up from DejaVu Sans Book (checked against its
 * hmtx table for every printable ASCII character), the widest of the common
 * system-ui fallbacks; other sans-serifs are narrower, so the estimate errs
 * towards wrapping early. Labels are regular weight: bold needs about 8% more.
 */
const NARROW = new Set(" .,:;'|ijlI’‘");
const SEMI = new Set('frt()[]/-!');
const WIDE: Record<string, number> = { m: 1.0, w: 0.84, M: 0.87, W: 1.0, '—': 1.0, '@': 1.0, '%': 0.96, '"': 0.47, '#': 0.84, '+': 0.84, '=': 0.84, '<': 0.84, '>': 0.84, '^': 0.84, '~': 0.84 };

/** Estimated rendered width of `text` at `fontSize` (both in CSS px), never less than the real width in common sans-serifs. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (NARROW.has(ch)) em += 0.34;
    else if (SEMI.has(ch)) em += 0.42;
    else if (ch in WIDE) em += WIDE[ch];
    else if (/[a-z0-9]/.test(ch)) em += 0.64;
    else em += 0.8; // capitals and anything unknown
  }
  return em * fontSize;
}

/** Splits a word too wide for `maxWidth` into hyphenated pieces that fit; at least one character per piece. */
function breakWord(word: string, maxWidth: number, fontSize: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (textWidth(rest, fontSize) > maxWidth) {
    let n = 1;
    while (n + 1 < rest.length && textWidth(rest.slice(0, n + 1) + '-', fontSize) <= maxWidth) n++;
    pieces.push(textWidth(rest.slice(0, n) + '-', fontSize) <= maxWidth ? rest.slice(0, n) + '-' : rest.slice(0, n));
    rest = rest.slice(n);
  }
  return [...pieces, rest];
}

/**
 * Greedy word wrap: each line takes as many words as fit in `maxWidth` (CSS px)
 * at `fontSize`. A word wider than a whole line is broken with hyphens, so no
 * line is ever wider than `maxWidth` (short of a single glyph being wider).
 */
export function wrapLabel(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= maxWidth) line = candidate;
    else {
      if (line) lines.push(line);
      const pieces = breakWord(word, maxWidth, fontSize);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1];
    }
  }
  return line ? [...lines, line] : lines;
}

/** One layer's box. Geometry in CSS px, y growing downwards (SVG). */
export interface DiagramBox {
  /** "<architecture id>-<layer id>": unique on a page with several diagrams. */
  id: string;
  layerId: string;
  kind: LayerKind;
  /** Top-left corner, width and height. */
  x: number; y: number; w: number; h: number;
  /** The wrapped label, one entry per line; fontSize is the same for every box of a diagram. */
  lines: string[]; fontSize: number; lineHeight: number;
  /** Label anchor: the box's centre (draw with text-anchor="middle") and the first line's baseline. */
  labelX: number; labelY: number;
  hindsight?: boolean;
  outside?: boolean;
}

export interface DiagramLayout {
  /** Drawing size in CSS px: use as the SVG viewBox at 1:1. */
  width: number; height: number;
  /** Bottom row first, left to right; a row's outside box after its in-server boxes. */
  boxes: DiagramBox[];
  /** One per `manages` entry (layer ids): SVG path data from edge to edge. */
  links: Array<{ from: string; to: string; path: string }>;
  /** Left edge of the outside column, when the diagram has one; the server's edge is OUTSIDE_GAP / 2 to its left. */
  outsideX?: number;
}

const vertical = linkVertical();
const horizontal = linkHorizontal();

type Slot = { layer: Layer; x: number; w: number };

/** The largest font size (in 0.5 px steps, not below FONT_MIN) at which every word of every label fits its box. */
function fittingFontSize(slots: Slot[], base: number): number {
  for (let size = base; size >= FONT_MIN; size -= 0.5) {
    const fits = slots.every((s) => s.layer.label.split(/\s+/).every((word) => textWidth(word, size) <= s.w - 2 * PAD_X));
    if (fits) return size;
  }
  return FONT_MIN;
}

/** Lays out `arch` for an available width of `width` CSS px (works from 280 to 1200). */
export function layoutDiagram(arch: Architecture, width: number): DiagramLayout {
  const base = width >= NARROW_BELOW ? FONT_WIDE : FONT_NARROW;
  const outsideLayers = arch.rows.flat().filter((l) => l.outside);
  // The outside column stays beside the server at every width, so its link to the layer it manages stays a short horizontal line.
  const longestOutsideWord = Math.max(0, ...outsideLayers.flatMap((l) => l.label.split(/\s+/).map((w) => textWidth(w, FONT_MIN))));
  const outsideW = outsideLayers.length
    ? Math.min(Math.max(width * OUTSIDE_SHARE, longestOutsideWord + 2 * PAD_X), OUTSIDE_MAX_W, width * 0.4)
    : 0;
  const outsideX = width - MARGIN - outsideW;
  const serverRight = outsideLayers.length ? outsideX - OUTSIDE_GAP : width - MARGIN;

  const rows: Slot[][] = arch.rows.map((row) => {
    const inside = row.filter((l) => !l.outside);
    // Map cumulative span to x; each box gives back BOX_GAP at its right, so the range ends one gap past the server's edge.
    const x = scaleLinear()
      .domain([0, inside.reduce((sum, l) => sum + l.span, 0)])
      .range([MARGIN, serverRight + BOX_GAP]);
    let acc = 0;
    const slots = inside.map((layer) => {
      const x0 = x(acc);
      acc += layer.span;
      return { layer, x: x0, w: x(acc) - x0 - BOX_GAP };
    });
    const out = row.find((l) => l.outside);
    return out ? [...slots, { layer: out, x: outsideX, w: outsideW }] : slots;
  });

  const fontSize = fittingFontSize(rows.flat(), base);
  const lineHeight = Math.round(fontSize * LINE_HEIGHT);
  const wrapped = rows.map((row) => row.map((s) => ({ ...s, lines: wrapLabel(s.layer.label, s.w - 2 * PAD_X, fontSize) })));
  const rowHeights = wrapped.map((row) => Math.max(MIN_BOX_H, ...row.map((s) => s.lines.length * lineHeight + 2 * PAD_Y)));

  // Stack from the top: the last row of the definition is drawn highest, the hardware (row 0) lowest.
  const rowY: number[] = [];
  let y = TOP_PAD;
  for (let i = rows.length - 1; i >= 0; i--) {
    rowY[i] = y;
    y += rowHeights[i] + ROW_GAP;
  }
  const height = y - ROW_GAP + MARGIN;

  const boxes: DiagramBox[] = wrapped.flatMap((row, i) =>
    row.map(({ layer, x, w, lines }) => {
      const h = rowHeights[i];
      // Centre the text block; the first baseline sits about 0.35 em below the middle of its line box.
      const top = rowY[i] + (h - lines.length * lineHeight) / 2;
      return {
        id: `${arch.id}-${layer.id}`, layerId: layer.id, kind: layer.kind,
        x, y: rowY[i], w, h, lines, fontSize, lineHeight,
        labelX: x + w / 2, labelY: top + lineHeight / 2 + fontSize * 0.35,
        ...(layer.hindsight ? { hindsight: true } : {}),
        ...(layer.outside ? { outside: true } : {}),
      };
    }),
  );

  const byLayer = new Map(boxes.map((b) => [b.layerId, b]));
  const links = arch.rows.flat().flatMap((layer) =>
    (layer.manages ?? []).map((to) => {
      const s = byLayer.get(layer.id)!;
      const t = byLayer.get(to)!;
      return { from: layer.id, to, path: linkPath(s, t, serverRight - MARGIN) };
    }),
  );
  return { width, height, boxes, links, ...(outsideLayers.length ? { outsideX } : {}) };
}

/**
 * Path between two boxes' facing edges: outside boxes link sideways; rows link
 * vertically, straight down where the boxes overlap horizontally; boxes of the
 * same row get an arc through the gap above them, clear of the boxes between.
 */
function linkPath(s: DiagramBox, t: DiagramBox, serverWidth: number): string {
  if (s.outside || t.outside) {
    const edge = (b: DiagramBox, other: DiagramBox): [number, number] => [b.x > other.x ? b.x : b.x + b.w, b.y + b.h / 2];
    return horizontal({ source: edge(s, t), target: edge(t, s) }) ?? '';
  }
  if (s.y === t.y) {
    const [sx, tx] = [s.x + s.w / 2, t.x + t.w / 2];
    const rise = ARC_RISE * (0.4 + 0.6 * Math.min(1, Math.abs(tx - sx) / serverWidth));
    const p = pathRound(3);
    p.moveTo(sx, s.y);
    p.bezierCurveTo(sx, s.y - rise, tx, t.y - rise, tx, t.y);
    return p.toString();
  }
  const lo = Math.max(s.x, t.x);
  const hi = Math.min(s.x + s.w, t.x + t.w);
  const [sx, tx] = hi > lo ? [(lo + hi) / 2, (lo + hi) / 2] : [s.x + s.w / 2, t.x + t.w / 2];
  const sy = s.y < t.y ? s.y + s.h : s.y;
  const ty = s.y < t.y ? t.y : t.y + t.h;
  return vertical({ source: [sx, sy], target: [tx, ty] }) ?? '';
}
