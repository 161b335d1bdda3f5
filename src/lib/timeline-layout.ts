/**
 * Geometry of the hindsight timeline: d3 computes the time scale, this
 * places every event in its vendor's lane and stacks events that would
 * overlap; React draws the result (src/components/hindsight/Timeline.tsx).
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
}

/** A partial ISO date as a day: a month's middle, a year's middle, so it sits where a reader expects. */
export function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m ? m - 1 : 6, d ?? (m ? 15 : 1)));
}

const LANE_HEIGHT = 44;
const MARK_GAP = 12;

export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: Array<{ key: LaneKey; label: string; y: number; height: number }>;
  years: Array<{ x: number; label: string }>;
  marks: Array<{ id: string; x: number; y: number; lane: LaneKey }>;
  /** The note's date, drawn as a line. */
  note: { x: number; label: string };
}

export function timelineLayout(events: TimelineEvent[], width = 960, noteDate = '2006-05-22', end = '2026-12-31'): TimelineLayout {
  const plot = { left: 190, right: width - 20, top: 28, bottom: 28 + LANES.length * LANE_HEIGHT };
  const x = scaleTime().domain([dateOf('2005-01-01'), dateOf(end)]).range([plot.left, plot.right]);
  const lanes = LANES.map((l, i) => ({ key: l.key, label: l.label, y: plot.top + i * LANE_HEIGHT, height: LANE_HEIGHT }));
  const laneY = new Map(lanes.map((l) => [l.key, l.y]));
  const marks: TimelineLayout['marks'] = [];
  const sorted = [...events].sort((a, b) => dateOf(a.date).getTime() - dateOf(b.date).getTime());
  for (const e of sorted) {
    const mx = x(dateOf(e.date));
    // Stack marks that would touch another in the same lane: up to three rows per lane.
    const row = [0, 1, 2].find((r) => !marks.some((m) => m.lane === e.lane && Math.abs(m.x - mx) < MARK_GAP && m.y === laneY.get(e.lane)! + 11 + r * 11)) ?? 2;
    marks.push({ id: e.id, x: mx, y: laneY.get(e.lane)! + 11 + row * 11, lane: e.lane });
  }
  const years = x.ticks(width < 600 ? 5 : 11).map((d) => ({ x: x(d), label: String(d.getUTCFullYear()) }));
  return { width, height: plot.bottom + 24, plot, lanes, years, marks, note: { x: x(dateOf(noteDate)), label: 'The note, May 2006' } };
}
