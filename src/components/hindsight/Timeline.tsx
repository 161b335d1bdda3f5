/**
 * The timeline, 2005 to today, one lane per vendor. Rendered on the server
 * only (no client directive): d3 placed the marks (src/lib/timeline-layout.ts),
 * React draws them. The lane names are a narrow picture of their own that
 * sticks to the left of the scrolling box (global.css), so on a phone they
 * stay in view while the years scroll. Each mark is a link with a 24 px
 * target and, where it fits, its short name; the page's script shows the
 * event under the chart in place of following the link.
 */
import { LANES, TARGET, timelineLayout, type TimelineEvent } from '../../lib/timeline-layout';
import { BOLD_CHAR_W } from '../../lib/text-width';

interface Props {
  events: Array<TimelineEvent & { dateText: string }>;
  caption: string;
}

/** The longest line of a lane's name, in characters: its name is broken between words to fit. */
const LANE_LINE_CHARS = 16;
/** Where a lane's name starts, px from the column's left edge. */
const LANE_LABEL_X = 6;
/**
 * Width of the lane names' column, px: a line of LANE_LINE_CHARS bold 12 px characters (hindsight.css,
 * .lane-label) and a margin either side. At 112 px, "Xen, XenSource," ran 6 px past the column, and the
 * column's edge cut it.
 */
const LANE_COLUMN = Math.ceil(LANE_LABEL_X + LANE_LINE_CHARS * BOLD_CHAR_W + LANE_LABEL_X);

/** A lane name in lines of at most `max` characters, broken between words. */
function wrap(text: string, max = LANE_LINE_CHARS): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

export default function Timeline({ events, caption }: Props) {
  const L = timelineLayout(events);
  const byId = new Map(events.map((e) => [e.id, e]));
  const laneLabel = new Map<string, string>(LANES.map((l) => [l.key, l.label]));
  return (
    <div className="timeline-frame">
      {/* The same names are each lane group's accessible name in the chart, so this picture is hidden from assistive tech. */}
      <svg className="timeline-lanes" aria-hidden="true" width={LANE_COLUMN} height={L.height} viewBox={`0 0 ${LANE_COLUMN} ${L.height}`}>
        {L.lanes.map((lane, i) => {
          const lines = wrap(lane.label);
          const top = lane.y + lane.height / 2 - ((lines.length - 1) * 14) / 2 + 4;
          return (
            <g key={lane.key}>
              <rect className={i % 2 ? 'lane-band' : 'lane-band lane-band-alt'} x={0} y={lane.y} width={LANE_COLUMN} height={lane.height} />
              <text className="lane-label" x={LANE_LABEL_X} y={top}>
                {lines.map((line, j) => (
                  <tspan key={j} x={LANE_LABEL_X} dy={j ? 14 : 0}>
                    {j < lines.length - 1 ? `${line} ` : line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      {/* A group, not an image: its marks are links, and an image's content is not reachable. */}
      <svg className="timeline" role="group" aria-labelledby="timeline-title" aria-describedby="timeline-desc" width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`}>
        <title id="timeline-title">{caption}</title>
        <desc id="timeline-desc">{`${events.length} events from ${events[0]?.dateText} to ${events[events.length - 1]?.dateText}, in seven lanes; the same events are listed below the chart.`}</desc>
        {L.lanes.map((lane, i) => (
          <rect key={lane.key} className={i % 2 ? 'lane-band' : 'lane-band lane-band-alt'} x={0} y={lane.y} width={L.width} height={lane.height} />
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
        {L.lanes.map((lane) => (
          <g key={lane.key} role="group" aria-label={laneLabel.get(lane.key)}>
            {L.marks
              .filter((m) => m.lane === lane.key)
              .map((m) => {
                const e = byId.get(m.id)!;
                // The name shown starts the accessible name, so what a reader sees is what a voice user says (WCAG 2.5.3).
                const name = `${m.label ? `${m.label}. ` : ''}${e.dateText}: ${e.text}`;
                return (
                  <a key={m.id} href={`#event-${m.id}`} className={`timeline-mark lane-${m.lane}`} data-event={m.id} aria-label={name}>
                    <title>{name}</title>
                    {/* The touch target: 24 px across, invisible; the dot inside it is what the eye sees. */}
                    <circle className="timeline-target" cx={m.x} cy={m.y} r={TARGET / 2} />
                    <circle className="timeline-dot" cx={m.x} cy={m.y} r={5} />
                    {m.label && (
                      <text className="timeline-label" x={m.x + TARGET / 2 + 3} y={m.y + 4}>
                        {m.label}
                      </text>
                    )}
                  </a>
                );
              })}
          </g>
        ))}
      </svg>
    </div>
  );
}
