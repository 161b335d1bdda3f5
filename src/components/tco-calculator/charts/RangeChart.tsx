/**
 * The spread of each strategy's total: a bar from P10 to P90 and a mark at
 * P50, one row per strategy, on a money axis. Layout: rangeLayout in
 * src/lib/tco/chart-layout.ts; this component only maps it to SVG (colours
 * from the `series-*` classes, no inline styles) and repeats the numbers in
 * a data table.
 */
import { describeRange, rangeLayout, type RangeInput } from '../../../lib/tco/chart-layout';
import { usd } from '../../../lib/tco/model';

export interface RangeChartProps {
  /** Unique on the page; element ids are derived from it. */
  id: string;
  caption: string;
  /** Width to lay out for, CSS pixels. */
  width: number;
  ranges: RangeInput[];
}

export function RangeChart({ id, caption, width, ranges }: RangeChartProps) {
  const L = rangeLayout(ranges, width);
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  return (
    <figure className="tco-chart tco-chart-range">
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <svg role="img" aria-labelledby={titleId} aria-describedby={descId} width={L.width} height={L.height} viewBox={`0 0 ${L.width} ${L.height}`} className="chart-svg">
        <title id={titleId}>{caption}</title>
        <desc id={descId}>{describeRange(ranges)}</desc>
        <g className="legend">
          {L.legend.map((item) =>
            item.key === 'range' ? (
              <g key={item.key}>
                <rect className="swatch range-bar" x={item.x} y={item.y + 2} width={item.size} height={item.size - 4} />
                <text className="legend-label" x={item.textX} y={item.textY}>
                  {item.label}
                </text>
              </g>
            ) : (
              <g key={item.key}>
                <rect className="swatch range-p50" x={item.x + item.size / 2 - 1.5} y={item.y} width={3} height={item.size} />
                <text className="legend-label" x={item.textX} y={item.textY}>
                  {item.label}
                </text>
              </g>
            ),
          )}
        </g>
        <g className="grid">
          {L.ticks.map((t) => (
            <line key={t.label} className="gridline" x1={t.x} x2={t.x} y1={L.plot.top} y2={L.plot.bottom} />
          ))}
        </g>
        <g className="rows">
          {L.rows.map((row) => (
            <g key={row.id} className={`range series-${row.id}`}>
              <text className="bar-label" x={row.labelX} y={row.labelY} textAnchor={row.labelAnchor}>
                {row.label}
              </text>
              <rect className={`range-bar series-${row.id}`} x={row.bar.x} y={row.bar.y} width={row.bar.width} height={row.bar.height}>
                <title>{`${row.label}: P10 ${usd(row.p10)}, P90 ${usd(row.p90)}`}</title>
              </rect>
              <rect className="range-p50" x={row.median.x} y={row.median.y} width={row.median.width} height={row.median.height}>
                <title>{`${row.label}: P50 ${usd(row.p50)}`}</title>
              </rect>
              <text className="value-label" x={row.valueLabel.x} y={row.valueLabel.y} textAnchor={row.valueLabel.anchor}>
                {row.valueLabel.text}
              </text>
            </g>
          ))}
        </g>
        <g className="x-axis">
          <line className="axis" x1={L.plot.left} x2={L.plot.right} y1={L.plot.bottom} y2={L.plot.bottom} />
          {L.ticks.map((t) => (
            <g key={t.label}>
              <line className="axis" x1={t.x} x2={t.x} y1={L.plot.bottom} y2={L.plot.bottom + 4} />
              <text className="axis-label" x={t.x} y={L.plot.bottom + 16} textAnchor="middle">
                {t.label}
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
              <th scope="col">Strategy</th>
              <th scope="col">P10</th>
              <th scope="col">P50 (median)</th>
              <th scope="col">P90</th>
            </tr>
          </thead>
          <tbody>
            {ranges.map((g) => (
              <tr key={g.id}>
                <th scope="row">{g.label}</th>
                <td>{usd(g.p10)}</td>
                <td>{usd(g.p50)}</td>
                <td>{usd(g.p90)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}

export default RangeChart;
