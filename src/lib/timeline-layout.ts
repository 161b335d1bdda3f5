/**
 * Geometry of the hindsight timeline: d3 computes the time scale, this
 * places every event in its vendor's lane, in rows so that no two marks'
 * touch targets meet (each is a 24 px circle: WCAG 2.2 target size, 2.5.8),
 * and gives a mark its short name where the name fits before the next mark
 * of its row. React draws the result (src/components/hindsight/Timeline.tsx).
 * Pure: data in, coordinates out.
 */
import { scaleTime } from 'd3';

export const LANES = [
  { key: 'hardware', label: 'Chips (Intel, AMD)' },
  { key: 'microsoft', label: 'Microsoft' },
  { key: 'vmware', label: 'VMware' },
  { key: 'xen', label: 'Xen, XenSource, Citrix' },
  { key: 'linux', label: 'Linux, Red Hat, SUSE' },
  { key: 'oracle-sun', label: 'Oracle, Sun, Virtual Iron' },
  { key: 'aws', label: 'AWS' },
] as const;
export type LaneKey = (typeof LANES)[number]['key'];

export interface TimelineEvent {
  id: string;
  date: string;
  lane: LaneKey;
  text: string;
  /** A short name, shown beside the mark where it fits. */
  label?: string;
}

/** A partial ISO date as a day: a month's middle, a year's middle, so it sits where a reader expects. */
export function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m ? m - 1 : 6, d ?? (m ? 15 : 1)));
}

/** Diameter of a mark's touch target, px: WCAG 2.2 SC 2.5.8 asks for at least 24 by 24 CSS px. */
export const TARGET = 24;
/** Space above and below a lane's rows, px. */
const LANE_PAD = 8;
/** Rows a lane may use before a mark has to share a row with a close neighbour. */
const MAX_ROWS = 4;
/** Width of one character of a label at 11 px in the site's sans, px (generous: DejaVu Sans runs wide). */
export const LABEL_CHAR = 6.6;
/** Gap between a mark's target and its label, and after a label, px. */
const LABEL_GAP = 3;

export interface TimelineMark {
  id: string;
  x: number;
  y: number;
  lane: LaneKey;
  /** The short name to draw, when it fits before the next mark of the row and inside the plot. */
  label?: string;
}

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: Array<{ key: LaneKey; label: string; y: number; height: number }>;
  years: Array<{ x: number; label: string }>;
  marks: TimelineMark[];
  /** The note's date, drawn as a line. */
  note: { x: number; label: string };
}

/** Width a label takes, px. */
export const labelWidth = (label: string) => label.length * LABEL_CHAR;

/**
 * Rows for one lane's events (in date order): each goes in the first row
 * where its target clears the previous mark's target and label; if none, a
 * new row; past MAX_ROWS, the first row where it clears the previous target
 * once that label is dropped; failing that, the row with the most room.
 */
function placeLane(xs: Array<{ id: string; x: number; label?: string }>, right: number): Array<{ id: string; x: number; row: number; label?: string }> {
  const placed: Array<{ id: string; x: number; row: number; label?: string }> = [];
  const last: Array<(typeof placed)[number]> = [];
  const end = (m: (typeof placed)[number]) => m.x + TARGET / 2 + (m.label ? LABEL_GAP + labelWidth(m.label) + LABEL_GAP : 0);
  for (const e of xs) {
    const label = e.label && e.x + TARGET / 2 + LABEL_GAP + labelWidth(e.label) <= right ? e.label : undefined;
    let row = last.findIndex((m) => end(m) <= e.x - TARGET / 2);
    if (row < 0 && last.length < MAX_ROWS) row = last.length;
    if (row < 0) {
      row = last.findIndex((m) => m.x + TARGET <= e.x);
      if (row >= 0) last[row].label = undefined;
    }
    if (row < 0) row = last.reduce((best, m, i) => (m.x < last[best].x ? i : best), 0);
    const mark = { id: e.id, x: e.x, row, label };
    placed.push(mark);
    last[row] = mark;
  }
  return placed;
}

export function timelineLayout(events: TimelineEvent[], width = 960, noteDate = '2006-05-22', end = '2026-12-31'): TimelineLayout {
  // The lane names are drawn beside the plot by the page (they stay in view as it scrolls), so the plot starts near 0.
  const plot = { left: 16, right: width - 16, top: 28, bottom: 0 };
  const x = scaleTime().domain([dateOf('2005-01-01'), dateOf(end)]).range([plot.left, plot.right]);
  const sorted = [...events].sort((a, b) => dateOf(a.date).getTime() - dateOf(b.date).getTime());
  const lanes: TimelineLayout['lanes'] = [];
  const marks: TimelineMark[] = [];
  let y = plot.top;
  for (const lane of LANES) {
    const placed = placeLane(
      sorted.filter((e) => e.lane === lane.key).map((e) => ({ id: e.id, x: x(dateOf(e.date)), label: e.label })),
      plot.right,
    );
    const rows = Math.max(1, ...placed.map((m) => m.row + 1));
    const height = Math.max(44, rows * TARGET + 2 * LANE_PAD);
    lanes.push({ key: lane.key, label: lane.label, y, height });
    for (const m of placed) marks.push({ id: m.id, x: m.x, y: y + LANE_PAD + TARGET / 2 + m.row * TARGET, lane: lane.key, label: m.label });
    y += height;
  }
  plot.bottom = y;
  const years = x.ticks(width < 600 ? 5 : 11).map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) }));
  return { width, height: plot.bottom + 24, plot, lanes, years, marks, note: { x: x(dateOf(noteDate)), label: 'The note, May 2006' } };
}
