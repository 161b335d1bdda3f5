/**
 * Total cost of each strategy against the Linux share of workloads (0 to
 * 100%), with a marker labelled "B → C" where the cheapest strategy
 * changes. Layout: breakEvenLayout in src/lib/tco/chart-layout.ts; this
 * component only maps it to SVG (colours from the `series-*` classes, no
 * inline styles) and repeats the numbers in data tables.
 */
import { breakEvenLayout, describeBreakEven, type BreakEvenPoint, type BreakEvenSwitch } from '../../../lib/tco/chart-layout';
import { STRATEGY_LABELS, usd, type StrategyId } from '../../../lib/tco/model';

export interface BreakEvenChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  /** Totals per strategy at each Linux share, in percent (0 to 100). */
  points: BreakEvenPoint[];
  /** Where the cheapest strategy changes, Linux share in percent. */
  switches: BreakEvenSwitch[];
}

const share = (s: number) => `${Math.round(s * 10) / 10}%`;

export function BreakEvenChart({ id, caption, width, points, switches }: BreakEvenChartProps) {
  const L = breakEvenLayout(points, switches, width);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const ids: StrategyId[] = L.lines.map((l) => l.id);
  const sorted = [...points].sort((a, b) => a.linuxShare - b.linuxShare);
  return (
    <figure className="tco-chart tco-chart-break-even">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`} className="chart-svg">
        <title id={titleId}>{caption}</title>
        <desc id={descId}>{describeBreakEven(points, switches)}</desc>
        <g className="grid">
          {L.yTicks.map((t) => (
            <line key={t.label} className="gridline" x1={L.plot.left} x2={L.plot.right} y1={t.y} y2={t.y} />
          ))}
        </g>
        <g className="y-axis">
          <line className="axis" x1={L.plot.left} x2={L.plot.left} y1={L.plot.top} y2={L.plot.bottom} />
          {L.yTicks.map((t) => (
            <text key={t.label} className="axis-label" x={L.plot.left - 6} y={t.y + 4} textAnchor="end">
              {t.label}
            </text>
          ))}
        </g>
        <g className="x-axis">
          <line className="axis" x1={L.plot.left} x2={L.plot.right} y1={L.plot.bottom} y2={L.plot.bottom} />
          {L.xTicks.map((t) => (
            <g key={t.label}>
              <line className="axis" x1={t.x} x2={t.x} y1={L.plot.bottom} y2={L.plot.bottom + 4} />
              <text className="axis-label" x={t.x} y={L.plot.bottom + 16} textAnchor="middle">
                {t.label}
              </text>
            </g>
          ))}
          <text className="axis-label axis-title" x={L.xTitle.x} y={L.xTitle.y} textAnchor={L.xTitle.anchor}>
            {L.xTitle.text}
          </text>
        </g>
        <g className="switches">
          {L.switches.map((s, i) => (
            <g key={`${i}-${s.from}-${s.to}`}>
              <line className="gridline switch-marker" x1={s.x} x2={s.x} y1={s.y1} y2={s.y2} />
              <text className="switch-label" x={s.label.x} y={s.label.y} textAnchor={s.label.anchor}>
                {s.label.text}
              </text>
            </g>
          ))}
        </g>
        <g className="lines">
          {L.lines.map((line) => (
            <g key={line.id} className={`series series-${line.id}`}>
              <path className={`line series-${line.id}`} d={line.path} fill="none" />
              <text className={`end-label series-${line.id}`} x={line.endLabel.x} y={line.endLabel.y} textAnchor={line.endLabel.anchor}>
                {line.endLabel.text}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <details className="chart-data">
        <summary>Data table</summary>
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Linux share of workloads</th>
              {ids.map((sid) => (
                <th key={sid} scope="col">
                  {STRATEGY_LABELS[sid]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((p, i) => (
              <tr key={`${i}-${p.linuxShare}`}>
                <th scope="row">{share(p.linuxShare)}</th>
                {ids.map((sid) => (
                  <td key={sid}>{usd(p.totals[sid])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        {switches.length > 0 && (
          <table>
            <caption>Where the cheapest strategy changes</caption>
            <thead>
              <tr>
                <th scope="col">Linux share of workloads</th>
                <th scope="col">Cheapest below</th>
                <th scope="col">Cheapest above</th>
              </tr>
            </thead>
            <tbody>
              {[...switches]
                .sort((a, b) => a.linuxShare - b.linuxShare)
                .map((s, i) => (
                  <tr key={`${i}-${s.from}-${s.to}`}>
                    <th scope="row">{share(s.linuxShare)}</th>
                    <td>{STRATEGY_LABELS[s.from]}</td>
                    <td>{STRATEGY_LABELS[s.to]}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </details>
    </figure>
  );
}

export default BreakEvenChart;
