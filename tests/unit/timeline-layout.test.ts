import { describe, expect, it } from 'vitest';
import { LANES, TARGET, dateOf, labelWidth, timelineLayout, type TimelineEvent } from '../../src/lib/timeline-layout';
import hindsight from '../../content/data/hindsight.json';
import labels from '../../content/data/timeline-labels.json';

const events: TimelineEvent[] = [
  { id: 'a', date: '2008-06-26', lane: 'microsoft', text: 'Hyper-V final release' },
  { id: 'b', date: '2008-06', lane: 'microsoft', text: 'Close to a' },
  { id: 'c', date: '2008', lane: 'microsoft', text: 'Close to both' },
  { id: 'd', date: '2017-11-06', lane: 'aws', text: 'Nitro' },
];

describe('timeline layout', () => {
  it('reads partial dates as the middle of their month or year', () => {
    expect(dateOf('2008-06').toISOString().slice(0, 10)).toBe('2008-06-15');
    expect(dateOf('2019').toISOString().slice(0, 10)).toBe('2019-07-01');
  });
  it('puts each event in its lane, in date order, inside the plot', () => {
    const L = timelineLayout(events);
    expect(L.lanes.map((l) => l.key)).toEqual(LANES.map((l) => l.key));
    for (const m of L.marks) {
      const lane = L.lanes.find((l) => l.key === m.lane)!;
      expect(m.y).toBeGreaterThanOrEqual(lane.y);
      expect(m.y).toBeLessThanOrEqual(lane.y + lane.height);
      expect(m.x).toBeGreaterThanOrEqual(L.plot.left);
      expect(m.x).toBeLessThanOrEqual(L.plot.right);
    }
    expect(L.marks.find((m) => m.id === 'd')!.x).toBeGreaterThan(L.marks.find((m) => m.id === 'a')!.x);
  });
  it('stacks events that would overlap in a lane', () => {
    const L = timelineLayout(events);
    const ys = ['a', 'b', 'c'].map((id) => L.marks.find((m) => m.id === id)!.y);
    expect(new Set(ys).size).toBe(3);
  });
  it('marks the note’s date between 2006 and 2007', () => {
    const L = timelineLayout([
      { id: 'start', date: '2006-01-01', lane: 'vmware', text: 'Start of 2006' },
      { id: 'end', date: '2006-12-31', lane: 'xen', text: 'End of 2006' },
    ]);
    expect(L.note.x).toBeGreaterThan(L.marks.find((m) => m.id === 'start')!.x);
    expect(L.note.x).toBeLessThan(L.marks.find((m) => m.id === 'end')!.x);
  });
  it('keeps every mark’s 24 px target clear of every other in its lane, and every label clear of the next target', () => {
    const real = (hindsight.events as TimelineEvent[]).map((e) => ({ ...e, label: (labels.labels as Record<string, string>)[e.id] }));
    const L = timelineLayout(real);
    expect(L.marks).toHaveLength(real.length);
    for (const a of L.marks)
      for (const b of L.marks) {
        if (a === b || a.lane !== b.lane) continue;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.id} / ${b.id}`).toBeGreaterThanOrEqual(TARGET);
        // A label runs right from its target and must end before the next target of its row.
        if (a.label && a.y === b.y && b.x > a.x) expect(a.x + TARGET / 2 + 3 + labelWidth(a.label), `${a.id} label / ${b.id}`).toBeLessThanOrEqual(b.x - TARGET / 2);
      }
    for (const m of L.marks) if (m.label) expect(m.x + TARGET / 2 + 3 + labelWidth(m.label)).toBeLessThanOrEqual(L.plot.right);
    // Labels are shown where they fit: most marks have one.
    expect(L.marks.filter((m) => m.label).length).toBeGreaterThan(real.length / 2);
  });
});
