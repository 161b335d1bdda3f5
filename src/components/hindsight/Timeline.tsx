/**
 * The timeline, 2005 to today, one lane per vendor. Rendered on the server
 * only (no client directive): d3 placed the marks (src/lib/timeline-layout.ts),
 * React draws them. Each mark is a link to the event in the text list below,
 * with a tooltip; the page's small script shows the detail on hover or focus.
 */
import { timelineLayout, type TimelineEvent } from '../../lib/timeline-layout';

interface Props {
  events: Array<TimelineEvent & { dateText: string; source: string }>;
  caption: string;
}

export default function Timeline({ events, caption }: Props) {
  const L = timelineLayout(events);
  const byId = new Map(events.map((e) => [e.id, e]));
  return (
    // A group, not an image: its marks are links, and an image's content is not reachable.
    <svg className="timeline" role="group" aria-labelledby="timeline-title" aria-describedby="timeline-desc" width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`}>
      <title id="timeline-title">{caption}</title>
      <desc id="timeline-desc">{`${events.length} events from ${events[0]?.dateText} to ${events[events.length - 1]?.dateText}, in seven lanes; the same events are listed below the chart.`}</desc>
      {L.lanes.map((lane, i) => (
        <g key={lane.key}>
          <rect className={i % 2 ? 'lane-band' : 'lane-band lane-band-alt'} x={0} y={lane.y} width={L.width} height={lane.height} />
          <text className="lane-label" x={8} y={lane.y + lane.height / 2 + 4}>
            {lane.label}
          </text>
        </g>
      ))}
      {L.years.map((y) => (
        <g key={y.label}>
          <line className="gridline" x1={y.x} x2={y.x} y1={L.plot.top} y2={L.plot.bottom} />
          <text className="axis-label" x={y.x} y={L.plot.bottom + 16} textAnchor="middle">
            {y.label}
          </text>
        </g>
      ))}
      <line className="note-line" x1={L.note.x} x2={L.note.x} y1={L.plot.top - 14} y2={L.plot.bottom} />
      <text className="note-label" x={L.note.x + 4} y={L.plot.top - 16}>
        {L.note.label}
      </text>
      {L.marks.map((m) => {
        const e = byId.get(m.id)!;
        return (
          <a key={m.id} href={`#event-${m.id}`} className={`timeline-mark lane-${m.lane}`} data-event={m.id} aria-label={`${e.dateText}: ${e.text}`}>
            <title>{`${e.dateText}: ${e.text}`}</title>
            <circle cx={m.x} cy={m.y} r={5} />
          </a>
        );
      })}
    </svg>
  );
}
